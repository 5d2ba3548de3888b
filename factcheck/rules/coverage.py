"""What a claim says that no finding checked: its coverage.

Owns: the names, figures, years, months and days written with their year, amounts in words,
weekdays and times told back from the article's date that no fact behind a claim's findings
checks (a claim is ``supported``
only when nothing is left), and what checks each: a fact's parties and mentions, an owner
linked to what it owns, a list vouched for by another record of the same event, a figure
or a year the fact's own statement gives, a duration its dates give. Must not: decide a
verdict (``rules/__init__``) or compare figures.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from ..language.comparison import describe
from ..language.elapsed import is_span
from ..language.expectations import expected_by_market
from ..language.lexicon import lazy, runtime_pattern, whole_words
from ..language.notes import given_by, unread_amounts
from ..language.relative_dates import WEEKDAYS
from ..language.restated import implied_durations, listed_counts
from ..model import Claim, Fact, Kind, Quantity
from . import elapsed, parties
from .backers import backers_of
from .base import Finding
from .basis import side_basis_apart
from .credited import object_by_mention
from .day_gap import days_apart
from .derived import stated_figures
from .matching import party_with_figure
from .periods import DATE_SLACK, own_value_of_another_year
from .side_figures import set_apart
from .stated import bound_met
from .stems import stems


def uncovered(claim: Claim, findings: list[Finding],
               names: Callable[[str], tuple[str, ...]], known: list[Fact],
               today: dt.date | None) -> list[str]:
    """Names, figures, years and times told back from ``today`` in the claim that no finding
    checked. An owner named in the possessive ("Elon Musk's xAI") is checked by any fact
    that links it to what it owns."""
    facts = [f for finding in findings for f in finding.facts]
    entities = {e for f in facts for e in (f.subject, f.object, *f.mentions) if e}
    entities |= {owner for owner, owned in claim.owners if any(
        {owner, owned} <= {f.subject, f.object} for f in known)}
    text = " ".join(f"{f.statement} {f.note or ''} {f.quote or ''} {' '.join(f.cues)}"
                    for f in facts).lower()
    # "A and B are ..." says it of both: B needs a fact of its own, or the same relation
    # recorded for it (a fact of the same measure toward the same party), or a list (its
    # own, or that of another record of the same event)
    sums = [f for finding in findings if finding.covered_quantities for f in finding.facts
            if f.value is not None and f.value.kind is Kind.MONEY]
    unvouched, by_same_event = parties.listed_together(claim, facts, names, known, sums)
    unvouched |= object_by_mention(claim, facts, names)
    unvouched -= backers_of(claim, facts)  # "backed by A, B and C": the round's record lists
    # "A and B aim to raise $30 billion": the figure of the venture the record gives them
    unvouched -= {e for f in facts if party_with_figure(claim, f) for e in f.mentions}
    entities |= by_same_event
    if unvouched:  # (a set of the facts' relations, not every fact known against each)
        relations = {(f.object, f.measure) for f in sums or facts if f.object}
        unvouched -= {k.subject for k in known if (k.object, k.measure) in relations}
    if entities & set(claim.acts_for) and claim.subject:
        entities.add(claim.subject)  # the person acted for an organisation the facts cover
    missing = list(claim.refused)  # a figure refused as unreadable was never checked
    quantities = set().union(*(f.covered_quantities for f in findings))
    # an amount in words the reader does not read is checked only by a fact that says it,
    # or by a figure checked beside it that gives it ("multibillion-dollar ... $10 billion")
    if claim.unread:
        said = {a for f in facts for a in unread_amounts(f.statement)}
        said |= {a for a in claim.unread for i in quantities
                 if given_by(a, claim.quantities[i])}
        # a weekday no article date placed: said by an event dated on that weekday
        said |= {WEEKDAYS[f.date.weekday()] for f in facts if f.kind == "event" and f.date
                 and f.date_precision == "day"}  # a month's first day is no weekday said
        missing += [f"{a} (an amount not read)" if a not in WEEKDAYS else
                    f"{a.title()} (no article date to place it)"
                    for a in claim.unread if a not in said]
    # "launched xAI less than two years ago": only a fact dated inside the window it allows
    # ("reported record revenue last week" dates only the telling of a figure: a stretch
    # up to the article's date is held to the date of an event behind the support, when
    # there is one)
    dated = any(f.kind == "event" and f.date for f in facts)
    missing += [f"{q.text} (no fact dated then)" if today else
                f"{q.text} (no article date to place it)" for q in claim.elapsed
                if (dated or not is_span(q)) and
                (today is None or not any(elapsed.placed(q, f, today) for f in facts))]
    # "A month later, ...": only a fact dated that time after the sentence before's date
    # (a sentence before with no date of its own, "Huang gave his keynote. A day later,
    # ...", leaves the act to be judged alone: the day it counts from is the store's)
    missing += [f"{q.text} (counted from the sentence before: no fact dated then)"
                for q in claim.later if claim.counted_from is not None and
                not any(elapsed.placed_after(q, claim.counted_from, f) for f in facts)]
    spoken = _SAID.search(claim.standalone) is not None
    for entity in claim.entities:
        aliases = names(entity)
        if entity in claim.incidental and (entity not in unvouched or spoken) or \
                entity in claim.acts_for and entity not in claim.named:
            continue  # a place; an organisation the reader added for the person acting (a
            # party listed with the subject is no report's source when the list acts:
            # "A and B announced a deal", unlike "A and B said ...")
        if entity == claim.subject and claim.role == "participle" and \
                entity not in claim.named and entities & set(claim.named):
            continue  # "..., valuing the company at $500 billion": who values is the clause
            # before's subject, lent to the participle; what it says is of what it names
        if entity in unvouched or entity not in entities and not any(
                _word_in(a, text) for a in aliases):
            missing.append(aliases[0] if aliases else entity)
    missing += [n for n in claim.unknown_names
                if not _word_in(n, text) and n not in claim.incidental]
    # A figure the matched fact's own statement gives ("up 78% from a year earlier"), or a
    # bound it meets ("nearly 10%" for its 9.5%), is checked by it as much as its value
    # is, when its own words there say it is of the same thing ("...; Blackwell data-center
    # revenue grew 17%" checks no "17% increase" of the data-center business; the words
    # qualifying a measure noun, "Gaming and AI PC revenue" for "Gaming revenue", are read
    # by the rule that matched the fact, not again here).
    given = [(q, f) for f in facts for q in stated_figures(f.statement)]
    # (not the fact's own value given another year: "a $10 billion investment in 2019" is
    # not the 2023 investment's, whose statement names 2019's)
    quantities |= {i for i, q in enumerate(claim.quantities)
                   if any(s.kind is q.kind and _same_unit(s.unit, q.unit, f.statement) and
                          not own_value_of_another_year(f, q, claim) and
                          (abs(s.value - q.value) <= 1e-9 * max(1.0, abs(q.value)) or
                           bound_met(q, s)) and
                          set_apart(claim, i, f.statement, s, names, f, lines=False) is None
                          and not side_basis_apart(claim.standalone, q, f.statement, s)
                          for s, f in given)}
    # a count that names the matched fact's measure ("the 3-nanometer process" beside the
    # "3-nanometer share of wafer revenue") is a word of that measure, checked with it
    quantities |= {i for i, q in enumerate(claim.quantities)
                   if q.kind is Kind.COUNT and any(_names_measure(q, f) for f in facts)}
    # "took nine months ... between November 2023 and August 2024": the dates give it;
    # "two founding partners — A and B —": the names listed give it
    quantities |= implied_durations(claim.quantities, claim.dates, claim.years) | \
        listed_counts(claim.standalone, claim.quantities)
    if quantities:
        # "EPS of $2.31, topping the $1.25 consensus": the result checked, the market's
        # expectation it is set against is a standard outside what the claim asserts
        quantities |= {i for i, q in enumerate(claim.quantities)
                       if expected_by_market(claim.standalone, q)}
    missing += [describe(q) for i, q in enumerate(claim.quantities) if i not in quantities]
    years = set().union(*(f.covered_years for f in findings))
    # A year the matched fact's statement gives ("backed OpenAI since 2019") is checked too.
    years |= {i for i, y in enumerate(claim.years) if any(
        s.kind is Kind.YEAR and s.value == y for s, _ in given)}
    # ... and the start of a role it gives ("chief executive since 8 October 2014") the
    # year a claim gives the start ("became AMD's chief executive in 2014")
    if _STARTED.search(claim.standalone):
        years |= {i for i, y in enumerate(claim.years) if any(
            s.kind is Kind.DATE and s.span is not None and
            dt.date.fromordinal(int(s.value)).year == y and
            _SINCE.search(f.statement, 0, s.span.start) for s, f in given)}
    missing += [str(y) for i, y in enumerate(claim.years) if i not in years]
    missing += _undated(claim, facts, [s for s, _ in given if s.kind is Kind.DATE])
    return missing


def _undated(claim: Claim, facts: list[Fact], stated: list[Quantity]) -> list[str]:
    """The claim's months and days that no fact's moment (its date, value date or day made
    public) nor a date its statement gives agrees with: "invested in December 2024" is not
    the record of 22 November 2024, though its year is."""
    moments = [(m, f.date_precision if m == f.date else "day") for f in facts
               for m in (f.date, f.as_of, f.published) if m]
    moments += [(dt.date.fromordinal(int(s.value)), s.unit or "day") for s in stated]
    # a month the statement names without its year is of the fact's own years ("guided in
    # January", in a record of April 2024)
    moments += [(dt.date(m.year, month, 1), "month") for f in facts
                for month in _months_named(f.statement) for m in (f.date, f.as_of, f.published)
                if m]
    out = []
    for q in claim.dates:
        if not _YEAR.search(q.text):
            continue  # "last month", "on Tuesday": a time told from the article's date,
            # often of another event in a clause of its own; the rules read those
        day = dt.date.fromordinal(int(q.value))
        # (a month agrees with a moment in it or a week beside its first day: an event of
        # 25 September may be told in October, as the rules read it)
        slack = DATE_SLACK if q.unit == "month" else _DAY_SLACK
        if not any(precision == "year" and m.year == day.year or
                   m.year == day.year and (q.unit == "month" or precision == "month") and
                   m.month == day.month or (abs((m - day).days) if q.unit == "month" else
                                            days_apart(m, day)) <= slack
                   for m, precision in moments):
            out.append(describe(q))
    return out


_DAY_SLACK = 2  # reports of one event often differ by a day or two
_SINCE = lazy(r"\bsince\s+$")
_STARTED = lazy(r"\b(?:became|becomes|become|took\s+over|takes\s+over|was\s+(?:named|appointed)|"
                r"succeeded|took\s+the\s+helm|stepped\s+in)\b", re.IGNORECASE)
_YEAR = lazy(r"\b(?:19|20)\d\d\b")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december")
_MONTH = lazy(r"\b(January|February|March|April|May|June|July|August|September|October|"
              r"November|December)\b")


def _names_measure(q: Quantity, fact: Fact) -> bool:
    """Does the count's number with its unit's first word name the fact's measure ("3"
    "nanometer process" in "3-nanometer share of wafer revenue")?"""
    unit = q.unit.split()
    if not unit or q.value != int(q.value):
        return False
    stem_, number = re.escape(unit[0][:6]), str(int(q.value))
    if number not in fact.measure:
        return False  # most measures: no pattern made
    found = runtime_pattern(rf"(?<![\d.]){number}[- ]?{stem_}", re.IGNORECASE)
    return found.search(fact.measure) is not None


def _months_named(text: str) -> set[int]:
    """The months a text names by name (1 to 12)."""
    return {_MONTHS.index(m.lower()) + 1 for m in _MONTH.findall(text)}


# Verbs of saying, whose subjects are the report's sources, not parties of what is said.
_SAID = lazy(r"\b(?:said|says|say|told|tells|stated|states|wrote|writes|added|adds|noted|"
             r"notes)\b", re.IGNORECASE)


def _same_unit(a: str, b: str, told: str) -> bool:
    """"hopper gpu drawing" and "hopper gpu": a counted noun read with a word more or less;
    "data center building" and the statement's "building" of a data centre: the same head
    noun, its modifiers words the statement ``told`` gives ("office building" is more)."""
    if a == b or bool(a and b) and (a.startswith(b) or b.startswith(a)):
        return True
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    if not shorter or not longer.endswith(" " + shorter):
        return False
    said = set(stems(told))
    return all(w in said for w in stems(longer[:-len(shorter)]))


def _word_in(name: str, text: str) -> bool:
    """``name`` as whole words of ``text`` ("Intel" is not in "intelligence")."""
    return whole_words(name.lower()).search(text) is not None
