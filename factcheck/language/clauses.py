"""Splitting one sentence into atomic clauses.

Owns: the grammar-light rules that cut a sentence where it makes more than one checkable
statement: "A, while B"; leading "While A, B"; trailing participles (", effectively
monopolizing ..."); absolute "with" phrases (", with X outstripping Y", ", with its shares
up 4% to $52"); a leading phrase on how the subject came to be ("Founded in 1993 by ...,");
and coordinated verb phrases ("It has invested in X, provided Y, and now participates in Z").
Appositives and dash asides are ``appositives``'s, asides of another party in brackets or
dashes ``interruptions``'s. Must not: know entities' meaning or the
store; it is told where names are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .appositives import (
    NAME_RUN,
    PAST_APPOSITIVE,
    SCHEDULED_APPOSITIVE,
    appositives,
    dash_asides,
)
from .clause_spans import Clause, closed_at, stripped
from .clause_words import (
    after_comma,
    finite,
    first_words,
    is_participle,
    is_verb_like,
    looks_main,
    protected,
    top_level_commas,
)
from .gates import gated
from .interruptions import interrupting_asides
from .lead_ins import NEWS_IN_TIME
from .lexicon import lazy
from .splices import headline, states, verb_phrase

SUBORDINATORS = ("while ", "although ", "though ", "whereas ")


def split_sentence(s: str, names: list[tuple[int, int]]) -> list[Clause]:
    """Atomic clauses of sentence ``s``; ``names`` are spans of entity mentions in it."""
    end = len(s.rstrip().rstrip(".!").rstrip())
    parts: list[tuple[int, int, str, bool]] = []  # start, end, role, inherits
    leading = _leading_participle(s, end)
    for i, (start, stop) in enumerate(_independent(s, leading[1] + 1 if leading else 0, end)):
        pieces = _peel(s, start, stop)
        words = first_words(s, start, 1) if i and _CONTRAST_BEFORE.search(s, 0, start) else []
        if words and pieces[0][2] == "main" and words[0].islower() and finite(words[0]) and \
                not _HYPHENED.match(s, start):
            # "..., but returned to OpenAI days later": no subject of its own, the one before
            pieces[0] = (*pieces[0][:2], "verb-phrase", True)
        parts.extend(pieces)
    if leading:  # read after the main clause, whose subject it takes
        parts.insert(1, (*leading, "participle", True))
    clauses: list[Clause] = []
    for start, stop, role, inherits in parts:
        clauses.extend(appositives(s, start, stop, role, inherits, names))
    out: list[Clause] = []
    for clause in clauses:
        if clause.role in ("main", "verb-phrase", "relative"):  # "who did A and did B"
            out.extend(d for p in _verb_phrases(s, clause) for c in dash_asides(s, p, names)
                       for d in interrupting_asides(s, c, names))
        else:
            out.append(clause)
    return [c for c in out if len(_WORDS.findall(s[c.start:c.end])) >= 2]


# What a verb phrase of the subject before may follow ("..., but returned"; not after ";":
# "...; split-adjusted trading began"), and a first word that is no verb ("split-adjusted").
_CONTRAST_BEFORE = lazy(r"\b(?:but|though|although|yet)\s*$")
_HYPHENED = lazy(r"\w+-\w")


# A sentence that opens on how its subject came to be, with a time or the maker: "Founded in
# 1993 by three engineers, Nvidia began as ...", "Launched in November 2022, ChatGPT ...".
_LEADING_PAST = gated(re.compile(
    r"(?:(?:originally|first|initially)\s+)?" + PAST_APPOSITIVE.pattern, re.IGNORECASE))


def _leading_participle(s: str, end: int) -> tuple[int, int] | None:
    """The span of a leading past-participle phrase that dates or credits the subject's
    making, when a main clause with its own subject follows its comma; None otherwise."""
    if not _LEADING_PAST.match(s):
        return None
    commas = [c for c in top_level_commas(s) if c < end and s[c] == ","]
    # past a list of makers ("by A, B, and C, Nvidia began"): the first piece with a verb
    comma = next((c for i, c in enumerate(commas) if looks_main(
        s, after_comma(s, c), (commas[i + 1:] or [end])[0])), None)
    if comma is None or not re.search(r"\b(?:1[89]|20)\d\d\b|\bby\b", s[:comma]) or \
            not subject_first(s, after_comma(s, comma), end):
        return None
    return 0, comma


def _independent(s: str, start: int, stop: int) -> list[tuple[int, int]]:
    """Cut at "; ", ", while ", ", whereas ", ", but ", and a leading "While A, B"."""
    commas = [c for c in top_level_commas(s) if start <= c < stop]
    lowered = s.lower()
    for c in commas:
        if s[c] == ";":
            return _independent(s, start, c) + _independent(s, c + 1, stop)
    head = lowered[start:stop].lstrip()
    lead = start + (len(lowered[start:stop]) - len(head))
    for sub in SUBORDINATORS:
        if head.startswith(sub):
            inner = [c for c in commas if c > lead]
            if inner:
                return [stripped(s, lead + len(sub), inner[0])] + _independent(s, inner[0] + 1,
                                                                            stop)
    inner = [c for c in commas if c > lead]
    time = next((w for w in ("when ", "after ") if head.startswith(w)), None)
    if time and inner and re.search(r"\b(?:19|20)\d\d\b", s[lead:inner[0]]) and \
            subject_first(s, lead + len(time), inner[0]):
        # "When Google bought DeepMind in 2014, it paid ...": the event and its year are
        # stated as well (not "When asked about it, ...", which has no subject of its own;
        # without a year, "When OpenAI launched the plan, ..." only sets the scene)
        return [stripped(s, lead + len(time), inner[0])] + _independent(s, inner[0] + 1, stop)
    # "From a technical standpoint, while A, B": a subordinate clause after a lead-in
    for c in commas:
        rest = lowered[after_comma(s, c):stop]
        for sub in SUBORDINATORS:
            if rest.startswith(sub):
                later = [d for d in commas if d > c]
                begin = after_comma(s, c)
                if c == commas[0] and later and not looks_main(s, start, c):
                    return [stripped(s, begin + len(sub), later[0])] + _independent(
                        s, later[0] + 1, stop)
                if sub in ("while ", "whereas ", "although ", "though "):
                    # "A, though in July the regulator opened a review": a statement of its own
                    return _independent(s, start, c) + _independent(s, begin + len(sub), stop)
        if rest.startswith("but "):
            return _independent(s, start, c) + _independent(s, after_comma(s, c) + 4, stop)
        if _EXPECTED_LATER.match(rest) and looks_main(s, start, c):
            # "..., with an even higher outlay expected in 2026": the later time is the
            # outlay's, not the main clause's
            return _independent(s, start, c) + _independent(s, after_comma(s, c) + 5, stop)
        if _new_subject(s, after_comma(s, c), stop) and looks_main(s, start, c):
            # "Regulators took their time, and the takeover did not close until 2022": a
            # second statement with a subject of its own
            return _independent(s, start, c) + _independent(s, after_comma(s, c) + 4, stop)
        if headline(s) and states(s, start, c) and \
                states(s, after_comma(s, c), _next(commas, c, stop)):
            # "Revenue Jumps 78%, Data Centre Sales Hit Record": a headline's comma joins
            return _independent(s, start, c) + _independent(s, after_comma(s, c), stop)
    return _adverbials(s, *stripped(s, start, stop))


# A with-phrase telling what is expected at a later time, with no name of its own.
_EXPECTED_LATER = lazy(r"with\s+(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+){0,4}?(?:expected|planned|"
                       r"forecast|projected|seen|due|slated|scheduled)\s+(?:in|for|by|next)\b")


def _next(commas: list[int], c: int, stop: int) -> int:
    """Where the part after comma ``c`` ends: at the next comma, else at ``stop``."""
    return next((d for d in commas if d > c), stop)


def _previous(commas: list[int], c: int, start: int) -> int:
    """Where the part before comma ``c`` begins: after the comma before it, else at
    ``start`` ("Details, Products, & Solutions": "Products" is a list's item)."""
    return max([d + 1 for d in commas if start <= d < c], default=start)


# An adverbial clause with a subject and a verb of its own says something of its own:
# "... in June 2024 after its shares jumped 3.4%", "... because demand had outstripped
# supply". ("since"/"until" open a span of time, "since it was founded"; "when" dates the main
# clause, "when it reported $10.01 trillion", unless a name follows: "when Altman was ousted")
_ADVERBIAL = gated(re.compile(r"\s(after|before|because|as|once|when)\s+", re.IGNORECASE))
_NOT_SUBJECTS = frozenset("""of in on to for with at by from about into over under than
which who what where whom whose""".split())
_PRONOUNS = frozenset("it they he she we".split())
_NOT_AFTER_AS = frozenset("""part well much many long soon far of a an such if though
expected planned reported""".split())


def _adverbials(s: str, start: int, stop: int) -> list[tuple[int, int]]:
    """``s[start:stop]`` cut before each adverbial clause that has its own subject and
    finite verb after a main clause."""
    inside = protected(s)
    news = NEWS_IN_TIME.match(s, start)
    for m in _ADVERBIAL.finditer(s, start, stop):
        at = m.end()
        if news is not None and news.end() >= at:
            continue  # "It comes 20 months after Acme launched Orbitron": the news placed
            # in time opens no clause of its own
        if inside[m.start(1)] or \
                re.search(r"\b(?:such|same|so|as)\s*$", s[start:m.start()], re.IGNORECASE):
            continue  # "such as Google", "the same as", "as much as": no clause
        # the clause runs to the next comma: "founded as Acme Widgets, will be ..." is no
        # clause of "Acme Widgets"
        end = min([c for c in top_level_commas(s) if at <= c < stop] + [stop])
        words = re.findall(r"[A-Za-z][\w'’.&-]*", s[at:end])[:8]
        if m.group(1).lower() == "as" and words[:1] in (["a"], ["an"]):
            words = words[1:]  # "as a federal judge has ruled": the subject is indefinite
            # (its verb is looked for as any subject's; "as a director" has none)
        elif not words or m.group(1).lower() == "as" and words[0].lower() in _NOT_AFTER_AS:
            continue
        if not words:
            continue
        first = words[0]
        if first.lower() in _NOT_SUBJECTS or finite(first.lower()) or \
                m.group(1).lower() == "when" and not (first[0].isupper() and first != "I"):
            continue  # "because of ...", "after raised ...": no subject of its own
        # the verb: right after a pronoun, else within the next three words of the subject
        reach = words[1:2] if first.lower() in _PRONOUNS else words[1:4]
        verb = next((i for i, w in enumerate(reach, 1) if w[0].islower() and "-" not in w and
                     (finite(w.lower()) or w.lower() in _MODALS)), None)
        if verb is not None and _RELATIVES & {w.lower() for w in words[1:verb]}:
            continue  # "served as co-chairs of what was then ...": the verb is a relative's
        if verb is not None and {"and", "or", "but"} & {w.lower() for w in words[1:verb]}:
            continue  # "runs it as an agency and pays ...": the verb is the subject's
        if verb is None or len(words) <= verb + 1 and words[verb].lower() in _SAYING:
            continue  # no clause, or only who said it ("as the company said")
        if not looks_main(s, start, m.start()):
            continue  # no main clause before it (read last: the costliest test)
        return [(start, stripped(s, start, m.start())[1]), *_adverbials(s, at, stop)]
    return [(start, stop)]


_MODALS = frozenset("will would could can may might should must".split())
_RELATIVES = frozenset("what which that who whom whose where".split())
_SAYING = frozenset("said says noted reported announced added expected".split())


def subject_first(s: str, start: int, stop: int) -> bool:
    """Does ``s[start:stop]`` open with a subject and hold a finite verb after it?"""
    words = first_words(s, start, 1)
    return bool(words) and not is_verb_like(words + ["the"]) and \
        not is_participle(words) and looks_main(s, start, stop)


_NEW_SUBJECT = re.compile(r"and (?:the|this|that|its|their) (?!two |three |four |both )"
                          r"(?P<words>[a-z][\w-]*(?: [a-z][\w'’-]*){1,2})")
_NEW_NAMED_SUBJECT = re.compile(r"and (?:[A-Z][\w.&-]*(?:['’]s)? ){1,3}(?P<verb>[a-z][\w-]*)")


def _new_subject(s: str, at: int, stop: int) -> bool:
    """Does ", and the takeover did not close ...", ", and its first campus is rising",
    ", and SoftBank put in ..." start a clause with its own subject: a definite noun (a word
    or two) or a name, and then a finite verb?"""
    named = _NEW_NAMED_SUBJECT.match(s, at, stop)
    if named is not None:
        return finite(named.group("verb"))
    m = _NEW_SUBJECT.match(s, at, stop)
    if m is None:
        return False
    return any(finite(verb) for verb in m.group("words").lower().split()[1:])


def _peel(s: str, start: int, stop: int) -> list[tuple[int, int, str, bool]]:
    """Split trailing participle and absolute "with" phrases off a clause, after a comma or
    a dash ("hit $1 trillion - joining nine other companies")."""
    inside = protected(s)
    breaks = sorted([(c, after_comma(s, c), closed_at(s, c)) for c in top_level_commas(s)
                     if start < c < stop] + [(d.start(), d.end(), d.start())
                                             for d in _BREAK_DASH.finditer(s, start, stop)
                                             if d.start() > start and not inside[d.start()]])
    for c, at, close in breaks:
        words = first_words(s, at, 12)
        participle = is_participle(words) and not _list_item(s, at) and \
            _RESTATING.match(s, at) is None and not (
                _NEW_LEVEL.match(s, at) and _CHANGED.search(s, start, c))
        absolute = not participle and bool(words) and words[0].lower() == "with" and (
            any(is_participle([w]) for w in words[2:10]) or
            _ABSOLUTE_WITH.match(s, at) is not None or _WITH_AMONG.match(s, at) is not None)
        # (what stands before is read for its verb only where a phrase may be peeled off)
        if not (participle or absolute) or not looks_main(s, start, c):
            continue  # "In the future, striking a balance ...": a lead-in, not a clause
        if participle:
            return [(*stripped(s, start, close), "main", False)] + [
                (a, b, "participle" if i == 0 else r, True if i == 0 else inh)
                for i, (a, b, r, inh) in enumerate(_peel(s, at, stop))]
        inner = at + len("with ")  # an absolute "with" phrase
        return [(*stripped(s, start, close), "main", False)] + [
            (a, b, "with" if i == 0 else r, False if i == 0 else inh)
            for i, (a, b, r, inh) in enumerate(_peel(s, inner, stop))]
    return [(*stripped(s, start, stop), "main", False)]


# A change that restates the figure before it: ", representing a 93% increase", ", marking
# a significant 78% rise": no verb phrase of its own, but the figure's ("figure_parts").
_RESTATING = re.compile(r"(?:representing|marking|reflecting|amounting\s+to|equating\s+to)\s+"
                        r"(?:an?\s+)?(?:[a-z-]+\s+){0,2}?[+-]?\d[\d.,]*\s*(?:%|percent)")


# The level a change brought its measure to: "revenue rose 55%, reaching $3.3 billion" says
# "rose 55% to $3.3 billion"; cut off, the level lost what it measures.
_NEW_LEVEL = re.compile(r"(?:reaching|hitting|topping|totall?ing|bringing\s+(?:it|them|the\s+"
                        r"total|its\s+[a-z]+)\s+to)\s+(?:about\s+|nearly\s+|roughly\s+|"
                        r"almost\s+|more\s+than\s+|over\s+)?(?:US)?[$€£]?\d")
_CHANGED = re.compile(r"\b(?:rose|grew|increased|jumped|climbed|surged|soared|gained|fell|"
                      r"declined|dropped|slipped|expanded|(?:will|to)\s+(?:grow|rise|increase|"
                      r"climb|expand))\b[^,;]{0,40}?\d")


# A dash that may end a clause: an em or en dash or "--", or a hyphen between spaces.
_BREAK_DASH = gated(re.compile(r"\s*(?:—|–|--)\s*|\s+-\s+"))  # most clauses hold no dash
# An absolute "with" phrase that gives a figure of its own thing: ", with its shares up 4% to
# $52.10", ", with the stock down 2% at $18" (the thing is the owner's, not what the clause
# before it measures; "with 64GB of memory" describes what the clause names and stays).
_ABSOLUTE_WITH = re.compile(r"with\s+(?:its|their|his|her|the)\s+(?:[a-z][\w-]*\s+){0,2}?"
                            r"(?:shares?|stock|market (?:value|capitali[sz]ation)|valuation|"
                            r"revenue|sales|profit|price)\s+(?:up|down|higher|lower|at)\s+"
                            r"(?:about\s+|nearly\s+|almost\s+|roughly\s+|more than\s+)?[$€£]?\d")


# Names set in a role of their own: ", with Microsoft, Nvidia and SoftBank among the other
# backers", ", with Nvidia and AMD as strategic investors": a statement about those names.
_NAME = r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}"
_WITH_AMONG = re.compile(rf"with\s+{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME}\s+"
                         r"(?:among|as)\s+(?:the|its|their)?\s*[a-z]")


