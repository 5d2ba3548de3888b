"""Settling a clause one figure at a time, when it cannot be settled whole.

Why: "SoftBank put about $500 million into OpenAI's $6.6 billion funding round" makes two
statements. The store may confirm the first and not know the second; judged whole, the
clause can only be "partly checked". Its parts (one per figure, cut by the language stage)
are then reported instead, each with its own verdict, so the true figure is `supported`
and the unknown one stays `unverified`. A part read alone has lost some of its sentence
(the guard against two figures of one kind, the cue words of its neighbour), so it may
never raise a flag the whole did not raise: such a part is `unverified`, saying why. A part
that is a clause of its own (the sentence's start, or after a comma, a conjunction or a
relative pronoun), or one restated in full about another party (role "contrast": "AMD
shipped roughly 500,000 GPUs in 2023" for "... against roughly 500,000 for AMD"), lost
nothing of its sentence but a neighbour's figure: its flag on a figure (NUM), or on the year
of a first crossing its figure gives (TMP-first), stands. So does a figure's flag from the
very fact that confirms a neighbouring part's figure: that fact is what the sentence is about.
The rest of a clause whose sum is a thing's size still says the sum: while the size is
unknown, the whole stays partly checked.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..language.figure_parts import FORECAST, UNDATED
from ..language.lexicon import lazy
from ..language.sizes import FIRM_SIZE, SIZED
from ..model import Claim, Status, Verdict
from .milestones import CODE as FIRST_CROSSING

FLAGS = (Status.CONTRADICTED, Status.IMPRECISE, Status.OUTDATED)


def worth_parts(whole: Verdict) -> bool:
    """Is the whole's verdict one its parts could improve on?"""
    return whole.status not in (Status.SUPPORTED, Status.OPINION)


def settle_parts(whole: Verdict, parts: list[tuple[Claim, Verdict]],
                 year_of: Callable[[str], int | None] | None = None, *,
                 day_of: Callable[[str], dt.date | None] | None = None
                 ) -> list[tuple[Claim, Verdict]] | None:
    """The parts to report instead of the whole claim, or None to keep the whole.

    Parts replace the whole only when one of them is supported, and, if the whole raised a
    flag, when a part raises that same flag (so the finding stays where it is), or when
    the flag is a date's that one part alone holds (``year_of`` gives a fact's year). Parts
    one clause ties together, confirmed by records of two occasions (``day_of`` gives a
    fact's day), are not supported: ``_apart``."""
    if not worth_parts(whole) or not any(v.status is Status.SUPPORTED for _, v in parts):
        return None
    if any(c.role in (SIZED, FIRM_SIZE) and v.status is Status.UNVERIFIED for c, v in parts):
        # "Stargate is a $50 billion initiative to build ...": the rest of the clause is
        # checked without the sum, but it still says the sum; a size left unknown leaves
        # the whole partly checked, never the rest supported
        return None
    dated = {y for c, _ in parts if c.role != UNDATED for y in c.years}
    parts = [(c, _of_another_year(v, dated, year_of) if c.role == UNDATED and
              whole.status not in FLAGS else v) for c, v in parts]
    if not any(v.status is Status.SUPPORTED for _, v in parts):
        return None
    settled = [(claim, _undated(verdict) if claim.role == UNDATED else
                _forecast(verdict) if claim.role == FORECAST else
                verdict if claim.role == "contrast" or _on_figure(verdict) and (
                    _own_clause(claim) or _vouched(verdict, parts)) else
                _bounded(whole, verdict))
               for claim, verdict in parts]
    if whole.status in FLAGS and not any(v.status is whole.status for _, v in settled):
        return _dated_flag(whole, settled, year_of)
    return _apart(settled, day_of) if day_of is not None else settled


OCCASION_DAYS = 31  # records further apart than a month are of two occasions
_BASE = lazy(r"\s*(?:(?:up|down)\s+)?(?:from|compared\s+(?:with|to)|versus|vs\.?|against)\s",
             re.IGNORECASE)


