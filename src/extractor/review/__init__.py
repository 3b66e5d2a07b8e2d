"""Visual review: a static HTML site of what was extracted, or of the evaluation's errors.

:func:`write_review_site` writes ``index.html`` (a sortable, filterable row per document under
the run's summary) and a page per document (the text with a displaCy mark per mention, its
normalized value and rule on hover, then the document's facts, linked to the marks).
:func:`write_evaluation_site` writes the corpus's scores per group and, per article, the gold
annotation and the prediction side by side with missed, spurious and wrong-value mentions and
facts coloured apart. The sites work offline, straight from the file system.
"""

from extractor.review.site import SiteSummary, write_evaluation_site, write_review_site

__all__ = ["SiteSummary", "write_evaluation_site", "write_review_site"]
