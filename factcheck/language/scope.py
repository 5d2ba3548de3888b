"""What a denial, an obligation or a rank governs in a clause.

Owns: the reading of three operators that change what a clause asserts about the event it
names, each with the word it governs and the stretch of the clause it covers: a negated verb
("did not disclose the amount of the investment": the denial is of disclosing, the investment
is taken for granted), an obligation ("is required to restructure": a condition, not an
event), and a rank or exclusivity ("the only cloud provider that resells ...", "the largest
round ever": a comparison with every other one). A negation that governs a noun phrase ("the
gift was hardware, not an equity stake", "not from Musk") or a word ("non-exclusive") denies
no verb and is not read here. Must not: read the store or decide a verdict (the rules weigh
these readings against what the facts hold).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .clause_words import is_verb_like
from .lexicon import lazy
from .markers import NOT_JUST, NOT_UNTIL
from .subjects import predicate_start


@dataclass(frozen=True, slots=True)
class Scope:
    """An operator of a clause: its words (``marker``), the word it governs (``head``: a
    verb, or for a rank the verb of its restrictive clause, empty when there is none), the
    character range it covers (from the word it governs to the clause's end), and where its
    clause begins (``clause``)."""

    marker: str
    head: str
    start: int
    end: int
    clause: int = 0  # where the clause that holds the operator begins
    extent: str = ""  # for a rank, the word that widens what it compares with ("ever")
    place: str = ""  # for a rank, the place it gives below the first ("third" in "third-largest")
    lost: str = ""  # for a rank, the words that tell it was lost ("knocked ... from its spot as")
    noun: str = ""  # for a rank, what is ranked ("fabless chip company" in "the largest ...")


# Auxiliaries after which a bare verb follows the negation ("did not disclose", "won't
# say"), and those after which a participle must ("has not disclosed", "was not told").
_DO_MODAL = r"do|does|did|will|would|can|could|may|might|shall|should|must|wo|ca"
_BE_HAVE = r"is|are|was|were|be|been|has|have|had"
# Adverbs that may stand between a negation and its verb.
_ADVERBS = r"(?:(?:yet|fully|publicly|immediately|officially|formally|previously|actually|" \
           r"ever|also|even|exactly|specifically|initially|directly|independently)\s+)*"
_NEGATED = re.compile(
    rf"\b(?:(?P<do>{_DO_MODAL})(?:\s+not\b|n't\b){NOT_JUST}{NOT_UNTIL}|cannot\b|"
    rf"(?P<be>{_BE_HAVE})(?:\s+not\b|n't\b|\s+never\b){NOT_JUST}{NOT_UNTIL}|"
    rf"(?P<never>never)\b|(?P<refused>declined|refused|failed|declines|refuses|fails)\s+to\b)"
    rf"\s+{_ADVERBS}(?:(?:be|been|have|have been)\s+)?(?P<verb>[a-z][a-z-]+)\b",
    re.IGNORECASE)
# Irregular participles and past forms that a negated "has"/"was"/"never" may govern.
_IRREGULAR = frozenset("made paid said told held sold bought built led left taken given known "
                       "shown seen done gone won begun run set put cut kept met spent lent sent "
                       "brought thought found struck become come raised grown drawn written "
                       "chosen spoken broken taught sought understood withdrawn".split())
# Words after a negated "is"/"was" that make it a copula or a quantity, not a verb.
_NOT_VERBS = frozenset("a an the its their his her our this that these those any all some "
                       "only just one two three enough much many more less yet still".split())
# Where a clause ends: its operator covers no further.
_CLAUSE_END = lazy(r"[,;:.!?]|\s(?:but|while|whereas|although|though|and then)\s")


def _verbal(word: str, after_be_or_have: bool) -> bool:
    """Is the word the negation governs a verb? After "did not" any word is; after "is not"
    or "has not" only a participle ("was not disclosed", "has not said") or a present
    participle ("is not planning") is: "was not an equity stake" denies a noun phrase."""
    low = word.lower()
    if low in _NOT_VERBS:
        return False
    if not after_be_or_have:
        return True
    return low.endswith(("ed", "en", "ing")) or low in _IRREGULAR


_CLAUSE_START = lazy(r"[,;:]\s*(?:so\s+|but\s+|and\s+)?|\s(?:but|while|whereas|"
                     r"although|though|so|because)\s")


def _clause_end(text: str, at: int) -> int:
    m = _CLAUSE_END.search(text, at)
    return m.start() if m else len(text)


def _clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` begins: after the last boundary before it."""
    starts = [m.end() for m in _CLAUSE_START.finditer(text, 0, at)]
    return starts[-1] if starts else 0


def denied_verbs(text: str) -> tuple[Scope, ...]:
    """The verbs a negation governs ("did not disclose", "has never said", "declined to
    comment"), each with the rest of its clause: what the claim denies."""
    found = []
    for m in _NEGATED.finditer(text):
        verb = m.group("verb")
        if not _verbal(verb, bool(m.group("be") or m.group("never"))):
            continue
        found.append(Scope(text[m.start():m.start("verb")].strip(), verb, m.start("verb"),
                           _clause_end(text, m.end()), _clause_start(text, m.start())))
    return tuple(found)


_OBLIGED = re.compile(
    r"\b(?:(?:is|are|was|were|will be|would be|being)\s+(?:legally\s+|contractually\s+|also\s+)?"
    r"(?:required|obliged|obligated|compelled|bound|mandated)\s+to|has to|have to|"
    r"must(?!\s+have\b))\s+(?:first\s+|also\s+)?(?P<verb>[a-z][a-z-]+)\b", re.IGNORECASE)


def obligations(text: str) -> tuple[Scope, ...]:
    """The verbs an obligation governs ("is required to restructure", "has to repay"):
    a condition someone is under, not an event that happened."""
    return tuple(Scope(text[m.start():m.start("verb")].strip(), m.group("verb"),
                       m.start("verb"), _clause_end(text, m.end()), _clause_start(text, m.start()))
                 for m in _OBLIGED.finditer(text))


# Exclusivity ("the only", "its sole", "exclusive") and rank ("the largest", "the most
# valuable"). "only" and "sole" rank only after a definite determiner or a possessive: "only
# $1 billion", "not only" and "only after" do not; "a single day" is a count, "a record $11.6
# trillion" a series' own high that reports give with its figure; "among the largest", "one of
# the largest" and "the exclusive club of" place in a group without ranking first.
EXCLUSIVE = frozenset("only sole exclusive exclusively solely".split())
SIZE = frozenset("largest biggest greatest highest record top".split())
_RANK = re.compile(
    r"(?:\b(?:the|its|their|his|her)\s+|['’]s\s+)(?P<only>only|sole)\b|"
    r"\b(?P<exclusive>exclusive(?!\s+(?:club|group|circle|ranks|list|set|league)\b)|"
    r"exclusively|solely)\b|"
    r"(?:\b(?:the|its|their|his|her)\s+|['’]s\s+)(?:(?P<place>second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|no\.\s*\d+|\d+(?:st|nd|rd|th))[\s-]+|[a-z]+\s+)?"
    r"(?P<size>largest|biggest|greatest|highest|fastest|smallest|lowest|earliest|strongest|"
    r"richest|most\s+(?!of\b|recent\b|likely\b)[a-z]+)\b", re.IGNORECASE)
# What a rank ranks: the words after it up to a function word, a verb's auxiliary or a mark
# ("the largest fabless chip company by revenue", "the biggest backer", "the largest ever").
_RANKED = lazy(r"(?:[ \t-]+(?!(?:of|in|on|at|by|for|to|from|with|since|ever|yet|than|as|and|"
               r"or|but|that|which|who|after|before|among|so|far|now|today|is|are|was|were|"
               r"has|have|had|will|would|can|could|may|might|does|did|do|be|been)\b)"
               r"[a-z][\w’'-]*){1,3}", re.IGNORECASE)
_IN_A_GROUP = lazy(r"\b(?:among|one of)(?:\s+[\w’'-]+){0,2}?\s*$", re.IGNORECASE)
# What widens a rank beyond the parties a fact records: "the largest round ever", "in its
# history", "of any company", "the world's largest".
EXTENT = frozenset("ever history record any world all-time".split())
_EXTENT = lazy(r"\b(?P<ever>ever)\b|\bin\s+(?:[\w’']+\s+){0,2}(?P<history>history)\b|"
               r"\bon\s+(?P<record>record)\b|\b(?:of|for)\s+(?P<any>any)\b|"
               r"\b(?P<world>world)['’]s\b|\b(?P<alltime>all-time)\b", re.IGNORECASE)
# The restrictive clause a rank governs: "the only cloud provider that resells ...".
_RESTRICTIVE = lazy(r"[^,;:.]{0,40}?\b(?:that|which|who|to(?!\s+date\b))\s+"
                    r"(?P<verb>(?-i:[a-z][a-z-]+))\b", re.IGNORECASE)


# A place held and lost: "lost its crown as", "knocked ... from its spot as", "dethroned as",
# "no longer the": what the clause says is the loss of the rank that follows, not the rank.
_HOLDING = r"(?:position|spot|place|title|crown|status|perch|rank|ranking|throne|mantle|seat)"
_LOST = lazy(
    rf"\b(?:(?:lost|loses|lose|losing|ceded|cedes|ceding|relinquish\w*|surrender\w*|"
    rf"forfeit\w*|gave\s+up|gives\s+up|giving\s+up)\s+(?:its|their|his|her|the)\s+"
    rf"(?:[\w’'-]+\s+){{0,2}}?{_HOLDING}|"
    rf"(?:knock\w*|push\w*|oust\w*|toppl\w*|dislodg\w*|bump\w*|unseat\w*|drop\w*|fell|falls|"
    rf"fall|falling|slipp\w*|slid|slides|tumbl\w*)\s+(?:[\w’'-]+\s+){{0,3}}?(?:from|out\s+of|"
    rf"off)\s+(?:its|their|his|her|the)\s+(?:[\w’'-]+\s+){{0,2}}?(?:{_HOLDING}|top)|"
    rf"dethron\w*|no\s+longer)\b[^,;:.]{{0,30}}$", re.IGNORECASE)


def _first_words(said: str) -> str:
    """The verb that tells a loss ("pushed", "dethroned"), or "no longer" whole."""
    words = said.lower().split()
    return " ".join(words[:2]) if words[0] == "no" else words[0]


def ranks(text: str) -> tuple[Scope, ...]:
    """The ranks and exclusivities a clause claims ("the only provider that resells ...",
    "the largest round ever"), with the verb of the restrictive clause that says in what
    (empty when there is none), the word that widens the comparison ("ever"), the place
    below the first it gives ("the third-largest") and the words that tell it was lost."""
    found = []
    for m in _RANK.finditer(text):
        if _IN_A_GROUP.search(text, max(0, m.start() - 30), m.start()) and \
                m.group("size") is None:
            continue  # "one of the only ...": but "one of the biggest" still ranks
        word = next(g for k, g in m.groupdict().items() if g and k != "place")
        tail = _RESTRICTIVE.match(text, m.end())
        end = _clause_end(text, m.end())
        wide = _EXTENT.search(text, max(0, m.start() - 10), end)
        clause = _clause_start(text, m.start())
        lost = _LOST.search(text, max(clause, m.start() - 80), m.start())
        ranked = _RANKED.match(text, m.end())
        found.append(Scope(word.lower(), tail.group("verb") if tail else "", m.start(), end,
                           clause,
                           next(g for g in wide.groups() if g).lower() if wide else "",
                           (m.group("place") or "").lower(),
                           _first_words(lost.group(0)) if lost else "",
                           ranked.group(0).strip(" \t-") if ranked else ""))
    return tuple(found)


# "X comes at a time when ...", "It comes as ...": the news placed in its setting; what is
# asserted is the clause that follows.
_SETTING = re.compile(r"\b(?:comes?|came|arrives?|arrived)\s+(?:at\s+a\s+time\s+when|as|amid|"
                      r"just\s+as|while)\s+", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def main_verb_at(text: str) -> int:
    """Where the verb a clause asserts stands: its first finite verb after the lead-in and
    the subject, or that of the clause after a setting ("comes at a time when demand far
    exceeds ..."); -1 when none is read."""
    setting = _SETTING.search(text)
    start = setting.end() if setting else 0
    at = start + predicate_start(text[start:])
    words = [m.group(0) for m in _WORD.finditer(text, at)][:3]
    if words and (is_verb_like(words) or words[0].lower().endswith("ed")):
        return at
    return -1


def main_verb(text: str) -> str:
    """The verb a clause asserts (``main_verb_at``); empty when none is read."""
    at = main_verb_at(text)
    found = _WORD.match(text, at) if at >= 0 else None
    return found.group(0) if found else ""


# A comparison: what the clause says is how its subject stands to a standard ("even bigger
# than the latest investment", "much like Microsoft's bet on OpenAI", "the same effect on the
# firm as the iShares deal"). The standard is another thing, taken as known; a fact about it
# confirms nothing of the comparison. "more than $5 billion", "more than half", "rather than",
# "than expected" and "than a year earlier" bound a figure or name a time: no standard.
_COMPARED = re.compile(
    r"\b(?P<than>(?-i:[a-z]+er|more|less|fewer))\s+than\s+|"
    r"\b(?P<like>(?:much|just|very)\s+like|not\s+unlike|(?:similar|similarly|comparable|akin|"
    r"identical|equivalent)\s+to)\s+|"
    r"\b(?P<same>the\s+same)\b(?:\s+[\w’'-]+){0,6}?\s+as\s+|"
    r"\b(?P<as>as\s+(?:much|many|big|large|important|significant|great|transformative))\b"
    r"(?:\s+[\w’'-]+){0,4}?\s+as\s+|"
    # a reach past a standard ("extends beyond Musk's bid") and a place in a sequence ("the
    # move follows the launch of ..."): the standard, again, is taken as known
    r"\b(?:extends?|extended|goes|go|went|reaches|reached|stretches|runs|lies)\s+(?:far\s+|"
    r"well\s+|way\s+|much\s+)?(?P<beyond>beyond)\s+|"
    r"\b(?P<follows>follows|precedes|comes\s+(?:(?:just|only|days|weeks|months|shortly)\s+)?"
    r"(?:after|before|on\s+the\s+heels\s+of))\s+", re.IGNORECASE)
_NO_STANDARD = lazy(
    r"[$€£]?\d|(?:a|an|one)\s+(?:year|quarter|month|week|day|half|third)|half|double|twice|"
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundreds?|thousands?|millions?|billions?|dozens?|several|a\s+(?:hundred|thousand|"
    r"million|billion|trillion|dozen))\b|"
    r"triple|expected|anticipated|forecast|estimated|predicted|planned|before|ever|usual|"
    r"previously|initially|originally|last|(?:in\s+)?the\s+(?:prior|previous|same)\s+(?:year|quarter|"
    r"period|month)|a\s+year\s+(?:earlier|ago)", re.IGNORECASE)
_NOT_COMPARING = frozenset("rather other later earlier sooner".split())
# The news of the day as the subject placed in a sequence: "This comes after ...", "It
# follows ..."; and what dates or sizes the deal it follows, which is then what is told.
_THE_NEWS = lazy(r"\s*(?:This|That|It)\s+(?:also\s+)?", re.IGNORECASE)
_FIGURE_OR_YEAR = lazy(r"[$€£]\s?\d|\d\s?%|\b(?:19|20)\d\d\b")


def news_placed(text: str) -> bool:
    """Does ``text`` place the news of the day after a deal it dates or sizes ("This comes
    after a $4 billion deal in 2023", "It follows Acme's $2 billion investment")? What is
    told is that deal, not a sequence a record would need to state."""
    lead = _THE_NEWS.match(text)
    m = _COMPARED.match(text, lead.end()) if lead else None
    return m is not None and m.group("follows") is not None and \
        _FIGURE_OR_YEAR.search(text, m.end(), _clause_end(text, m.end())) is not None


def comparisons(text: str) -> tuple[Scope, ...]:
    """The comparisons a clause makes with a standard, each with its words (``marker``: "than",
    "like", "the same", "as much"), the comparative word (``head``: "bigger", "similar",
    empty for "the same" and "as ... as") and the standard's stretch (``start``-``end``)."""
    found = []
    for m in _COMPARED.finditer(text):
        kind = next(k for k, g in m.groupdict().items() if g)
        word = m.group(kind).lower()
        if word in _NOT_COMPARING or _NO_STANDARD.match(text, m.end()):
            continue  # "as much as $4 billion" bounds a figure
        if kind == "follows" and news_placed(text):
            continue  # "This comes after a $4 billion deal in 2023": the deal is what is told
        found.append(Scope(kind if kind not in ("same", "follows") else "the same" if
                           kind == "same" else word.split()[0], word if kind in (
            "than", "like") else "", m.end(), _clause_end(text, m.end()),
            _clause_start(text, m.start())))
    return tuple(found)