def _list_item(s: str, at: int) -> bool:
    """"talent, funding, and customer resources": an -ing noun in a list, not a participle."""
    m = re.match(r"[A-Za-z'’-]+\s*(?:,|$)", s[at:])
    return m is not None


# ", compared with AMD's $7.7 billion" sets a figure against the clause's: no verb phrase of
# its own (``contrasts`` reads it).
# What no verb phrase of the subject opens: a figure set against another ("compared with"),
# or the worth of the noun before the comma ("a 27% stake in Globex, valued at $135
# billion": the stake's value, not the subject's).
_SET_AGAINST = re.compile(r"compared\s+(?:with|to)\s|(?:valued|priced)\s+at\s",
                          re.IGNORECASE)


# Verbs that take "to" and another verb, in the bare form a modal before them asks for:
# "will keep its stake, and continue to license the models".
_CATENATIVE = frozenset("""
continue plan seek aim try expect need agree help begin start hope want intend work move
""".split())


def _shared_modal(words: list[str]) -> bool:
    """Do the words after ", and" open a verb phrase in the bare form, sharing the modal of
    the clause before ("..., and continue to access ...")?"""
    return len(words) > 1 and words[0] in _CATENATIVE and words[1] == "to"


# Two words, an "-ed" word and a bare noun, closing the clause: a noun phrase joined to the
# one before it ("supplier of AI chips and integrated software"), not a verb and its object.
_ADJECTIVE_NOUN = re.compile(r"[a-z]+ed\s+[a-z]+(?:s)?[.!?]?")
_WORDS = lazy(r"\w+")
_AND_VERB = gated(lazy(r"[\s—–](?:and|but) (?=[a-z])"))
_NOT_ONLY = lazy(r"\bnot\s+(?:only|just|merely|simply)\b", re.IGNORECASE)
# A name set off by commas after the noun it names, in a clause a subordinator opens:
# "..., where the Nigerian lawyer and banker, Adebayo Ogunlesi, is the chairman": the verb
# after the name is that noun's, not a verb phrase of the sentence's subject.
_NAMED_NOUN = lazy(r"\b(?:where|whose|who|which|that|when|while|because|after|before|as)\s+"
                   rf"(?:[\w'’-]+\s+){{0,6}}[a-z][\w'’-]*\s*,\s*{NAME_RUN}\s*$")


