"""Where a clause that gives several figures divides into one statement per figure.

Owns: cutting a clause's text between its figures ("SoftBank put about $500 million into
OpenAI's $6.6 billion funding round" -> "SoftBank put about $500 million into" and
"OpenAI's $6.6 billion funding round"), so that a true figure can be confirmed even when
its neighbour is not stored. Figures that belong together stay together: a change ("rose
78% to $39.3 billion from $22.1 billion"), a range, a comparison ("208 billion transistors
versus 80 billion"). A rate of change and the level it reached are two statements ("rose
78%" and "to $39.3 billion from $22.1 billion"): the one may be stored without the other.
Must not: know entities or the store; it is told where figures and names are.
"""

from __future__ import annotations

import re

from ..model import Kind
from .clause_words import COMMON_VERBS, is_verb_like
from .gates import gated
from .lexicon import lazy
from .quantities import find_quantities

# Between two figures, these words make them one statement: a change, a range, a ratio.
_TOGETHER = lazy(
    r"(?:^|\s)(?:to|from|versus|vs\.?|than|against|of|out of|and|or|per|a|an|between|"
    r"compared (?:with|to)|up from|down from|over|through|by)\s*$", re.IGNORECASE)
# A separator that starts a statement of its own: "..., and has said it will ...".
# A relative "that" with a verb of its own opens one too: "$39.3 billion that topped ...".
_STRONG = lazy(
    r"[;,]\s+|\s+(?:and|while|whereas|but|after|before|including|which|who|where|when|"
    r"plus(?! or minus)|as well as)\s+(?=\S)|\s+(?-i:that\s+(?=[A-Z]))|"
    r"\s+that\s+(?=(?:[a-z]+ed|beat|beats|tops|exceeds|surpasses|misses|was|is)\s)",
    re.IGNORECASE)
# A figure that analysts expected, not one of the thing measured: "estimates of $38 billion",
# "the $38 billion expected by analysts", "the consensus forecast of $38 billion".
_FORECAST = lazy(r"\b(?:estimates?|expectations?|forecasts?|consensus|projections?)\s+"
                 r"(?:of|for)\s+(?:(?:about|around|roughly)\s+)?[$€£]?\d|"
                 r"\d[\w.]*(?:\s+(?:million|billion|trillion))?\s+"
                 r"(?:(?:that\s+)?analysts\s+(?:had\s+)?)?"
                 r"(?:expected|estimated|forecast|projected|anticipated)\b", re.IGNORECASE)


def forecast(text: str) -> bool:
    """Does ``text`` give a figure that analysts expected ("topped estimates of $38
    billion")?"""
    return _FORECAST.search(text) is not None
# Words that sit inside the noun phrase of a figure, before it ("OpenAI's", "about", "the").
_NP_WORD = lazy(
    r"(?:a|an|the|its|their|his|her|our|this|that|some|about|around|roughly|nearly|almost|"
    r"approximately|more|less|fewer|than|over|under|at|least|most|up|as|much|many|just|"
    r"another|further|additional|[A-Z][\w.&-]*(?:'s|’s)?|[\w-]+(?:'s|’s))$")
# A rate of change ("78%", "2.5 times", "3x", "-fold") and the words that give the level it
# reached or started from after it ("rose 78% to $39.3 billion").
# A figure a measure of its own introduces: "raised $2 billion | at a valuation of $30
# billion", "... in a round | that valued it at $30 billion", "| at a total price of".
_OWN_MEASURE = lazy(
    r"\s+(?P<at>(?:at|for)\s+an?\s+(?:[a-z-]+\s+)?(?:valuation|price|value|cost)\s+of|"
    r"(?:that\s+|which\s+)?(?P<verb>valu(?:ed|ing))\s+(?:it|them|the\s+[a-z-]+)\s+at)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more than|over|just over)\s+)?$",
    re.IGNORECASE)
