"""What a claim takes for granted in the phrase it opens with.

Owns: telling a fronted phrase that names an event as known ("Despite the sale, ...", "After
the deal, ...", "Following its $6 billion round, ...") from what the clause asserts after
it. The event is the scene; a record of that event confirms nothing the clause says of its
subject ("Despite the sale, SoftBank remains heavily invested in AI"). Must not: decide a
verdict (the relation rule asks it).
"""

from __future__ import annotations

import re

from .matching import Candidate
from .stems import stems

# A fronted phrase of circumstance around a noun phrase that names an event as known.
_SCENE = re.compile(r"^(?:(?:and|but|yet)\s+)?(?:despite|after|following|since|before|amid|"
                    r"given|beyond|besides|unlike|in\s+the\s+wake\s+of|on\s+the\s+back\s+of|"
                    r"in\s+spite\s+of|notwithstanding)\s+(?:the|this|that|its|their|his|her|"
                    r"these|those)\s+[^,;:]{1,60},\s*(?=\S)", re.IGNORECASE)


def only_in_scene(candidate: Candidate, standalone: str) -> bool:
    """Do the fact's cues stand only in the fronted phrase the claim takes for granted?"""
    scene = _SCENE.match(standalone)
    if scene is None or not candidate.positions:
        return False
    end = len(stems(scene.group(0)))
    return all(at < end for at in candidate.positions)