# A name a naming verb gives right before a comma: "an initiative called Meta Labs,".
_CALLED = lazy(rf"\b(?:called|named|dubbed|known\s+as|branded)\s+(?P<name>{NAME_RUN})\s*$")


def _verb_phrases(s: str, clause: Clause) -> list[Clause]:
    """"It has invested in X, provided Y, and now participates in Z" -> three clauses."""
    commas = [c for c in top_level_commas(s) if clause.start < c < clause.end]
    inside = protected(s)
    # "co-founded OpenAI in 2015 and left its board in 2018": a bare "and" before a verb,
    # or "but" ("posts record revenue but takes a $800 million hit")
    for m in _AND_VERB.finditer(s[clause.start:clause.end]):
        at = clause.start + m.start()
        if s[at + 1:at + 4] == "but" and _NOT_ONLY.search(s, clause.start, at):
            continue  # "not only underscores X but also hints at Y": one statement
        phrase = re.match(r"[^,;]*", s[at + 5:clause.end])
        if phrase and len(phrase.group(0).split()) >= 2 and not inside[at] and \
                not _ADJECTIVE_NOUN.fullmatch(phrase.group(0).strip()) and \
                is_verb_like(first_words(s, at + 5)) and \
                first_words(s, at + 5)[0].lower() not in ("is", "are", "was", "were", "has",
                                                            "have", "had", "will", "can"):
            commas.append(at)
    commas.sort()
    cuts: list[tuple[int, int]] = []  # (comma, start of next phrase)
    heads: dict[int, tuple[int, int]] = {}  # comma -> the name a participle after it tells of
    aside = clause.aside or (0, 0)
    for c in commas:
        if aside[0] <= c < aside[1]:
            continue  # "OpenAI, the lab Musk co-founded and later left,": the aside's own
        at = after_comma(s, c)
        words = first_words(s, at, 4)
        called = _CALLED.search(s, max(clause.start, c - 80), c) if PAST_APPOSITIVE.match(
            s, at) or SCHEDULED_APPOSITIVE.match(s, at) else None
        if called:  # "a unit called Meta Labs, formed in June": how Meta Labs came to be
            heads[c] = (called.start("name"), c)
            cuts.append((c, called.start("name")))
            continue
        skip = 0
        if words and words[0].lower() in ("and", "or", "but"):
            skip = len(words[0]) + 1
            words = words[1:]
        # (", as a judge has ruled ...": "as" looks like a verb's "-s" form, but opens a
        # clause of its own or the verb's complement, never a verb phrase of the subject)
        if (is_verb_like(words) and words[0].lower() != "as" or
                skip and _shared_modal(words)) and \
                not _SET_AGAINST.match(s, at + skip) and \
                not _NAMED_NOUN.search(s, max(clause.start, c - 120), c):
            cuts.append((c, at + skip))
        elif headline(s) and states(s, _previous(commas, c, clause.start), c) and \
                verb_phrase(s, at + skip, _next(commas, c, clause.end)):
            cuts.append((c, at + skip))  # "Nvidia Beats Estimates, Guides Higher"
    if not cuts or not (looks_main(s, clause.start, cuts[0][0]) or
                        headline(s) and states(s, clause.start, cuts[0][0])):
        return [clause]
    pieces = [Clause(*stripped(s, clause.start, closed_at(s, cuts[0][0])), clause.role,
                     clause.inherits_subject)]
    for i, (c, begin) in enumerate(cuts):
        stop = closed_at(s, cuts[i + 1][0]) if i + 1 < len(cuts) else clause.end
        pieces.append(Clause(*stripped(s, begin, stop), "appositive", False, heads[c])
                      if c in heads else Clause(*stripped(s, begin, stop), "verb-phrase", True))
    # the aside stays blank in the piece that holds it
    return [replace(p, aside=clause.aside) if clause.aside and p.start <= clause.aside[0] and
            clause.aside[1] <= p.end + 1 else p for p in pieces]