# The worth of a holding set off after it: "a 27% stake in Globex, valued at about".
_STAKE_WORTH = lazy(r"\s+(?:[\w-]+\s+)?(?:stake|holding|interest|shareholding)\b"
                    r"(?:\s+in\s+[^,;]{1,60})?,\s+(?:valued\s+at|worth)\s+"
                    r"(?:(?:about|around|roughly|approximately|some|nearly|almost|more than|"
                    r"over)\s+)?$", re.IGNORECASE)
_RATE = lazy(r"(?:%|\bpercent|\bper cent|\bpct|\btimes|fold|\d\s?[x×]|"
             r"\b(?:points?|pts?|bps|bp|pp))$", re.IGNORECASE)
_IN_POINTS = lazy(r"\b(?:points?|pts?|bps|bp|pp)$", re.IGNORECASE)  # a percentage's change
_TO_LEVEL = lazy(r"\s+(?:to|from)\s+(?:(?:about|roughly|some|nearly|almost|around|"
                 r"more than|over|a record)\s+)?$", re.IGNORECASE)
_MONEY = lazy(r"[$€£¥]|\bdollars?\b|\beuros?\b", re.IGNORECASE)
# A figure that is a share of what follows "of": "0.15%", "a third", "half".
_SHARE_BEFORE = lazy(r"(?:%|\bper\s?cent|\bpercent|\bthirds?|\bquarters?|\bhalf|"
                     r"\bfifths?|\btenths?)\s*$", re.IGNORECASE)
_PREPOSITION = lazy(r"(?:into|in|of|for|at|on|by|with|to|from|toward|towards)$",
                    re.IGNORECASE)


