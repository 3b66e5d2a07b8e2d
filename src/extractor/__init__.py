"""extractor: money, percentages, entities and dates from economic news, as validated records.

>>> import extractor
>>> records = extractor.extract("Exports rose 5.8 pct to 150 billion yuan.", doc_id="x.txt")
>>> [(m.id, m.label, m.text) for m in records.mentions]
[('m1', 'PERCENT', '5.8 pct'), ('m2', 'MONEY', '150 billion yuan')]
"""

from extractor.pipeline import extract, extract_many, load
from extractor.records import DocumentRecords

__all__ = ["DocumentRecords", "extract", "extract_many", "load"]
__version__ = "0.1.0"
