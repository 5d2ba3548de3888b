"""How much checking a claim is worth: a score from 0 to 1 with the cues that set it.

Owns: the cue lexicons (public-record topics, scene-setting, personal anecdote) and
``worthiness(claim, checkable)``. Like ClaimBuster's score, but every point is explained:
a figure, a comparison, a public-record topic or a named actor raise it; an anecdote of the
speaker's own life or a description of the scene lowers it; a judgement starts low.
Must not: read the store or decide a verdict.
"""

from __future__ import annotations

import re

from ..model import Claim, Cue, Worthiness
from .lexicon import FoldedPattern, Lexicon

BASE = 0.35
CHECKABLE_FLOOR = 0.15  # a checkable statement is always worth more than a judgement
JUDGEMENT_CAP = 0.1  # no topic makes a judgement worth checking

# Topics a public record settles and a reader cares about: money, jobs, votes, laws, health.
PUBLIC_RECORD = Lexicon("""tax taxes taxed deficit debt budget budgets
    jobs job unemployment wage wages pay inflation prices price rent rents income incomes
    revenue revenues sales profit profits loss losses margin margins shares stock dividend
    dividends earnings cash spending spent borrowed fine fined penalty settled lawsuit court
    ruled judge convicted acquitted guilty arrested charges vote voted votes election
    elected bill bills law laws veto vetoed signed passed banned approved repealed regulators
    crime police troops war health insurance hospital hospitals medicare medicaid security
    schools teachers deaths killed pollution emissions oil energy recall recalled acquired
    acquisition merger layoffs cut cuts fired resigned appointed contract contracts grant
    population immigrants border exports imports trade tariffs subsidies pension""")
# Setting the scene: who stood where, what someone wore, when a meeting began.
SCENE = Lexicon("""ceremony lunch dinner breakfast stage photo lobby
    wore wearing waited gathered arrived landed motorcade podium webcast replay slides
    picnic party parade mascot logo icon cafeteria hallway gym gymnasium basement
    ribbon applause sang songs flags hotel newsletter podcast booth keynote rooftop garden
    interview recess anthem signs tour uniform shirt""")
# The speaker's own life: "I grew up", "my wife", "I met a nurse".
ANECDOTE = FoldedPattern(r"\b(?:i|my|we)\b.{0,40}\b(?:grew up|born|raised|married|wife|husband|"
                      r"daughter|son|kids|mother|father|grandmother|grandfather|brother|sister|"
                      r"parents|met|visited|talked|spoke|sat|drove|flew|walked|went|stopped|"
                      r"came|got here|learned|coached|breakfast|dog)\b", re.IGNORECASE)
COMPARISON = Lexicon("""more fewer less higher lower larger smaller twice double doubled doubles
    triple tripled half record largest biggest highest lowest first only most least never
    every""")
ER_THAN = re.compile(r"\b[a-z]+er than\b", re.IGNORECASE)  # "cheaper than", "faster than"
AGENT = re.compile(r"^\W*(?:(?:well|now|uh|first),?\s+)?(?:we|our|the (?:president|governor|"
                   r"mayor|senator|company|firm|board|council|government|administration|"
                   r"minister|prime minister|state|city|agency|court|bank|chief executive)|"
                   r"he|she|they|my opponent)\b", re.IGNORECASE)


def worthiness(claim: Claim, checkable: bool) -> Worthiness:
    """The score and the cues behind it, strongest first."""
    text = claim.text
    cues: list[Cue] = []
    if claim.quantities:
        cues.append(Cue("gives a figure", 0.2))
    elif claim.years or claim.dates:
        cues.append(Cue("gives a date", 0.05))
    if COMPARISON.search(text) or ER_THAN.search(text):
        cues.append(Cue("compares or ranks", 0.1))
    topic = PUBLIC_RECORD.search(text)
    if topic:
        cues.append(Cue(f"public-record topic (\u201c{topic.group(0)}\u201d)", 0.2))
    if claim.named or AGENT.match(text):
        cues.append(Cue("about a named actor or office", 0.05))
    if claim.negated:
        cues.append(Cue("denies something happened", 0.05))
    scene = SCENE.search(text)
    if scene:
        cues.append(Cue(f"sets the scene (\u201c{scene.group(0)}\u201d)", -0.2))
    anecdote = ANECDOTE.search(text)
    if anecdote and not topic:
        cues.append(Cue("the speaker's own life", -0.2))
    if not checkable:
        cues.append(Cue("a judgement, not a checkable statement", -0.3))
    score = BASE + sum(c.weight for c in cues)
    score = min(max(score, CHECKABLE_FLOOR), 1.0) if checkable else min(max(score, 0.0),
                                                                        JUDGEMENT_CAP)
    ordered = tuple(sorted(cues, key=lambda c: -abs(c.weight)))
    return Worthiness(round(score, 2), ordered)
