"""Reading claims out of prose: sentences, clauses, names, figures and dates.

Owns: splitting a Document's prose into sentences (pysbd lives in ``sentences``) and atomic
clauses, finding entity mentions, and reading quantities (money, percents, multipliers,
years, dates, counts) with their qualifiers. Must not: look facts up or judge a claim; it
knows the store's names only as the entity list it is handed.
"""

from .extract import extract_claims

__all__ = ["extract_claims"]