def _apart(parts: list[tuple[Claim, Verdict]], day_of: Callable[[str], dt.date | None]
           ) -> list[tuple[Claim, Verdict]]:
    """"Nvidia invested $100 million in OpenAI's $40 billion round": each part is true of a
    round, but the stake was in October's and the $40 billion March's. When a supported part
    that is no clause of its own (a noun phrase its neighbour ties to it) and another
    supported part rest only on records of days more than a month apart, the sentence ties
    what the records keep apart: no part is supported."""
    # (a base a change is told from is of another occasion by nature: "$9.2 billion in Q3,
    # up 20% from $7.7 billion in Q2")
    days = [({day_of(e.fact) for e in v.evidence}, c) for c, v in parts
            if v.status is Status.SUPPORTED and v.evidence and not _BASE.match(c.text)]
    if len(days) < 2 or all(_own_clause(c) for _, c in days) or \
            any(None in d for d, _ in days):
        return parts
    if not any(all(abs((a - b).days) > OCCASION_DAYS for a in one for b in other)  # type: ignore[operator]
               for i, (one, _) in enumerate(days) for other, _ in days[i + 1:]):
        return parts
    return [(c, Verdict(Status.UNVERIFIED, 0.5, f"read alone this figure would be supported "
                        f"({v.explanation}), but its sentence ties it to a figure the store "
                        f"records of another occasion", v.evidence, v.rule)
             if v.status is Status.SUPPORTED else v) for c, v in parts]


def _dated_flag(whole: Verdict, parts: list[tuple[Claim, Verdict]],
                year_of: Callable[[str], int | None] | None) -> list[tuple[Claim, Verdict]] | None:
    """The whole flagged for a date (TMP) beside a supported part: the flag belongs to the
    one other part that holds every year of the whole unlike the year of the event that
    flags it ("agreed to buy in January 2024 for $12.5 billion and completed in October
    2023", the completion recorded in 2024: the 2023 part's). None when no part holds them
    alone, or when a year of a supported part may be the wrong one."""
    if whole.rule != "TMP" or not whole.evidence or year_of is None:
        return None
    recorded = year_of(whole.evidence[0].fact)
    confirmed = {y for c, v in parts if v.status is Status.SUPPORTED for y in c.years}
    holders = [i for i, (c, v) in enumerate(parts) if v.status is not Status.SUPPORTED and
               c.years and not confirmed & set(c.years)]
    if recorded is None or len(holders) != 1:
        return None
    unlike = {y for c, _ in parts for y in c.years if y != recorded}
    if not unlike or not unlike <= set(parts[holders[0]][0].years):
        return None
    return [(c, whole if i == holders[0] else v) for i, (c, v) in enumerate(parts)]


def _on_figure(verdict: Verdict) -> bool:
    """Is the verdict on a figure (NUM), or on the year of the very crossing a figure
    gives, told as the first (TMP-first: figure, "first" and year in the part's words)?"""
    return verdict.rule.startswith("NUM") or verdict.rule == FIRST_CROSSING


# What ends a clause before a part: a comma or semicolon, a conjunction, a relative pronoun.
_CLAUSE_BREAK = lazy(r"(?:[,;]|\b(?:and|while|whereas|but|that|which|who))\s*$",
                     re.IGNORECASE)


def _own_clause(part: Claim) -> bool:
    """Is the part a clause of its own, with its own verb and figure: the sentence's start
    ("The group seeks $32 billion ...") or what follows a clause break ("..., and plans to
    mobilize up to $100 billion", "... that BlackRock agreed to buy for $13.5 billion")? The
    other figure of its sentence, of the same kind, is then no reason to doubt which one it
    gives (a noun phrase cut off after "into" still is)."""
    sentence, text = _words(part.sentence), _words(part.text)
    at = sentence.find(text)
    return at == 0 or at > 0 and _CLAUSE_BREAK.search(sentence[:at]) is not None


