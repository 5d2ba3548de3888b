"""The maker a description names by its product: "the company behind ChatGPT", "the developer
of ChatGPT".

Owns: reading a product's name after "behind" (any noun) or after "of" (a maker's noun:
"maker", "developer", "owner"), and naming the product's one maker when the description's
noun fits it. Must not: read the store (it is handed the entities and each one's nouns) or
resolve other descriptions (``discourse.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from ..model import Entity
from .nouns import MAKER, PRODUCT_FIRM

# What a maker is named by: its product after "behind" ("the company behind ChatGPT"), or
# after "of" for a maker's noun ("the developer of ChatGPT").
_BEHIND = re.compile(r"\s+(behind|of)\s+")


def maker_behind(sentence: str, named: list[tuple[int, int, str]], end: int, noun: str,
                 entities: Mapping[str, Entity],
                 descriptors: Callable[[Entity], tuple[str, ...]]) -> tuple[str, int] | None:
    """The maker a description ending at ``end`` names by its product after "behind" ("the
    company behind ChatGPT") or, for a maker's noun, after "of" ("the developer of
    ChatGPT"), and where the product's name ends: the product's one affiliation, when the
    noun fits it, else "" (the description is the product's, and no one the store names).
    None when no product follows."""
    tie = _BEHIND.match(sentence, end)
    if tie is None or tie.group(1) == "of" and noun not in MAKER:
        return None
    product = next(((e_end, e) for s, e_end, e in named if s == tie.end()), None)
    entity = entities.get(product[1]) if product else None
    if product is None or entity is None or entity.kind not in ("product", "project") or \
            sentence[product[0]:product[0] + 2] in ("'s", "’s"):
        return None
    maker = entities.get(entity.affiliations[0]) if len(entity.affiliations) == 1 else None
    if maker is not None and any(e == maker.id for _, _, e in named):
        return None  # "Acme ..., a record for the company behind RocketChip": the product
        # says which company is meant, read as usual
    fits = maker is not None and (noun in MAKER or noun in descriptors(maker))
    return (maker.id if maker is not None and fits else "", product[0])


def maker_within(sentence: str, named: list[tuple[int, int, str]], noun_at: int, end: int,
                 entities: Mapping[str, Entity]) -> str | None:
    """The one maker of a product named inside a description's noun, right before a maker's
    noun or a firm's ("the ChatGPT maker", which the store may record as one descriptor of the
    maker; "the ChatGPT company"):
    who is meant, named before or not. None for anything else."""
    for start, name_end, entity_id in named:
        entity = entities.get(entity_id)
        if noun_at <= start and name_end < end and entity is not None and \
                entity.kind in ("product", "project") and len(entity.affiliations) == 1 and \
                sentence[name_end:end].strip().lower() in PRODUCT_FIRM and \
                entity.affiliations[0] in entities:
            return entity.affiliations[0]
    return None
