"""TMP-outdated: things presented as future that already happened, and completions told
before they happened.

Why: "the upcoming Blackwell" in March 2025 describes a product that had been shipping for
months. "Outdated" needs the article's date, a word that presents the matter as future
("upcoming", "anticipates", "will"), and a recorded change or published result from before
that date. Must not: compare years with events (``temporal.py``).
"""

from __future__ import annotations

import re

from ..language.comparison import compare
from ..language.lexicon import lazy, runtime_pattern
from ..language.markers import PRODUCT_FUTURE
from ..model import Fact, Status
from .base import Context, Finding
from .guards import other_span
from .measure_kinds import planned
from .periods import NEWS_LAG
from .stems import stems
from .temporal import CODE, another_amount

_PRODUCT_FUTURE = re.compile(PRODUCT_FUTURE, re.IGNORECASE)
_FORECAST = re.compile(r"anticipates?|projected|forecasts?|expects?|is expected to|"
                       r"are expected to|will|is set to|plans to", re.IGNORECASE)
_DONE_STATES = ("available", "completed", "ended")
# The markers that tell an act as still to come: "will close", "is expected to complete",
# "expects to complete" (not a forecast of a figure: "anticipates", "projected").
_TOLD_AHEAD = frozenset({"will", "is set to", "plans to", "is expected to", "are expected to",
                         "expects", "expect", "is due to"})
_ADVERB = re.compile(r" (?:also|still|now|widely|generally) ")  # "is also expected to"
# What an event recorded as only announced has done: the announcing. "Will acquire" a week
# after a takeover was announced is the takeover, still to come; "will unveil" is not.
_ANNOUNCING = frozenset(stems("announce unveil reveal introduce present disclose show"))


# Told as done: "has successfully acquired", "completed the purchase of", "closed its deal".
_DONE = re.compile(r"(?i)\b(?:has|have|had)\s+(?:\w+ly\s+)?(?:acquired|completed|closed|"
                   r"finali[sz]ed|bought|purchased|taken over)\b|\b(?:completed|closed|"
                   r"finali[sz]ed)\s+(?:the|its|their|a|an)\b|"
                   # a plain past of buying is a purchase done ("AMD acquired ZT Systems")
                   r"(?<!\bto\s)(?<!\bwill\s)\b(?:acquired|bought|purchased|took\s+over)\s+"
                   r"(?!by\b)")


def completed_later(ctx: Context) -> Fact | None:
    """A completion the claim tells as done that the store records only after the article's
    date ("has acquired GIP" in September, the deal closing on 1 October): the claim then
    tells of something that had not happened, whatever its figure."""
    claim, today = ctx.claim, ctx.article_date
    if today is None or _DONE.search(claim.standalone) is None:
        return None
    named = set(claim.entities)
    # the completion the claim tells of: a fact its cue found, not any later one of the
    # subject's ("completed its stock split" is not the index it joined in November)
    told = {c.fact.id for c in ctx.candidates}
    return next((f for f in ctx.subject_facts if f.kind == "event" and f.state == "completed"
                 and f.date is not None and f.date > today and f.subject in named and
                 (f.object is None or f.object in named) and f.id in told), None)


# A time after the article's: "later this year", "next month", "in the coming months".
_LATER = re.compile(r"(?i)\blater\s+(?:this|in\s+the)\s+(?:year|month|quarter|week)\b|"
                    r"\bnext\s+(?:year|month|quarter|week)\b|\bin\s+the\s+(?:coming|next\s+"
                    r"few)\s+(?:days|weeks|months|quarters|years)\b")


def placed_later(ctx: Context, facts: tuple[Fact, ...]) -> Fact | None:
    """An event of ``facts`` recorded before the article's date, when the claim places what
    it tells after that date ("precedes the launch of its new architecture later this year"
    in June, against the architecture's announcement in March): the record is of an earlier
    step, not of the one still to come, and confirms nothing of it. A record that itself
    looks ahead ("to ship later this year") may confirm the plan."""
    today = ctx.article_date
    if today is None or _LATER.search(ctx.claim.standalone) is None:
        return None
    return next((f for f in facts if f.kind == "event" and f.date is not None and
                 f.date <= today and _LATER.search(f"{f.statement} {f.note or ''}") is None),
                None)


# Verbs of a state that goes on: "will continue as adviser" or "will remain" say nothing
# of a one-time event, and "will enable customers to" predicts an effect.
_ONGOING = frozenset(stems("continue remain keep stay serve act work be have hold lead "
                           "enable allow help make give provide support"))


def _marker_end(text: str, marker: str) -> int:
    """Where the marker ends in the text, an adverb allowed between its words ("is also
    expected to"); -1 when it is not there."""
    words = [re.escape(w) for w in marker.split()]
    found = re.search(r"\b" + r"\s+(?:(?:also|still|now|widely|\w+ly)\s+)?".join(words) + r"\b",
                      text, re.IGNORECASE)
    return found.end() if found else -1


