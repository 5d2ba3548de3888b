"""Appositives and asides: the descriptions a sentence gives a name between commas or dashes.

Owns: "BlackRock, a leading American asset manager, ..." and "BlackRock, which manages ...,"
read as clauses of their own about the name; where such an aside ends (before a verb, a
saying verb, a date that closes the clause); bare titles after a name; asides between
dashes; and the reporting tails, owners' phrases and "whose" objects that are no appositive.
Must not: know entities' meaning or the store; it is told where names are.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .clause_spans import Clause, stripped
from .clause_words import (
    PARTICIPLE_OPENS,
    VERB_BEFORE_FIGURE,
    after_comma,
    finite,
    first_words,
    is_verb_like,
    looks_main,
    top_level_commas,
)
from .gates import gated
from .lexicon import lazy

# Verbs that end a relative clause's run when they follow its closing comma ("Blackwell, which
# Huang showed in 2024, brought in $11 billion"), beyond the common ones; saying verbs too
# ("Hassabis, the CEO of Google DeepMind, said ...": the title is no part of what he said).
CLOSING_VERBS = frozenset("""
brought brings got gets went came comes kept keeps drew draws overtook overtakes lost loses
struck sent sends showed shows saw sees stood stands meant means
said says told tells added adds noted notes wrote writes argued argues warned warns
explained explains stated states predicted predicts insisted insists expects believes
thinks hopes quit quits sat sits fought fights sought seeks spoke speaks hit hits cut cuts
""".split())
# Who said it, after a comma: ", the companies announced on Wednesday", ", its owner said",
# ", a person with knowledge of the talks said" (an unnamed source takes a longer phrase).
_REPORTING_TAIL = gated(re.compile(r"(?:(?:a|an|one|two|three|several)\s+(?:[a-z][\w-]*\s+)?"
                                   r"(?:person|people|source|sources|official|officials|executive|"
                                   r"executives|insider|insiders)\s+(?:[a-z][\w-]*\s+){0,6}?|"
                                   r"(?:the|its|his|her|their|a|an)\s+(?:[a-z][\w-]*\s+){0,3}?)"
                                   r"(?:(?:said|says|added|told|noted|confirmed|reported|wrote|"
                                   r"stated|disclosed)\b|"
                             # "the venture announced at the White House" is a participle
                                   r"announced(?:\s+(?:on|last|this|late|earlier)\s+\w+)?\s*"
                                   r"(?:[.!?]|$))"))
# A past participle telling how the name came to be: "AIP, launched in September 2024 as
# GAIIP, will be called ...", "OpenAI, founded in 2015, said ...", "Stargate, first unveiled
# earlier this year, ...".
PAST_APPOSITIVE = re.compile(r"(?:(?:first|initially|originally|officially|formally)\s+)?"
                              r"(?:launched|founded|co-founded|formed|created|set up|"
                              r"established|started|incorporated|unveiled|introduced|"
                              r"acquired|bought|renamed)\s+(?:in|on|as|by|at|last|early|"
                              r"late|earlier)\b")
# A past participle telling when the name is due: "Rubin Ultra, slated for 2027,", "Zeta,
# scheduled to ship in June," (what the name is, not what the sentence's subject did).
SCHEDULED_APPOSITIVE = lazy(r"(?:slated|scheduled|expected|planned)\s+(?:for|to|in)\b")
APPOSITIVE_START = re.compile(r"(?:a|an|the|one of|its|his|her|their|which|who|whose|who['’]s|"
                              # what the name is now or was ("GIP, now part of BlackRock,")
                              r"(?:now|once|formerly)\s+(?:part|a|an|the|one|owned|known)|"
                              r"part of)\s", re.IGNORECASE)
# A share of what was just told: "$40 billion into Globex, a large share of which will go to
# partners", "most of whom joined": a relative clause on the amount or group, no description
# of the name before the comma.
_SHARE_OF_WHICH = re.compile(r"(?:(?:a|an|the)\s+)?(?:[a-z][\w-]*\s+){0,2}?of\s+(?:which|whom)\b",
                             re.IGNORECASE)
# A bare title after a name: "Demis Hassabis, CEO of Google DeepMind, said ...", "Jane Doe,
# co-founder and chief executive of Acme, expects ...": what the person is, not what they say.
_TITLE_APPOSITIVE = gated(re.compile(r"(?:co-?founder|founder|chief(?: [a-z]+)? officer|chief "
                                     r"executive|chief|CEO|CFO|CTO|COO|president|chair(?:man|woman)?"
                                     r"|head|director|managing partner)(?:\s+and\s+[\w-]+(?:\s+"
                                     r"[\w-]+)?)?\s+(?:of|at)\s", re.IGNORECASE))

# A title the name's organisation owns: "Bayo Ogunlesi, GIP's chairman and chief executive,",
# "Jane Doe, Acme's former finance chief,": what the person is, closed by the next comma.
_OWNED_TITLE = gated(re.compile(r"(?:[A-Z][\w.&-]*\s+){0,3}?[A-Z][\w.&-]*['’]s\s+"
                                r"(?:(?:new|former|longtime|current|then|interim|acting)\s+)?"
                                r"(?:[a-z][\w-]*\s+)?(?:co-?founder|founder|chief(?: [a-z]+)? "
                                r"officer|chief executive|chief|CEO|CFO|CTO|COO|president|"
                                r"chair(?:man|woman)?|head|director|managing partner)"
                                r"(?:\s+and\s+[\w-]+(?:\s+[\w-]+)?)?\s*,"))


# A dash that opens or closes an aside: an em or en dash or "--", spaced or not, or a hyphen
# between spaces (as many sites write a dash).
_DASH = gated(re.compile(r"\s*(?:—|–|--)\s*|\s+-\s+"))  # most sentences hold no dash


def dash_aside(s: str, clause: Clause) -> bool:
    """Is the clause an aside between dashes on a name (``_dash_asides``), or one in
    brackets or dashes of its own (``interruptions``)?"""
    return clause.role == "aside" or clause.role in ("appositive", "relative") and \
        clause.appositive_of is not None and _DASH.match(s, clause.appositive_of[1]) is not None


def dash_asides(s: str, clause: Clause, names: list[tuple[int, int]]) -> list[Clause]:
    """"Globex — a $100 billion fund owned by Ruritania — plans to invest ...": an aside
    between dashes that describes the name before it is a claim of its own about the name,
    read as blank in the clause it interrupts (its figure is not the clause's); one that
    runs to the clause's end closes the clause. An aside that is no description ("— up from
    $22.1 billion a year earlier —") is the clause's own."""
    if clause.aside is not None or not _DASH.search(s, clause.start, clause.end):
        return [clause]  # most clauses: no dash
    for name_start, name_end in names:
        if not clause.start <= name_start < clause.end:
            continue
        opening = _DASH.match(s, name_end, clause.end)
        if opening is None or not APPOSITIVE_START.match(s, opening.end()):
            continue
        dash = opening.group(0).strip()
        closing = next((m for m in _DASH.finditer(s, opening.end(), clause.end)
                        if m.group(0).strip() == dash), None)
        kind = "relative" if _RELATIVE_OPEN.match(s, opening.end()) else "appositive"
        if _DETERMINER.fullmatch(s[clause.start:name_start]):
            name_start = clause.start  # "The MI300X — ...": "The" is no clause of its own
        described = Clause(name_start, closing.start() if closing else clause.end, kind, False,
                           (name_start, name_end))
        if closing is None:
            return [replace(clause, end=opening.start()), described]
        return [replace(clause, aside=(opening.start(), closing.end())), described]
    return [clause]


def appositives(s: str, start: int, stop: int, role: str, inherits: bool,
                 names: list[tuple[int, int]]) -> list[Clause]:
    """"BlackRock, a leading American asset manager," and "BlackRock, which manages ...,"
    -> clauses of their own about the name."""
    commas = [c for c in top_level_commas(s) if start <= c < stop]
    for name_start, name_end in names:
        if not start <= name_start < stop:
            continue
        # "the Zeta Fund (ZF), a $30 billion fund": the short name or ticker in brackets
        # is part of the name the description follows
        abbreviation = _ABBREVIATION.match(s, name_end, stop)
        name_end = abbreviation.end() if abbreviation else name_end
        gap = s[name_end:name_end + 2]
        bare = _BARE_RELATIVE.match(s, name_end, stop)
        if bare is None and (not gap.startswith(",") or name_end not in commas):
            continue
        at = bare.end() if bare else after_comma(s, name_end)
        if _SOURCE_BEFORE.search(s, start, name_start) or _TOPIC_BEFORE.fullmatch(s, 0,
                                                                            name_start):
            continue  # "According to Acme, the venture ...": the source, then what it says;
            # "For Acme, the deal ...": the topic, then what is said of it
        if _listed_next(s, at, names):
            continue  # "NASA, the European Space Agency and ...": a list, no description
        if _DEAL_OF.search(s, max(start, name_start - 40), name_start) and \
                _RELATIVE_OPEN.match(s, at):
            continue  # "its acquisition of Globex, which closed in 2022": the deal closed
        if _SHARE_OF_WHICH.match(s, at):
            # the clause ends at the comma; what is said of the share is a clause of its own
            return [Clause(*stripped(s, start, name_end), role, inherits),
                    Clause(at, stripped(s, at, stop)[1], "relative", False)]
        if not (APPOSITIVE_START.match(s, at) or PAST_APPOSITIVE.match(s, at) or
                SCHEDULED_APPOSITIVE.match(s, at) or _TITLE_APPOSITIVE.match(s, at) or
                _OWNED_TITLE.match(s, at) or
                _OWNED_BEFORE_RELATIVE.match(s, at)) or \
                _REPORTING_TAIL.match(s, at) or _WHOSE_OBJECT.match(s, at):
            continue  # ", the companies announced on Wednesday" says who told it
        listed = _list_goes_on(s, start, name_start, at, stop, names)
        if listed is not None:
            # "Acme, Globex (GX), a unit of Acme, Initech and Zeta announced ...": the
            # description is the listed name's; the list and its verb go on after it
            goes_on = appositives(s, after_comma(s, listed), stop, role, True, names)
            return [Clause(start, goes_on[0].end, role, inherits, aside=(name_end, listed)),
                    Clause(name_start, stripped(s, name_start, listed)[1], "appositive",
                           False, (name_start, name_end)), *goes_on[1:]]
        # the appositive runs to the comma before a verb, or to the end of the clause
        close = stop
        relative = _RELATIVE_OPEN.match(s, at) is not None
        # a bare title holds no comma: the one after it closes it, whatever verb follows
        # ("Jane Doe, chairman and CEO of Acme, spoke at ...": no list knows every verb)
        title_end = next((c for c in commas if c > at), None) if \
            _TITLE_APPOSITIVE.match(s, at) or _OWNED_TITLE.match(s, at) else None
        for i, c in enumerate(commas if title_end is None else ()):
            if relative and i and name_end < commas[i - 1] and \
                    _NAME_ALONE.fullmatch(s, commas[i - 1] + 1, c):
                continue  # "whose chief executive, Sam Altman, co-founded it": the
                # relative clause's own verb, after the name of its noun
            following = first_words(s, after_comma(s, c))
            if c > name_end and (is_verb_like(following) or _and_verb(following) or
                                 following[:1] and following[0].lower() in CLOSING_VERBS or
                                 VERB_BEFORE_FIGURE.match(s, after_comma(s, c))):
                close = c
                break
        close = title_end if title_end is not None else close
        if close == stop and not s[:start].strip() and PARTICIPLE_OPENS.match(s, start) and \
                not looks_main(s, start, name_start) and looks_main(s, at, stop):
            continue  # "Backed by Acme, the startup raised ...": the opening phrase ends at
            # the comma, and what runs on to the clause's end is the sentence, not an aside
        # "BlackRock, which manages $11.6T," is a claim of its own
        kind = "relative" if relative else "appositive"
        if _DETERMINER.fullmatch(s[start:name_start]):
            name_start = start  # "The MI300X, launched ...": "The" is no clause of its own
        joined = _JOINED.fullmatch(s, start, name_start) is not None  # "and Zeta, slated ..."
        dated = _dated_tail(s, commas, name_end, stop) if close == stop else None
        if dated is not None and name_start > start:
            # "Google bought DeepMind, the London lab, in 2014": the date closes the
            # clause the appositive interrupts
            return [Clause(start, stop, role, inherits, aside=(name_end, dated + 1)),
                    Clause(name_start, stripped(s, name_start, dated)[1], kind, False,
                           (name_start, name_end))]
        appositive = Clause(name_start, stripped(s, name_start, close)[1], kind, False,
                            (name_start, name_end))
        before = [] if name_start <= start or joined or kind == "relative" and re.match(
            r"whose\s", s[at:], re.IGNORECASE) and not looks_main(s, start, name_end) else [
            Clause(*stripped(s, start, name_end), role, inherits)]  # no title alone
        rest: list[Clause] = []
        if close < stop:
            after = after_comma(s, close)
            rest = appositives(s, after, stop, role, True, names)
            if name_start == start or not before:
                # "BlackRock, a ... firm, holds ...": the predicate of the name it follows
                rest = [Clause(c.start, c.end, "verb-phrase" if c.role == "main" else c.role,
                               True, c.appositive_of) if c.role == role else c for c in rest]
            elif rest and rest[0].start == after and rest[0].role == role and \
                    not _EMBEDS.search(s, start, name_start) and \
                    _resumes(s, after, kind == "relative"):
                # "Stargate, funded by SoftBank and MGX, a firm based in Abu Dhabi, plans to
                # invest ...": the aside ends where the sentence's own verb phrase resumes;
                # the name belongs to both clauses, the verb to the sentence's subject
                return [Clause(start, rest[0].end, role, inherits, aside=(name_end, after)),
                        appositive, *rest[1:]]
        return before + [appositive] + rest
    return [Clause(start, stop, role, inherits)]


# A short name or ticker in brackets right after a name: "(GIP)", "(NYSE: BLK)".
# (Reading blanks a ticker to spaces: the few blanks before the comma stand for it; a
# longer run is an attribution blanked, whose "who" is no name's.)
_ABBREVIATION = lazy(r"\s?\((?:(?:NYSE|Nasdaq|NASDAQ|LSE|TSE|TWSE|HKEX)\s?:\s?)?"
                     r"[A-Z][A-Za-z0-9.&-]{0,11}\)| {1,18}(?=,)")


# A relative clause whose comma was left out, after a name: "behind only SpaceX which is
# valued at $350bn" (a name's clause is no restrictive one: there is one SpaceX).
_BARE_RELATIVE = lazy(r" (?=(?:which|who)\s+(?:is|was|are|were|has|had|have)\b)")


# The deal a name is the target of: "its acquisition of", "the $4.9 billion purchase of".
_DEAL_OF = lazy(r"\b(?:acquisition|purchase|takeover|buyout|merger|sale|deal)\s+(?:of|for|"
                r"with)\s+(?:the\s+)?$", re.IGNORECASE)


def _list_goes_on(s: str, start: int, name_start: int, at: int, stop: int,
                  names: list[tuple[int, int]]) -> int | None:
    """Where the description of a name listed after another ("Acme, Globex, a unit of
    Acme, Initech and Zeta announced") ends: at the comma after which the list goes on with
    a name and "and" or a comma; None when the name is no item of such a list."""
    if not any(start <= end <= name_start and _LIST_COMMA.fullmatch(s, end, name_start)
               for _, end in names):
        return None
    starts = {begin: end for begin, end in names}
    for c in top_level_commas(s):
        if at < c < stop:
            following = after_comma(s, c)
            end = starts.get(following)
            if end is not None and _LIST_GOES_ON.match(s, end):
                return c
    return None


# (a ticker in brackets may stand between, or the blanks it was read as)
_BRACKETED_AFTER = r"\s*(?:\([^()]{1,24}\)\s*)?"
_LIST_COMMA = lazy(rf"{_BRACKETED_AFTER},\s*(?:the\s+)?")
_LIST_GOES_ON = lazy(rf"{_BRACKETED_AFTER}(?:,|and\s)")


def _listed_next(s: str, at: int, names: list[tuple[int, int]]) -> bool:
    """Is what follows the comma the next name of a list, "the" and a name alone before a
    comma or "and" ("NASA, the European Space Agency and the Canadian Space Agency"), not
    a description of the name before ("Huang, the Nvidia chief")?"""
    opening = re.match(r"the\s+", s[at:at + 8], re.IGNORECASE)
    return opening is not None and any(
        start == at + opening.end() and re.match(r"\s*(?:,|and\b|[.;:]|$)", s[end:])
        for start, end in names)


# What opens a relative clause after a name: "BlackRock, which ...", "Su, whose ...".
_RELATIVE_OPEN = re.compile(r"(?:which|who|whose|who['’]s)\s", re.IGNORECASE)
# A capitalised name of up to four words: "Sam Altman", "Adebayo Ogunlesi".
NAME_RUN = r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*"
# A name alone between two commas.
_NAME_ALONE = lazy(rf"\s*{NAME_RUN}\s*")


# What opens a clause of its own before a name: the name is that clause's subject ("told
# analysts that Blackwell, the architecture ..., generated $11 billion").
_EMBEDS = lazy(r"\b(?:that|whether|if|because|as|when|while|after|before|since|"
               r"although|though|how|why|where)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def _resumes(s: str, at: int, after_relative: bool) -> bool:
    """Does a verb phrase start at ``at`` ("plans to ...", "and plans to ...", "said ...")?
    Not "as the successor to ...", which only the test for a verb's "-s" lets pass, nor a
    participle ("followed by $10 billion in 2023", or any "-ed" word after a relative clause,
    whose own tale it may go on with)."""
    words = first_words(s, at, 4)
    if words[:1] and words[0].lower() in ("and", "or"):
        words = words[1:]
    if not words:
        return False
    first = words[0].lower()
    if first.endswith("ed") and (after_relative or words[1:2] == ["by"]):
        return False
    return first in CLOSING_VERBS or finite(first) or len(first) > 3 and is_verb_like(words)


def _and_verb(words: list[str]) -> bool:
    """", and plans to ...": a verb phrase of the clause an aside interrupted resumes (not
    ", and backed by ...", a participle that may still describe the name)."""
    return len(words) > 1 and words[0].lower() in ("and", "or") and \
        is_verb_like(words[1:]) and not words[1].lower().endswith("ed")


# "Acme, Globex's largest shareholder, which has put ...": a phrase owned by another name,
# then a relative clause, describes the name before it. Without the relative clause it may
# be an item of a list ("Acme, Globex's two banks, and Initech").
_OWNED_BEFORE_RELATIVE = re.compile(r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s\s+"
                                    r"(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*,\s+(?:which|who)\s")
# "Zeta, whose main cloud provider it becomes": the name is the object's owner, the
# pronoun the subject; no statement about the name of its own.
# The source a sentence opens with: "According to Acme, ...", "As reported by Globex, ...".
_TOPIC_BEFORE = lazy(r"\s*(?:For|As\s+for)\s+")  # a sentence's opening topic: "For Acme, "
_SOURCE_BEFORE = re.compile(r"\b(?:according\s+to|as\s+reported\s+by|as\s+told\s+by)\s+"
                            r"(?:the\s+)?$", re.IGNORECASE)
_WHOSE_OBJECT = re.compile(r"whose\s+(?:[\w-]+\s+){1,4}?(?:it|they|he|she|we)\s",
                           re.IGNORECASE)
# A present verb before a figure ends an aside: "The MI300X, launched in 2023, carries 192 GB".
_DETERMINER = re.compile(r"\s*(?:the|a|an)\s+", re.IGNORECASE)

_JOINED = lazy(r"\s*(?:and|or)\s+")  # the last item of a list: no clause of its own
# A date or price that closes a clause: "in 2014", "on Jan. 26, 2014", "for about $15.5
# billion in cash and shares": a preposition, then a phrase with a figure and no verb.
_CLOSING_TAIL = lazy(r"(?:in|on|during|since|for|at)\s+[^,;]*?\d[^;]*")


def _dated_tail(s: str, commas: list[int], name_end: int, stop: int) -> int | None:
    """The comma before a date or price that ends the clause after an appositive, if there
    is one ("Google bought DeepMind, the London lab, in 2014")."""
    last = [c for c in commas if name_end < c < stop]
    if not last:
        return None
    at = after_comma(s, last[-1])
    # "in a cash and stock deal valued at $4.9 billion", "a deal reported at around $500
    # million": the price's participle is no verb
    tail = _VALUED_AT.sub(" ", s[at:stop])
    return last[-1] if _CLOSING_TAIL.fullmatch(s, at, stop) and \
        not looks_main(tail, 0, len(tail)) else None


_VALUED_AT = lazy(r"\b(?:valued|priced|reported|estimated)\s+at\b", re.IGNORECASE)
