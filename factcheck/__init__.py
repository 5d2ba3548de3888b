"""factcheck: an offline, deterministic claim checker for articles.

The pipeline reads top to bottom, one package per stage: ``read.load_document`` ->
``language.extract_claims`` -> ``rules.matching.candidates`` -> ``rules.judge`` ->
``reporters.render``; ``pipeline.check`` runs the middle of it against a ``store.store.Store``.
``ci`` checks many files like a linter and ``cli`` is the command line on top.
"""

__version__ = "0.1.0"
