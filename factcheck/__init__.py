"""factcheck: an offline, deterministic claim checker for articles.

The pipeline reads top to bottom: ``documents.load_document`` -> ``extract.extract_claims``
-> ``matching.candidates`` -> ``rules.judge`` -> ``reporters.render``; ``pipeline.check``
runs the middle of it against a ``store.Store``.
"""

__version__ = "0.1.0"
