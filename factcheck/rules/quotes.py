"""QTE: quotations, and reported speech, against what the store records being said.

Why: a quotation is compared word for word with what the store records the person saying:
close but different wording is a misquote. Reported speech that repeats most of a recorded
quotation without quotation marks confirms it, and is never a misquote, since it does not
claim to give the words.

Recorded words are dated too. A claim that repeats them, names the occasion the store
records them at (a party in the fact's ``mentions``, named outside the words: "told the
National Governors Association") and gives the saying another year is contradicted: the
words were said then, not that year. Without the occasion the speaker may have said them
again; a year after the words dates the saying only in the frame that closes them ("...,"
Reyes told the forum in 2021), not in a phrase of its own (", a line she repeated in 2021").
"""

from __future__ import annotations

import datetime as dt
import re

from ..language.lexicon import lazy
from ..model import Claim, Fact, Status
from .base import Context, Finding
from .matching import quote_similarity

MISQUOTE_THRESHOLD = 60.0  # below this a quotation is about something else


def _normal(text: str) -> str:
    # "civilisation" is the word recorded as "civilization"
    return " ".join(re.findall(r"[a-z0-9]+", text.lower().replace("isation", "ization")))


REPORTED_RUN = 5  # words of a recorded quotation a claim must repeat in a row ...
REPORTED_SHARE = 0.6  # ... and this share of the quotation, to report it in its own words


_FUNCTION = frozenset("a an the of to in on at for and or but is are was were be been it its this "
                      "that".split())


MISQUOTE_SHARE = 0.5  # of a quotation's content words the recorded words must hold too


def _shares_words(said: str, recorded: str) -> bool:
    """Do the two share enough content words (two at least) to be one quotation told
    differently? "the tides of history" shares one word with "The tides will not wait for
    our committees": another quotation, not a misquote of it."""
    quoted = {w for w in _normal(said).split() if w not in _FUNCTION}
    shared = quoted & set(_normal(recorded).split())
    return len(shared) >= 2 and len(shared) >= MISQUOTE_SHARE * len(quoted)


def _longest_run(a: list[str], b: list[str]) -> int:
    """The longest run of words ``a`` and ``b`` share, in order and without a gap."""
    best = 0
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0] * (len(b) + 1)
        for j, y in enumerate(b, 1):
            if x == y:
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
        previous = current
    return best


def _said_then(claim: Claim, fact: Fact) -> frozenset[int]:
    """The claim's years that are the year the quotation was said ("he told the gathering
    in February 2023" of words recorded on 15 February 2023): checked with the words."""
    if fact.date is None:
        return frozenset()
    months = {(m.year, m.month) for m in (dt.date.fromordinal(int(q.value)) for q in claim.dates)}
    if months and (fact.date.year, fact.date.month) not in months:
        return frozenset()  # another month of that year: not the day recorded
    return frozenset(i for i, y in enumerate(claim.years) if y == fact.date.year)


def reported(ctx: Context, pool: list[Fact]) -> Finding | None:
    """Reported speech: "Musk has called AI one of the biggest risks to the future of
    civilization" repeats most of a recorded quotation without quotation marks. It confirms
    the quotation; it is never a misquote, since it does not claim to give the words."""
    said = _normal(ctx.claim.standalone).split()
    for fact in pool:
        recorded = _normal(fact.quote or "").split()
        run = _longest_run(said, recorded)
        # every content word of the quotation must be there, in the run or elsewhere
        content = {w for w in recorded if w not in _FUNCTION}
        if recorded and run >= REPORTED_RUN and run >= REPORTED_SHARE * len(recorded) and \
                content <= set(said):
            when = f", {fact.date.isoformat()}" if fact.date else ""
            misdated = _misdated(ctx, fact, " ".join(recorded[:3]))
            if misdated is not None:
                return misdated
            return Finding(Status.SUPPORTED, f"article reports in its own words what the "
                           f"store records being said (\u201c{fact.quote}\u201d{when}; "
                           f"{run} of its {len(recorded)} words in a row)", (fact,),
                           rule="QTE", strength=0.75,
                           covered_years=_said_then(ctx.claim, fact))
    return None


