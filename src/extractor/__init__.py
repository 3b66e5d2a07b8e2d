"""extractor: money, percentages, entities and dates from economic news, as validated records.

>>> import extractor
>>> facts = extractor.extract("Exports rose 5.8 pct to 150 billion yuan.", doc_id="x.txt")
>>> [(m.label, m.text) for m in facts.mentions]
[('PERCENT', '5.8 pct'), ('MONEY', '150 billion yuan')]
"""

from extractor.pipeline import extract, extract_many, load
from extractor.records import ArticleFacts

__all__ = ["ArticleFacts", "extract", "extract_many", "load"]
__version__ = "0.1.0"
