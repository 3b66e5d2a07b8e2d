"""Evaluation against the annotated corpus: the gold corpus, scoring, and reports."""
