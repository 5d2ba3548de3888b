"""factcheck: an offline, deterministic claim checker for articles.

The pipeline reads top to bottom, one package per stage: ``read.load_document`` ->
``language.extract_claims`` -> ``rules.matching.candidates`` -> ``rules.judge`` ->
``reporters.render``; ``pipeline.check`` runs the middle of it against a ``store.store.Store``.
``ci`` checks many files like a linter and ``cli`` is the command line on top.
"""

__version__ = "0.1.0"
# Where the project is published (also [project.urls] in pyproject.toml; a test keeps the two
# equal): reports link to its README, e.g. SARIF rules to the rule table. Change both when
# publishing under another address, as the README's Action example says.
HOMEPAGE = "https://github.com/your-org/factcheck"
RULES_URL = f"{HOMEPAGE}#rule-codes"