def quotes(ctx: Context) -> Finding | None:
    claim = ctx.claim
    pool = [c.fact for c in ctx.candidates if c.fact.kind == "quote" and c.fact.quote]
    if pool and not claim.quotes:
        return reported(ctx, pool)
    if not claim.quotes or not pool:
        return None
    best = None
    for said in claim.quotes:
        for fact in pool:
            score = quote_similarity(said, fact.quote or "")
            if best is None or score > best[0]:
                best = (score, said, fact)
    assert best is not None
    score, said, fact = best
    recorded = fact.quote or ""
    when = f", {fact.date.isoformat()}" if fact.date else ""
    if _normal(said) in _normal(recorded):
        misdated = _misdated(ctx, fact, " ".join(_normal(said).split()[:3]))
        if misdated is not None:
            return misdated
        return Finding(Status.SUPPORTED, f"article quotes \u201c{said}\u201d; store records "
                       f"the same words (\u201c{recorded}\u201d{when})", (fact,), rule="QTE",
                       strength=0.9, covered_years=_said_then(claim, fact))
    if score >= MISQUOTE_THRESHOLD and _shares_words(said, recorded):
        others = tuple(f for f in pool if f is not fact)
        return Finding(Status.IMPRECISE, f"article quotes \u201c{said}\u201d; closest recorded "
                       f"wording: \u201c{recorded}\u201d{when} (similarity {score:.0f}/100); "
                       f"misquoted", (fact, *others), rule="QTE", strength=0.8)
    return None


# Words that open a clause of its own between a year and the words it would date.
_ANOTHER_CLAUSE = lazy(r"\b(?:which|who|whose|when|after|before|since|until|while)\b",
                       re.IGNORECASE)
# The frame that closes a quotation, up to the year: '," Reyes told the forum in 2021'.
_CLOSING_FRAME = lazy(r"[\W]*\s*(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*|he|she|they)\s+"
                      r"(?:said|says|told|tells|warned|warns|added|declared|remarked)\b"
                      r"[^,;]{0,60}$")


def _misdated(ctx: Context, fact: Fact, opening: str) -> Finding | None:
    """The finding when the claim gives the recorded words, at the occasion the store
    records, another year than the one they were said in (``opening``: the first words of
    what the claim repeats, normalised)."""
    claim = ctx.claim
    years = set(claim.years)
    if fact.date is None or len(years) != 1 or fact.date.year in years:
        return None
    year = years.pop()
    text = claim.standalone
    words = re.search(r"\b" + r"\W+".join(re.escape(w) for w in opening.split()) + r"\b", text,
                      re.IGNORECASE)
    at = text.find(str(year))
    if words is None or at < 0 or words.start() <= at < words.end():
        return None
    if at < words.start():  # the year before the words: in the frame that gives them
        if _ANOTHER_CLAUSE.search(text, at, words.start()) or \
                re.search(r"(?i)\bsince\s+$", text[:at]):
            return None
        said_end = len(text)  # reported words run to the end of the clause
    else:  # after them: only in the frame that closes a quotation
        marks = [m.end() for m in re.finditer(r"[\"”]", text[:at]) if m.start() > words.start()]
        if not marks or not _CLOSING_FRAME.fullmatch(text, marks[-1], at):
            return None
        said_end = marks[-1]
    outside = text[:words.start()] + " " + text[said_end:]
    if re.search(r"(?i)\b(?:not|never)\b|n't\b", outside):
        return None  # "did not tell the forum in 2021": the words' own "not" is theirs
    occasion = [m for m in fact.mentions if m in claim.named and any(
        re.search(rf"(?<!\w){re.escape(n)}(?!\w)", outside) for n in ctx.names(m) if n)]
    if not occasion:
        return None  # no occasion named: the speaker may have said it again
    name = ctx.names(occasion[0])[0]
    return Finding(Status.CONTRADICTED, f"article: said in {year}; store: these words were "
                   f"said on {fact.date.isoformat()} ({name}, {fact.measure}); the year "
                   f"differs", (fact,), rule="QTE", strength=0.85,
                   covered_years=frozenset(range(len(claim.years))))
