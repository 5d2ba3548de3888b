"""The records that flow between factcheck's stages.

Owns: frozen dataclasses and enums shared by every layer (documents, claims, quantities,
facts, verdicts, the report), one module per concept, all importable from here. Must not: read
files, touch the store, or judge anything.

Vocabulary: a *claim* is a statement taken from an article; a *fact* is a curated, sourced
record from the store (the ``claims/`` folder holds facts).
"""

from __future__ import annotations

from .document import (
    BIDI_CONTROLS,
    MAX_YEAR,
    Block,
    Document,
    Position,
    Span,
    hidden_note,
)
from .quantity import Kind, Qualifier, Quantity
from .records import Claim, Entity, Fact, Measure, Source
from .report import (
    ArticleInfo,
    Checkability,
    CheckedClaim,
    Cue,
    Evidence,
    Report,
    ReviewedClaim,
    Status,
    Verdict,
    Worthiness,
)

__all__ = [
    "ArticleInfo",
    "BIDI_CONTROLS",
    "Block",
    "Checkability",
    "CheckedClaim",
    "Claim",
    "Cue",
    "Document",
    "Entity",
    "Evidence",
    "Fact",
    "Kind",
    "MAX_YEAR",
    "Measure",
    "Position",
    "Qualifier",
    "Quantity",
    "Report",
    "ReviewedClaim",
    "Source",
    "Span",
    "Status",
    "Verdict",
    "Worthiness",
    "hidden_note",
]