def _verbs(cue: str, fact: Fact, ctx: Context) -> tuple[str, ...]:
    """The cues whose verb may tell the fact's event: the one the claim matched, or any of
    the fact's own when the claim's own words name the event's object ("to complete its
    takeover of Global Infrastructure Partners" is the completion, whose cues say
    "completed"); a description read as the object ("in the partnership, the two will join
    hands") names nothing for sure."""
    said = fact.object is not None and any(
        runtime_pattern(rf"(?<!\w){re.escape(name)}(?!\w)").search(ctx.claim.text)
        for name in ctx.names(fact.object) if name)
    return (cue, *fact.cues) if said else (cue,)


def _governed_verb(text: str, marker: str) -> str | None:
    """The stem of the verb a future marker governs ("will join" -> join), unless it names a
    state that goes on; None when there is none."""
    end = _marker_end(text, marker)
    if end < 0:
        return None
    after = [w for w in stems(text[end:])[:3] if w not in _ADVERBS]
    if not after or after[0] in _ONGOING:
        return None
    return after[0]


_ADVERBS = frozenset(stems("also soon now formally officially then still jointly later "
                           "eventually finally to start begin be"))


# A verb's object begins: "will establish a research campus", "will launch its own chip".
_OBJECT_START = lazy(r"(?i)\s+(?:\w+ly\s+)?(?:a|an|the|its|their|his|her|another|"
                     r"new|more|several|two|three|four|five)\b")


_GOVERNED = lazy(r"\s+(?:(?:also|soon|now|then|still|jointly|later|formally|officially|"
                 r"\w+ly)\s+)?(?P<verb>[a-z]+)(?:\s+(?:up|out|off|down))?")


def _acts_on_another(text: str, marker: str, fact: Fact, named: tuple[str, ...]) -> bool:
    """Does the verb the marker governs take an object the fact is not about ("TSMC will
    establish a research campus" is no founding of TSMC's; "will acquire a rival" is no
    takeover of the company the store names)? The fact's own object named in the claim, or
    no object at all ("the deal will close"), keeps it the fact's event."""
    end = _marker_end(text, marker)
    verb = _GOVERNED.match(text, end) if end >= 0 else None
    if verb is None:
        return False
    before = text[:end]
    before = before[:before.lower().rfind(marker.split()[0].lower())]
    if verb.group("verb") == "be" and _NOUN_BEFORE.search(before):
        # "how the trial will be set up": the passive's subject, a thing of its own, is
        # what is done to (no founding of the company the store names)
        return fact.object is None or fact.object not in named
    return bool(_OBJECT_START.match(text, verb.end())) and (
        fact.object is None or fact.object not in named)


# A common noun phrase right before a marker: "the trial will", "a new plant would".
_NOUN_BEFORE = lazy(r"\b(?:the|a|an|this|that)\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*\s+$",
                    re.IGNORECASE)


_ADJECTIVE_FUTURE = re.compile(r"(?i)upcoming|forthcoming|next-generation|soon-to-be|"
                               r"yet-to-be-released")
_LINKING = frozenset("the a an its their his her now still".split())
NEAR_WORDS = 4  # "the upcoming Blackwell", "Blackwell, the upcoming chip"


def _beside_name(text: str, marker: str, names: tuple[str, ...]) -> bool:
    """Does ``marker`` call one of ``names`` new: the name in the few words after it ("the
    upcoming Blackwell"), or just before it as an apposition or predicate ("Blackwell, the
    upcoming chip", "Blackwell is upcoming")? After a name, the adjective may call another
    thing new ("xAI is signalling upcoming product launches")."""
    words = re.findall(r"[\w’'-]+|,", text.lower())
    spots = [i for i, w in enumerate(words) if w == marker.lower()]
    for name in names:
        target = re.findall(r"[\w’'-]+", name.lower())
        if not target:
            continue
        at = [i for i in range(len(words)) if words[i:i + len(target)] == target]
        for i in at:
            for s in spots:
                if s < i <= s + NEAR_WORDS:
                    return True
                between = words[i + len(target):s]
                if i < s and between[:1] in ([","], ["is"], ["are"], ["was"], ["were"]) and \
                        set(between[1:]) <= _LINKING:
                    return True
    return False


# How long after the store records a plan announced an article may still tell it as news.
_PLAN_NEWS_DAYS = 45
# How long after an event a report may still tell it as the announcement did: "Jane Roe
# will head the new unit", two days after Acme hired her to head it, is that week's news.
_EVENT_NEWS_DAYS = 7


def _plan_told(ctx: Context) -> Fact | None:
    """A plan the store records as announced shortly before the article, whose figure the
    claim gives ("plans to invest up to $100 billion" a week after the letter of intent):
    the claim tells that plan as news, and a done deal of the same parties is another one."""
    today = ctx.article_date
    for candidate in ctx.candidates:
        fact, value = candidate.fact, candidate.fact.value
        known = fact.published or fact.as_of or fact.date
        if not planned(fact) or value is None or known is None or today is None or \
                not -NEWS_LAG <= (today - known).days <= _PLAN_NEWS_DAYS:
            continue
        if any(q.kind is value.kind and compare(q, value, fact.tolerance).outcome ==
               "consistent" for q in ctx.claim.quantities):
            return fact
    return None


