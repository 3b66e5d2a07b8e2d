"""Benchmarks of extractor against its peers: speed, memory, scaling, accuracy, pathological input.

``python -m benchmarks.run`` (also ``make bench``) runs every section and writes
``benchmarks/RESULTS.md``. The peers (spaCy's ``en_core_web_sm``, quantulum3, Microsoft
Recognizers-Text) come from the optional extra ``pip install -e '.[bench]'``; the command installs
nothing itself, and a peer that is missing is skipped with the reason written in the report.
"""
