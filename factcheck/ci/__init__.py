"""Checking many articles the way a linter checks many files.

Owns: discovering article files, the ``[tool.factcheck]`` policy, suppressions and baselines,
the per-file findings, and running the pipeline over a batch in worker processes. Must not:
render findings (that is ``reporters``) or judge claims (that is ``rules`` through
``pipeline``). Its modules are imported by path (``ci.batch``, ``ci.findings``...): each
command needs a different few, and the batch code need not load for a single check.
"""