# An indirect question: "decide how the trial will be set up", "asked whether the deal will
# close". What is asked is told neither as to come nor as done.
_ASKING = re.compile(r"(?i)\b(?:whether|if|how)\s+(?:[\w’'-]+\s+){0,6}$")


def _asked(text: str, marker: str) -> bool:
    """Does ``marker`` (its first use, the one the claim was read by) stand in an indirect
    question ("how the trial will be set up")?"""
    words = r"\s+".join(re.escape(w) for w in marker.split())
    first = re.search(r"\b" + words + r"\b", text, re.IGNORECASE)
    return first is not None and _ASKING.search(text[:first.start()]) is not None


def check(ctx: Context) -> Finding | None:
    """Presented as future on the article's date, recorded as done or reported before it."""
    claim, today = ctx.claim, ctx.article_date
    if today is None or claim.future_marker is None or \
            _asked(claim.standalone, claim.future_marker):
        return None
    marker = claim.future_marker
    if any(year > today.year for year in claim.years) or \
            set(claim.unknown_names) - set(claim.incidental):
        # "expects to ship in the second half of 2026": a time still to come on the
        # article's date; "Vera Rubin ... expects to ship": a thing the store does not know
        return None
    if _PRODUCT_FUTURE.fullmatch(marker):
        # A product's arrival: only a fact that records the named thing as available.
        # the thing made available must be named: "Nvidia's much-anticipated Blackwell
        # chips" is no CUDA, which NVIDIA made available in 2006
        pool = [f for f in ctx.subject_facts if f.state == "available" and f.date and
                f.date < today and (f.object or f.subject) in claim.named]
        pool += [c.fact for c in ctx.candidates if c.fact.state in _DONE_STATES and
                 c.fact.date and c.fact.date < today and c.fact not in pool and
                 {c.fact.subject, c.fact.object} & set(claim.named)]
        if _ADJECTIVE_FUTURE.fullmatch(marker):
            # "next-generation data-center-scale computing solutions" calls the solutions
            # new, not the platform named earlier: the word must stand by the thing's name
            pool = [f for f in pool if _beside_name(claim.standalone, marker,
                                                    ctx.names(f.subject))]
        if pool:
            fact = max(pool, key=lambda f: (f.date, f.id))
            return Finding(Status.OUTDATED,
                           f"article ({today.isoformat()}) presents it as still to come "
                           f"(\u201c{marker}\u201d); store: "
                           f"{fact.state} since {fact.date.isoformat()} "  # type: ignore[union-attr]
                           f"({fact.statement})", (fact,), rule=CODE, strength=0.9)
    plain = _ADVERB.sub(" ", marker.lower())  # "is also expected to": "is expected to"
    if _FORECAST.fullmatch(plain) and _plan_told(ctx) is None:
        verb = _governed_verb(claim.standalone, marker)
        for candidate in ctx.candidates:
            fact = candidate.fact
            known = fact.published or fact.date
            # A forecast is outdated only for the period it names: "expects revenue of $43
            # billion in the current quarter" is about a quarter not yet reported.
            # (and a quarter's forecast is not the year's: "$30 billion in capital
            # spending for the current fiscal first quarter" against the year's revenue)
            if fact.kind == "quantity" and fact.period and known and known < today and \
                    fact.period in claim.years and not other_span(claim.standalone, fact):
                return Finding(Status.OUTDATED,
                               f"article ({today.isoformat()}) presents {fact.measure} for "
                               f"{fact.period} as a forecast (\u201c{marker}\u201d); actual "
                               f"results were published on {known.isoformat()}",
                               (fact,), rule=CODE, strength=0.85)
            # the subject's own act: "Stargate, backed by ... MGX, plans to invest" is no
            # investment of MGX's the store records as done
            own = claim.subject in (None, fact.subject, fact.object) or \
                bool({fact.subject, fact.object} & set(claim.acts_for))
            # (the week's news: ``_EVENT_NEWS_DAYS``)
            if fact.kind == "event" and fact.date and \
                    (today - fact.date).days > _EVENT_NEWS_DAYS and own and \
                    plain in _TOLD_AHEAD and \
                    verb is not None and any(verb in stems(cue)[:1]
                                             for cue in _verbs(candidate.cue, fact, ctx)) and \
                    (fact.state != "announced" or verb in _ANNOUNCING) and \
                    not _acts_on_another(claim.standalone, marker, fact, claim.named) and \
                    not another_amount(fact, claim):
                # (an amount unlike the event's is another deal: "will invest an additional
                # $4 billion" is no tranche of $2.75 billion the store records as done)
                return Finding(Status.OUTDATED,
                               f"article ({today.isoformat()}) presents it as future "
                               f"(\u201c{marker}\u201d); store: it happened on "
                               f"{fact.date.isoformat()}", (fact,), rule=CODE, strength=0.85)
    return None