def figure_segments(text: str, figures: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans of ``text`` that each hold their own figures, in order; one span when the
    figures belong to one statement. ``figures`` are the figures' spans in ``text``."""
    figures = sorted(figures)
    cuts: list[int] = []
    for (_, end), (start, _) in zip(figures, figures[1:], strict=False):
        if start <= end:
            continue
        cut = _cut(text, end, start)
        if cut is None and forecast(text[end:_end_of(figures, start) + 40]):
            # "$39.3 billion versus the $38.05 billion expected": the forecast is its own
            cut = end + len(text[end:start]) - len(text[end:start].lstrip())
        reached = text[:_end_of(figures, start)]
        if cut is None and is_rate(text[:end]) and (not is_rate(reached) or _IN_POINTS.search(
                text[:end]) and not _IN_POINTS.search(reached)):  # "up 3 points | to 75%"
            cut = _level_after_rate(text, end, start)
        elif cut is None and {_measure(text, figures, end), _measure(text, figures, start)} \
                == {"money", "count"}:
            cut = _another_thing(text, end, start)
        if cut is not None and (not cuts or cut > cuts[-1]):
            cuts.append(cut)
    closing = _measure_phrase_end(text, figures)
    if closing is None:
        closing = _aside_end(text, figures)
    if closing is None:
        closing = _cause_start(text, figures)
    if closing is not None and cuts and closing > cuts[-1]:
        cuts.append(closing)
    if not cuts:
        return [(0, len(text))]
    bounds = [0, *cuts, len(text)]
    return [_trim(text, a, b) for a, b in zip(bounds, bounds[1:], strict=False)]


# The date an event is placed at, closing its clause: "in 2018", "in late October 2023",
# "on Dec. 31, 1997", "back in July 2019".
_DATED_TAIL = re.compile(
    r"\s+(?:back\s+)?(?:in|on|during)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:[A-Z][a-z]{2,8}\.?\s+(?:\d{1,2},?\s+)?)?(?:19|20)\d\d[\s.,;]*$")


# A price that closes a clause: "... to buy the firm | for about $15.5 billion in cash and
# shares", "... | at $2 billion".
_PRICED_TAIL = re.compile(r"\s+(?:for|at)\s+(?:(?:about|around|roughly|nearly|some|almost|"
                          r"more than|over|up to|under|less than)\s+)?[$€£][\d.,]+"
                          r"(?:\s*(?:billion|million|trillion|bn|tn|[BMT])\b)?"
                          r"(?:\s+(?:in|of)\s+(?:cash|stock|shares|cash and (?:stock|shares)|"
                          r"stock and cash))?[\s.,;]*$")


def priced_tail(text: str) -> int | None:
    """Where the price that closes a clause starts ("BlackRock agreed in January 2024 to buy
    GIP | for about $12.5 billion"), or None when the clause does not end with one."""
    found = _PRICED_TAIL.search(text)
    return found.start() if found and found.start() > 0 else None


def dated_tail(text: str) -> int | None:
    """Where the date that closes a clause starts ("It put $1 billion into the startup |
    in 2018"), or None when the clause does not end with one."""
    found = _DATED_TAIL.search(text)
    return found.start() if found and found.start() > 0 else None


def is_rate(before: str) -> bool:
    """Does the text before this point end with a rate of change ("78%", "2.5 times")?"""
    return _RATE.search(before) is not None


def _end_of(figures: list[tuple[int, int]], start: int) -> int:
    return next(end for begin, end in figures if begin == start)


def _measure(text: str, figures: list[tuple[int, int]], at: int) -> str:
    """What the figure starting or ending at ``at`` measures: money, a count, or else."""
    figure = next(text[a:b] for a, b in figures if at in (a, b))
    if _MONEY.search(figure):
        return "money"
    return "count" if re.search(r"[A-Za-z]$", figure) and not is_rate(figure) else "other"


def _another_thing(text: str, end: int, start: int) -> int | None:
    """Where a figure of another kind starts a phrase of its own about another thing: "a $12
    billion factory | on a desert site of about 1.8 square miles" (cut before the last
    place preposition that opens two words or more before the figure)."""
    found = [m for m in re.finditer(r"\b(?:on|at|near|off|across)\s+", text[end:start])
             if len(text[end + m.end():start].split()) >= 2]
    return end + found[-1].start() if found else None


def _level_after_rate(text: str, end: int, start: int) -> int | None:
    """Where "to $39.3 billion" starts after "rose 78%": the level is a statement of its own."""
    return end + 1 if _TO_LEVEL.fullmatch(text[end:start]) else None


def _measure_phrase_end(text: str, figures: list[tuple[int, int]]) -> int | None:
    """Where the phrase of the last figure ends when a measure of its own introduces it and
    a comma closes it ("raised $2 billion at a valuation of $30 billion | , in a round led
    by a fund"): what follows is the main clause's again, no part of the figure's statement."""
    if len(figures) < 2:
        return None
    (_, end), (start, stop) = figures[-2], figures[-1]
    if start <= end or not _OWN_MEASURE.search(text[end:start]):
        return None
    comma = re.match(r"\s*,\s+(?=\w)", text[stop:])
    return stop + comma.start() if comma else None


# A level set off by commas after the thing it is the level of: "The new $100 billion
# expansion, to $165 billion, aims to ...".
_LEVEL_ASIDE = lazy(r",\s*(?:to|from)\s+(?:(?:about|roughly|some|nearly|almost|around|"
                    r"more than|over)\s+)?$", re.IGNORECASE)
_ASIDE_CLOSE = lazy(r"(?:\s+(?:in\s+total|in\s+all|overall|total))?(?P<comma>\s*,)\s+"
                    r"(?=[a-z])")


def _aside_end(text: str, figures: list[tuple[int, int]]) -> int | None:
    """Where the last figure's aside ends when the clause's own verb phrase resumes after
    it ("expansion, to $165 billion, | aims to avoid tariffs"): the verb phrase is the
    subject's, no part of the level's statement."""
    if len(figures) < 2:
        return None
    start, stop = figures[-1]
    close = _ASIDE_CLOSE.match(text, stop)
    if not _LEVEL_ASIDE.search(text[:start]) or close is None or \
            not is_verb_like(re.findall(r"[A-Za-z][\w'’-]*", text[close.end():])[:3]):
        return None
    return close.start("comma")


# Why a figure moved, after the last figure and its comma: ", largely driven by demand for
# ...", ", thanks to strong sales in Asia" (a statement of its own, which a fact of the
# figure does not settle).
_CAUSE = lazy(r"\s*,\s+(?:(?:largely|mainly|mostly|partly|primarily|chiefly|in\s+part)\s+)?"
              r"(?:(?:driven|fuell?ed|boosted|helped|spurred|propelled|powered|led)\s+by|"
              r"thanks\s+to|on\s+the\s+back\s+of)\s", re.IGNORECASE)


def _cause_start(text: str, figures: list[tuple[int, int]]) -> int | None:
    """Where a cause told after the last figure begins (its comma), if one is."""
    cause = _CAUSE.search(text, figures[-1][1]) if figures else None
    return cause.start() if cause else None


# "and"/"or" and a comparative right after a figure: its range ("7-nanometer and smaller",
# "5 nm or below", "$10 billion or more").
_RANGE_AND = lazy(r"[-\w]*\s+(?:and|or)\s+(?:smaller|below|above|under|over|beyond|lower|higher|"
                  r"more|less|fewer|newer|older|(?:more|less)\s+advanced)\b", re.IGNORECASE)


def _cut(text: str, end: int, start: int) -> int | None:
    """Where to divide between a figure ending at ``end`` and the next starting at ``start``."""
    between = text[end:start]
    if _STAKE_WORTH.match(between):
        return None  # "a 27% stake in Globex, valued at $135 billion": the stake's worth
    # (not "and" that opens the figure's own range: "7-nanometer and smaller processes")
    strong = [m for m in _STRONG.finditer(between)
              if not (_RANGE_AND.match(between, m.start()) and not between[:m.start()].strip())]
    if strong:
        return end + strong[-1].end()
    own = _OWN_MEASURE.search(between)
    if own:
        return end + own.start("verb" if own.group("verb") else "at")
    if _TOGETHER.search(between):
        return None
    # No separator: the next figure may open a noun phrase of its own after a preposition
    # ("into OpenAI's $6.6 billion funding round").
    words = list(re.finditer(r"\S+", between))
    at = len(words)
    while at > 0 and _NP_WORD.fullmatch(words[at - 1].group(0)):
        at -= 1
    if at == len(words) or at == 0 or not _PREPOSITION.fullmatch(words[at - 1].group(0)):
        return None
    if at == 1 and words[0].group(0).lower() == "of" and _SHARE_BEFORE.search(text, 0, end):
        return None  # "0.15% of Zeta's 800 million users": a part of the whole counted
    return end + words[at].start()


def _trim(text: str, start: int, stop: int) -> tuple[int, int]:
    """The span without the separator words and punctuation at its edges."""
    lead = re.match(r"[\s,;]*(?:(?:and|but|while|whereas|plus)\s+)?", text[start:stop])
    start += lead.end() if lead else 0
    tail = re.search(r"(?:[\s,;]+(?:and|but|or|while|plus|that))?[\s,;]*$", text[start:stop])
    if tail and tail.start() > 0:
        stop = start + tail.start()
    return start, stop


# A rate of change told as a noun phrase: "a 16% sequential increase", "and a 93% rise".
_CHANGE_NOUN = lazy(r"(?:and\s+)?(?:a|an)\s+(?:[\w-]+\s+)?\d[\d.,]*\s*(?:%|percent)\s+"
                    r"(?:[\w-]+\s+){0,2}?(?:rise|increase|jump|gain|growth|climb|surge|"
                    r"decline|drop|fall|decrease)\b", re.IGNORECASE)
# A participle that only restates the change of the level before it: ", marking a 112%
# increase", ", representing a 9% rise" (the clause splitter keeps it with the level).
_RESTATING = lazy(r"(?:representing|marking|reflecting)\s+(?=(?:a|an)\s)", re.IGNORECASE)


def leaning_restated(before: str, text: str, dated: bool = False) -> str | None:
    """A part said in full with the words of the part before it that it leans on: a level
    after its rate of change ("to $39.3 billion" after "Revenue rose 78%" is "Revenue rose
    to $39.3 billion"); a with-phrase after a ``dated`` statement of what it describes ("with
    128GB of memory" after "AMD launched the MI300X on Dec. 6, 2023" is the MI300X's)."""
    if dated and re.match(r"with\s", text):
        return f"{before}, {text}"
    restating = _RESTATING.match(text)
    change = text[restating.end():] if restating else text
    if _CHANGE_NOUN.match(change) and _MONEY.search(before):
        # "$35.6 billion, a 16% increase and a 93% rise from ...": each rate is the level's,
        # said with it (in place of the rate the part before gave, if it gave one); so is
        # one a participle restates ("$30.8 billion, marking a 112% increase")
        told = list(_CHANGE_NOUN.finditer(before))
        base = before[:told[-1].start()] if told else f"{before}, "
        return base + re.sub(r"^and\s+", "", change)
    rate = find_quantities(before)
    up = _UP_BY.match(text)
    # (a percentage's level changes in points: "margin improved to 62.3% | up 2.8 points")
    last = [q for q in rate if q.kind not in (Kind.YEAR, Kind.DATE)][-1:]  # ("in Q4 2025")
    level = last[0] if last and last[0].span is not None and (_MONEY.search(
        last[0].text) or last[0].kind is Kind.PERCENT and _in_points(text)) else None
    period = _PERIOD_AFTER.fullmatch(before[level.span.end:]) if up and level and \
        level.span else None  # ("$7.4 billion in the quarter": the level's own period)
    if up and level and level.span and period:
        said = _change_of_level(before[:level.span.start], up.group(1).lower(),
                                text[up.end():])
        return f"{said} {period.group('when')}" if said and period.group("when") else said
    if not re.match(r"(?:to|from)\s", text) or not rate or rate[-1].span is None or \
            not is_rate(before):
        return None
    head = before[:rate[-1].span.start]
    direction = _DIRECTION.search(head)
    if direction and text.startswith("to "):
        # "closed up 3.2% to $135.58" is a change and a level: the level is where it closed
        # ("closed at $135.58"), not "up to $135.58", an upper bound
        return f"{head[:direction.start()]}at {text[3:]}"
    return head + text


def _in_points(text: str) -> bool:
    """Is the first figure of ``text`` a change in points ("up 2.8 percentage points")?"""
    first = next(iter(find_quantities(text)), None)
    return first is not None and first.kind is Kind.POINTS


_PERIOD_AFTER = lazy(r"(?:\s+(?P<when>(?:in|for)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?"
                     r"(?:quarter|Q[1-4](?:\s+\d{4})?|period|year|\d{4})))?[\s,.;]*")
_DIRECTION = lazy(r"\b(?:up|down|higher|lower)\s+$", re.IGNORECASE)
# A rate after its level: "$7.4 billion, up 36 per cent" is the level's change.
_UP_BY = gated(lazy(r"(up|down)\s+(?=(?:about\s+|nearly\s+|almost\s+|roughly\s+|some\s+)?\d)",
                    re.IGNORECASE))
# How the level was told: by a copula ("sales were $7.4 billion") or a verb of change and
# "to" ("revenue rose to $7.4 billion"), in the direction the rate goes.
_LEVEL_IS = lazy(r"\b(?:was|were|is|are)\s+$", re.IGNORECASE)
_LEVEL_MOVED = {"up": lazy(r"\b(?P<verb>rose|climbed|grew|increased|jumped|surged|soared|"
                           r"improved|expanded|widened|"
                           r"gained|rises|climbs|grows|increases|jumps)\s+to\s+$",
                           re.IGNORECASE),
                "down": lazy(r"\b(?P<verb>fell|dropped|declined|decreased|slipped|slid|"
                             r"narrowed|contracted|shrank|"
                             r"falls|drops|declines|decreases)\s+to\s+$", re.IGNORECASE)}


def _change_of_level(head: str, direction: str, rest: str) -> str | None:
    """The level's words said with its change: "First-quarter sales were $7.4 billion" and
    "up 36 per cent" are "First-quarter sales were up 36 per cent"; "revenue rose to $7.4
    billion" and "up 36%" are "revenue rose 36%". None when the level was told otherwise."""
    moved = _LEVEL_MOVED[direction].search(head)
    if moved:
        return f"{head[:moved.end('verb')]} {rest}"
    return f"{head}{direction} {rest}" if _LEVEL_IS.search(head) else None


def with_frames(text: str, segments: list[tuple[int, int]], figures: list[tuple[int, int]],
                times: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A date is a statement of its own ("the MI300X that AMD launched in December 2023")
    only beside figures that keep a time of their own: one that frames a figure ("On Sept. 30,
    2024, BlackRock managed $11.55 trillion", "$7.66 billion, reported on Feb. 4") joins it.
    A with-phrase after a date is said with it (``leaning_restated``) and keeps it.
    ``figures`` are the spans of the figures, ``times`` of the dates and years."""
    def holds(seg: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
        return any(seg[0] <= a < seg[1] for a, _ in spans)

    out = list(segments)
    at = 0
    while at < len(out):
        seg = out[at]
        if holds(seg, figures) or not holds(seg, times):
            at += 1
            continue
        after = out[at + 1] if at + 1 < len(out) else None
        before = out[at - 1] if at else None
        if after and not holds(after, times) and not re.match(r"with\s", text[after[0]:]):
            out[at:at + 2] = [(seg[0], after[1])]
        elif before and not holds(before, times):
            out[at - 1:at + 1] = [(before[0], seg[1])]
        else:
            at += 1
    return out


# A verb that tells a forecast and the objects it takes: "forecasts revenue of $13.3 billion
# and adjusted EPS of 8 cents" forecasts both.
_FORECAST_VERB = lazy(r"\b(?:expects?|expected|forecasts?|forecasted|projects?|projected|"
                      r"anticipates?|anticipated|predicts?|predicted|guides?|guided|sees)\b",
                      re.IGNORECASE)
_AND_OBJECT = lazy(r"[\s,]*(?:and|as well as)\s+", re.IGNORECASE)
# A noun phrase that a figure sizes: "adjusted EPS of 8 cents", "a gross margin of about 54%"
# (not a verb phrase of its own: "raised its dividend to 65 cents").
_SIZED_NOUN = lazy(r"(?P<first>[A-Za-z][\w-]*)(?:\s+[A-Za-z][\w-]*){0,4}?\s+(?:of|at)\s+"
                   r"(?:(?:about|approximately|roughly|around|nearly)\s+)?[$€£]?\d",
                   re.IGNORECASE)


def forecast_object(before: str, text: str) -> str | None:
    """A part that is a further object of the forecast verb of the part before, said with
    that verb: "and adjusted EPS of 8 cents" after "Acme forecasts revenue of $13.3
    billion" is "Acme forecasts adjusted EPS of 8 cents". None for a part with a verb of
    its own ("and raised its dividend"), or after a verb that tells a result."""
    joined = _AND_OBJECT.match(text)
    figure = find_quantities(before)
    if joined is None or not figure or figure[0].span is None:
        return None
    verbs = list(_FORECAST_VERB.finditer(before, 0, figure[0].span.start))
    sized = _SIZED_NOUN.match(text, joined.end())
    if not verbs or sized is None or sized.group("first").lower() in COMMON_VERBS:
        return None
    return f"{before[:verbs[-1].end()]} {text[joined.end():]}"