def _vouched(part: Verdict, parts: list[tuple[Claim, Verdict]]) -> bool:
    """Is the fact a part's figure is held to the very fact that confirms a figure of a
    neighbouring part ("Cloud revenue rose 40% to $9 billion", the 40% the store's own)? The
    neighbour settles what the sentence is about (its subject, measure and period, even when
    it names no one), so the figure beside it is compared with the right fact."""
    if part.status not in FLAGS or not part.evidence:
        return False
    compared = part.evidence[0].fact
    return any(v.status is Status.SUPPORTED and v.rule.startswith("NUM") and
               compared in {e.fact for e in v.evidence} for _, v in parts)


def _words(text: str) -> str:
    """The text without emphasis marks, one space apart: the sentence a part is found in has
    its markup blanked ("**Google** agreed" is read as "Google   agreed"), the part not."""
    return " ".join(re.sub(r"[*_`]+", " ", text).split())


def _undated(part: Verdict) -> Verdict:
    """A figure read without the date of its clause may be confirmed, never flagged: the date
    may be what makes it another deal's figure."""
    if part.status not in FLAGS:
        return part
    return Verdict(Status.UNVERIFIED, 0.5, f"read without its date this figure would be "
                   f"{part.status.value} ({part.explanation}), but its date is part of what "
                   f"it says", part.evidence, part.rule)


def _of_another_year(part: Verdict, years: set[int],
                     year_of: Callable[[str], int | None] | None) -> Verdict:
    """A figure read without its date, confirmed by a record of another year than every one
    the clause names ("raised $6.6 billion in 2023" against the 2024 round), while the whole
    was not flagged for it: the part confirms a figure the sentence gives to another time,
    so it is left unverified too (a whole flagged on its date shows the flag beside it)."""
    if part.status is not Status.SUPPORTED or not years or year_of is None:
        return part
    # a figure's verdict cites the record that gives the figure first; the others (a
    # record of the year's own act: "invested $1 billion in 2019") date no figure
    cited = part.evidence[:1] if part.rule.startswith("NUM") else part.evidence
    recorded = {year_of(e.fact) for e in cited}
    if None in recorded or recorded & years:
        return part
    return Verdict(Status.UNVERIFIED, 0.5, f"read without its date this figure would be "
                   f"supported ({part.explanation}), but the store's record is of "
                   f"{', '.join(str(y) for y in sorted(y for y in recorded if y))}, not of "
                   f"{', '.join(str(y) for y in sorted(years))}", part.evidence, part.rule)


# What a fact must speak of to confirm what analysts expected: their estimate, not the
# company's own outlook (its guidance of "$37.5 billion, plus or minus 2%" is no consensus).
_ESTIMATE = lazy(r"\b(?:analysts?|estimates?|consensus|Wall Street|LSEG|FactSet)\b",
                 re.IGNORECASE)


def _forecast(part: Verdict) -> Verdict:
    """What analysts expected is no figure of the subject's own: confirmed if a fact says
    it, never flagged against the subject's actual figure (nor confirmed by its own
    forecast)."""
    if part.status is Status.SUPPORTED and part.evidence and not any(
            _ESTIMATE.search(e.statement) for e in part.evidence):
        return Verdict(Status.UNVERIFIED, 0.5, f"a figure analysts expected; the store's "
                       f"agreeing figure is no estimate of theirs ({part.explanation})",
                       part.evidence, part.rule)
    if part.status not in FLAGS:
        return part
    return Verdict(Status.UNVERIFIED, 0.5, f"a figure analysts expected, not the subject's "
                   f"own: read as its own it would be {part.status.value} "
                   f"({part.explanation})", part.evidence, part.rule)


def _bounded(whole: Verdict, part: Verdict) -> Verdict:
    if part.status not in FLAGS or part.status is whole.status:
        return part
    return Verdict(Status.UNVERIFIED, 0.5, f"read alone this figure would be "
                   f"{part.status.value} ({part.explanation}), but read with its whole "
                   f"sentence it is not settled", part.evidence, part.rule)
