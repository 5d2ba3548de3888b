"""What a claim says that the facts behind its support do not.

Owns: the content words of a claim (its words but names, function words, attribution and
light verbs) that no fact matched with it holds, and when they are too many for the claim to be
settled by a relation alone; and the operators of a claim (a denied verb, an obligation, a rank
or exclusivity, read by ``language.scope``) that its facts do not state. Why: a relation is
matched on its subject and one cue word, and a real report often says much more around them:
"The Amazon investment is the latest in a series of AI bets from the major cloud providers"
names Amazon and "investment", but the store's record of the investment says nothing of a
series of bets; "did not disclose the amount of the investment", "is required to restructure",
"the only provider that resells ..." and "the largest round ever" each say something of the
fact's event that the fact does not. Such a claim is left unverified, with the words the store
does not hold, rather than supported by a fact about something else.
Must not: judge figures or dates (a figure or a year checked settles what it says; only a rank
the store does not state is held against one).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..language.clause_words import ADVERBS, is_verb_like
from ..language.scope import (
    EXCLUSIVE,
    EXTENT,
    SIZE,
    Scope,
    comparisons,
    denied_verbs,
    main_verb,
    main_verb_at,
    obligations,
    ranks,
)
from ..model import Claim, Fact
from .matching import FUNCTION_WORDS, phrase_in, stems

# A claim is settled by a relation alone only when the facts hold most of what it says: at
# least this many content words, and this share of them, unheld leave it unverified. Measured
# on 40 fresh real reports: false supports 35 -> 25 for 3 true ones of 83; on the development
# corpus 3 true supports of 463 lost (with 5 words: 24 false left, but 6 corpus ones lost).
UNSAID_WORDS = 6
UNSAID_SHARE = 0.8
# ... or this share, when the claim's main verb is one the facts do not hold ("the power
# needed for AI far exceeds ...", "acknowledged that export rules have hurt ..."): what it
# asserts is then surely another thing than the fact's. Measured on the 20 studied fresh
# reports: false supports 5 -> 2 for no true one; on the development corpus none lost (at
# 0.65 for every claim, 5 were).
VERB_SHARE = 0.6
# ... or, when the verb the clause asserts (past its auxiliaries and adverbs: "is suing",
# "now surpasses", "will support") is one the facts do not hold, this many words at that
# share: a short clause whose act and most words are the store's nowhere ("its market value
# now surpasses the crypto market", "the investment signals its part in an arms race") says
# another thing than the fact its subject and one cue word met. Measured on 40 unseen real
# reports: false supports 11 -> 5 for 1 true one of 21.
ACT_WORDS = 3
# A quotation the facts hold so few words of is not confirmed by them (the QTE rule checks
# the ones the store records): on the corpus one claim, unlabelled, on the studied fresh
# reports one (a company's words on what its investment enables).
QUOTED_WORDS = 4
QUOTED_SHARE = 0.6
# Verbs that assert nothing of their own: the copula and its kin, and the support verbs of
# an event noun ("suffered the largest loss", "posted revenue", "experienced drops").
_LIGHT = frozenset(stems("is are was were be been being became becomes become remain remains "
                         "remained has have had serves served serve acts acted act continues "
                         "continued continue joins joined join suffered suffers suffer posted "
                         "posts post recorded records record logged logs log notched saw sees "
                         "see reported reports delivered delivers generated generates reached "
                         "reaches hit made makes took takes won wins got gets struck hold holds "
                         "held received receives receive achieved achieves achieve "
                         "experienced experiences experience underwent undergoes faced faces"))
# Verbs of learning and believing: what they assert is the clause they frame ("we've learned:
# Nvidia and xAI are expected to join"), not an act of the subject's.
_KNOWING = frozenset(stems("learned learnt learn learns heard hear hears confirmed confirms "
                           "revealed reveals disclosed discloses believe believes believed "
                           "think thinks thought know knows knew understood understands "
                           "expects expected expect"))
PREFIX = 5  # "creation" and "created": the crude stemmer parts them; a shared start joins them

_WORD = re.compile(r"[A-Za-z0-9]+(?:['’]s)?")
# The matcher's function words, and the words that frame any statement: attribution, light
# verbs, discourse adverbs, units of time and scale.
_FUNCTION = FUNCTION_WORDS | frozenset(stems(
    "will would could should can may might also just new more most other our we they he she "
    "which who what when where while after before about over under up out not no but so such "
    "these those all any some each both there said says say announced announces told "
    "according reported report noted stated company firm year years month week day today now "
    "then last first one two three billion million trillion percent per make makes made take "
    "takes took give gives gave come comes came go goes went get gets got put puts keep keeps "
    "see sees help helps bring brings still even already yet currently however meanwhile "
    "furthermore though although because part way include includes included including "
    "among participate participates participated participating participation"))


def content_words(claim: Claim, names: Callable[[str], tuple[str, ...]],
                  text: str | None = None) -> dict[str, str]:
    """The stems of what the claim says (or ``text``, a stretch of it) beyond the names it
    gives and the words that frame any statement, each with the word it was read from."""
    named = {w for entity in claim.entities for name in names(entity) for w in stems(name)}
    found: dict[str, str] = {}
    for word in _WORD.findall(claim.standalone if text is None else text):
        for stem in stems(word):
            if len(stem) > 2 and not stem.isdigit() and stem not in _FUNCTION and \
                    stem not in named:
                found.setdefault(stem, word)
    return found


# Words of rank used in phrases that rank nothing: "on top of $4 billion" is an addition.
_NOT_RANKING = re.compile(r"\bon\s+top\s+of\b", re.IGNORECASE)
_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")
# What a fact says to tell that a place was lost, not won.
_LOSING = frozenset(stems("lost lose loses ceded dethroned relinquished overtaken toppled "
                          "ousted unseated"))


def _held(facts: Sequence[Fact], names: Callable[[str], tuple[str, ...]],
          ranking: bool = False) -> Callable[[str], bool]:
    """Does one of ``facts`` hold a stem (in its statement, note, quote, cues, measure or the
    names of its parties)? A shared start of ``PREFIX`` letters counts. ``ranking``: the
    words of a phrase that ranks nothing ("on top of") are not held as a rank."""
    told = " ".join(f"{f.statement} {f.note or ''} {f.quote or ''} {' '.join(f.cues)} "
                    f"{f.measure} " + " ".join(n for e in (f.subject, f.object, *f.mentions)
                                               if e for n in names(e)) for f in facts)
    if ranking:
        told = _NOT_RANKING.sub(" ", told)
    # "non-exclusive" in a fact holds "nonexclusive" in a claim
    held = set(stems(told)) | set(stems(_HYPHEN.sub("", told)))
    starts = {w[:PREFIX] for w in held}
    return lambda stem: stem in held or stem[:PREFIX] in starts


def unsaid(claim: Claim, facts: Sequence[Fact],
           names: Callable[[str], tuple[str, ...]]) -> tuple[list[str], int]:
    """The claim's content words that none of ``facts`` holds, and how many content words
    it has."""
    holds = _held(facts, names)
    words = content_words(claim, names)
    return [word for stem, word in words.items() if not holds(stem)], len(words)


def says_more(claim: Claim, facts: Sequence[Fact],
              names: Callable[[str], tuple[str, ...]]) -> list[str]:
    """The words a relation's facts do not hold, when they are too many for the claim to rest
    on the relation alone (fewer suffice when its main verb is among them); an empty list
    when it may."""
    missing, total = unsaid(claim, facts, names)
    verb = stems(main_verb(claim.standalone))
    holds = _held(facts, names)
    share = UNSAID_SHARE
    if verb and not any(s in _FUNCTION or s in _LIGHT for s in verb) and \
            not all(holds(s) for s in verb):
        share = VERB_SHARE
    if len(missing) >= UNSAID_WORDS and len(missing) >= share * total:
        return missing
    if len(missing) >= ACT_WORDS and len(missing) >= VERB_SHARE * total and \
            _act_unheld(claim.standalone, holds, content_words(claim, names)):
        return missing
    return _unsaid_quotation(claim, holds)


# What stands between a clause's first verb and the verb it asserts: auxiliaries, and the
# adverbs and infinitive marker of a light verb ("has since left", "continues to hold").
_AUXILIARY = frozenset("""is are was were be been being has have had will would could can
may might must shall should does did do to""".split()) | ADVERBS | frozenset(
    "since first previously originally ever never just finally".split())

# A second predicate of the same subject: "and has formed", "and later joined".
_JOINED = re.compile(r",?\s+and\s+(?=(?:has|have|had|is|are|was|were|will|then|later|also|"
                     r"since)\s)")
_NOUN_BEFORE = frozenset("of the a an its their his her our your this these those".split())
_BARE_BEFORE = frozenset("will would could can may might must shall should does did do to".split())


def asserted_verb(text: str) -> str:
    """The verb a clause asserts past its auxiliaries and adverbs ("is suing" -> "suing",
    "has been designated" -> "designated", "now surpasses" -> "surpasses"); the first verb
    when nothing verb-like follows it ("is a backer" -> "is"); empty when none is read."""
    at = main_verb_at(text)
    before = _WORD.findall(text[max(0, at - 20):at])
    if at < 0 or before and before[-1].lower() in _NOUN_BEFORE:
        return ""  # "years of breathless gains": a noun, whatever its ending
    return _lexical(_WORD.findall(text[at:at + 120]))


def asserted_verbs(text: str) -> list[str]:
    """The verbs a clause asserts: its own, and those of predicates joined to it ("has since
    left and has formed his own company")."""
    joined = _JOINED.split(text)[1:]
    return [v for v in (asserted_verb(text), *(_lexical(_WORD.findall(part[:120]))
                                                for part in joined)) if v]


def _act_unheld(text: str, holds: Callable[[str], bool], content: dict[str, str]) -> bool:
    """Does the clause assert an act the facts hold nowhere: no verb of it, and no content
    word of the object right after each verb ("has cultivated a vast ecosystem" meets a
    fact on the ecosystem), is held, and none is a verb that asserts nothing of its own?"""
    verbs = asserted_verbs(text)
    for verb in verbs:
        if any(s in _FUNCTION or s in _LIGHT or s in _KNOWING or holds(s) for s in stems(verb)):
            return False
        after = re.search(rf"\b{re.escape(verb)}\b([^,;:]*)", text)
        near = _WORD.findall(after.group(1))[:4] if after else []
        if any(s in content and holds(s) for w in near for s in stems(w)):
            return False
    return bool(verbs)


def _lexical(words: list[str]) -> str:
    """The first of ``words`` past auxiliaries, adverbs and a light verb's "to"."""
    i = 0
    while i + 1 < len(words) and (words[i].lower() in _AUXILIARY or stems(words[i])[:1]
                                  and stems(words[i])[0] in _LIGHT and words[i + 1] == "to"):
        i += 1
    # after a modal or "to" comes a bare verb ("will support"); else it must read as one
    if i and words[i - 1].lower() not in _BARE_BEFORE and not (
            is_verb_like(words[i:i + 3]) or words[i].lower().endswith(("ing", "ed"))):
        return words[0]
    return words[i] if words else ""


# A circumstance closing a clause, given as a noun phrase: "despite a 10-for-1 stock split
# earlier this month", "after its founding in 1993", "amid a $6 billion round".
_CIRCUMSTANCE = re.compile(r"\s+(?:despite|amid|amidst|after|following|ahead\s+of|"
                           r"in\s+spite\s+of|on\s+the\s+back\s+of)\s+(?:a|an|the|its|their|"
                           r"his|her)\s+[^,;]*(?:,\s+(?:that|which)\s[^;]*)?$", re.IGNORECASE)
CIRCUMSTANCE_WORDS = 2  # unheld content words of the point that leave it unchecked


def said_beside(claim: Claim, facts: Sequence[Fact],
                names: Callable[[str], tuple[str, ...]]) -> list[str]:
    """The words of a claim's point the facts do not hold, when every figure and date it
    gives stands in a circumstance closing the clause ("Nvidia's value has soared despite a
    10-for-1 stock split earlier this month"): the figure checked there is the
    circumstance's, and says nothing of the point. An empty list when the point gives a
    figure or date of its own, or the facts hold what it says."""
    text = claim.standalone
    found = _CIRCUMSTANCE.search(text)
    if found is None or any(q.span is None or q.span.start < found.start()
                            for q in claim.quantities):
        return []  # the point has a figure or a date of its own: it is what was checked
    holds = _held(facts, names)
    words = {s: w for s, w in content_words(claim, names, text[:found.start()]).items()
             if s not in _LIGHT}
    missing = [w for s, w in words.items() if not holds(s)]
    return missing if len(missing) >= CIRCUMSTANCE_WORDS and \
        len(missing) >= UNSAID_SHARE * len(words) else []


def _unsaid_quotation(claim: Claim, holds: Callable[[str], bool]) -> list[str]:
    """The words of a quotation the claim gives, when the facts hold few of them: what was
    said is then what the claim tells, and a relation met in the words around it (or in
    the quotation's one word of it) does not confirm it."""
    for quote in claim.quotes:
        words = {s: w for w in _WORD.findall(quote) for s in stems(w)
                 if len(s) > 2 and not s.isdigit() and s not in _FUNCTION}
        missing = [w for s, w in words.items() if not holds(s)]
        if len(missing) >= QUOTED_WORDS and len(missing) >= QUOTED_SHARE * len(words):
            return missing
    return []


# A condition a claim sets ("if", "unless"; not "even if", "as if", "if any"), and the words
# a fact states one in.
_CONDITION = re.compile(r"(?<!\beven )(?<!\bas )(?<!\bwhat )\bif\b(?!\s+any\b)|\bunless\b|"
                        r"\bprovided that\b|\bon condition that\b", re.IGNORECASE)
_CONDITIONAL = frozenset(stems("if unless condition conditions conditional contingent"))
# An obligation is stated by a fact that words it as one.
_OBLIGING = frozenset(stems("required requires require requirement must obliged obligated "
                            "obligation condition conditions conditional"))


def unstated_operators(claim: Claim, facts: Sequence[Fact],
                       names: Callable[[str], tuple[str, ...]], relation: bool,
                       known: Sequence[Fact] = ()) -> list[str]:
    """What the claim denies, obliges or ranks that ``facts`` do not state, each as the
    claim's words, when the operator's clause holds a cue of the facts (what they confirm is
    what the operator bears on). A denial of a verb no fact holds ("did not disclose" the
    investment) takes the fact's event for granted and says something else of it; an
    obligation ("is required to restructure") is a condition, not the event; both count only
    for a claim settled by ``relation`` alone (a figure checked settles what it says). A rank
    or exclusivity ("only", "largest") no fact states is a comparison with every other one,
    which neither an event nor a figure makes; nor does a fact that ranks in another thing
    ("the only provider that resells ...": the verb that says in what must be held too). A
    rank may be stated by any of the ``known`` facts between the same two parties ("the
    largest investor" by the record of the biggest backer, beside that of an investment)."""
    holds = _held(facts, names)
    pairs = {(f.subject, f.object) for f in facts}
    text = claim.standalone

    def said(word: str) -> bool:
        return all(holds(s) for s in stems(word))

    def bears_on(scope: Scope, among: Sequence[Fact] = facts) -> bool:
        clause = stems(text[scope.clause:scope.end])
        return any(phrase_in(c, clause) for f in among for c in (*f.cues, f.measure) if c)

    missing = []
    if relation:
        missing += [f"{s.marker} {s.head}" for s in denied_verbs(text)
                    if not said(s.head) and bears_on(s)]
        missing += [f"{s.marker} {s.head}" for s in obligations(text) if bears_on(s) and (
            not said(s.head) or not any(holds(w) for w in _OBLIGING))]
    verb_at = main_verb_at(text)
    for scope in ranks(text):
        if scope.clause == 0 and scope.start < verb_at:
            continue  # in the subject's description ("The world's richest man helped ..."):
            # it picks who is meant, which the reading of names and descriptions settles
        group = EXCLUSIVE if scope.marker in EXCLUSIVE else \
            SIZE if scope.marker in SIZE else frozenset({scope.marker})
        if scope.lost:
            # A place lost is what the clause says, whatever fact its words met: the
            # record of winning the place, or of the day it was lost, does not tell it.
            if not any(phrase_in(scope.marker, told) and any(s in told for s in _LOSING)
                       for told in (stems(f"{f.statement} {f.note or ''}") for f in facts)):
                missing.append(f"{scope.lost} ... {scope.marker}")
            continue
        if not bears_on(scope):
            continue
        # Another record of the same two parties may state the rank; a one-party record
        # of the subject ranks it in something else ("most valuable" is no largest loss).
        ranked = _held([*facts, *(k for k in known if k.object and
                                  (k.subject, k.object) in pairs and bears_on(scope, [k]))],
                       names, ranking=True)
        if not any(all(ranked(s) for s in stems(w)) for w in group) or \
                scope.head and not said(scope.head) or \
                scope.place and not said(scope.place) or \
                scope.extent and not any(all(ranked(s) for s in stems(w)) for w in EXTENT):
            missing.append(" ".join(w for w in (scope.place, scope.marker, scope.head,
                                                 scope.extent) if w))
    condition = _CONDITION.search(text)
    # word by word, not by ``holds``: a shared start would take "continued" for "contingent"
    if condition and not any(s in _CONDITIONAL for f in facts
                             for s in stems(f"{f.statement} {f.note or ''}")):
        # "could be reduced to $10 billion if OpenAI fails to restructure": what would
        # follow on a condition is no record of what is, whatever figure it gives
        missing.append(condition.group(0).lower())
    missing += unstated_comparisons(text, holds, [q.span.start for q in claim.quantities
                                                  if q.span is not None])
    if relation:
        missing += unstated_roles(text, said, verb_at)
    return missing


# The titles a claim may give a person, each with the words a record may state it in.
_ROLES = re.compile(r"\b(?:co-?founder|founder|chief executive(?: officer)?|CEO|chief "
                    r"financial officer|CFO|chief technology officer|CTO|president|"
                    r"chair(?:man|woman|person)?)\b", re.IGNORECASE)
_SAME_ROLE = {"ceo": ("chief executive",), "chief executive": ("ceo",),
              "chief executive officer": ("ceo", "chief executive"),
              "cfo": ("chief financial officer",), "chief financial officer": ("cfo",),
              "cto": ("chief technology officer",), "chief technology officer": ("cto",),
              "founder": ("founded", "co-founded"), "co-founder": ("founded", "co-founded"),
              "cofounder": ("founded", "co-founded"), "chair": ("chairman", "chairwoman"),
              "chairman": ("chair",), "chairwoman": ("chair",), "chairperson": ("chair",)}


# What makes a title the claim's predicate: a copula or an apposition right before it
# ("remains the company's president", "Jane Doe, founder of Acme"), or another title so
# predicated and "and" ("founder and CEO").
_ROLE_AFTER = re.compile(r"(?:\b(?:is|was|are|were|be|been|becomes?|became|remains?|"
                         r"remained|named|as)|,)\s+(?:(?:a|an|the|its|his|her|their|"
                         r"[\w-]+['’]s)\s+){0,2}$", re.IGNORECASE)
_ROLE_AND = re.compile(r"\s+and\s+(?:(?:a|an|the|its|his|her|their)\s+)?$", re.IGNORECASE)


def unstated_roles(text: str, said: Callable[[str], bool], verb_at: int) -> list[str]:
    """The titles the claim predicates of its subject that no fact states ("Jensen Huang is
    founder and CEO of NVIDIA" against the record of NVIDIA's founding): each is an
    assertion of its own. A title before the verb only picks who is meant ("Oracle chairman
    Larry Ellison said"), and one given to another describes its holder ("is suing OpenAI
    and its chief executive")."""
    missing, previous = [], None
    for m in _ROLES.finditer(text):
        predicated = m.start() >= verb_at and (
            _ROLE_AFTER.search(text, 0, m.start()) is not None or previous is not None and
            _ROLE_AND.fullmatch(text, previous, m.start()) is not None)
        previous = m.end() if predicated else None
        if predicated and not any(said(role) for role in (
                m.group(0), *_SAME_ROLE.get(m.group(0).lower(), ()))):
            missing.append(m.group(0))
    return missing


# What a fact says to state a comparison of its own.
_COMPARING = frozenset(stems("than same similar similarly like comparable akin equivalent "
                             "identical ahead behind"))
_FIGURE = re.compile(r"\d")


def unstated_comparisons(text: str, holds: Callable[[str], bool],
                         figures_at: Sequence[int] = ()) -> list[str]:
    """The comparisons ``text`` makes with a standard that no fact states, each as the
    claim's words. A fact met in the standard, or in the thing compared, confirms neither
    the comparison nor its standard ("cheaper than the $20 plan" is no price of the $20
    plan). A "than" or "as ... as" that follows a figure (read at ``figures_at`` or written
    in digits) compares figures, which are checked themselves ("192 GB, far more than the 80
    GB of the H100", "two and a half times faster than Hopper", "2.6 times as many as")."""
    missing = []
    for scope in comparisons(text):
        if scope.marker in ("than", "as") and (_FIGURE.search(text, 0, scope.start) or
                                       any(at < scope.start for at in figures_at)):
            continue
        if any(holds(s) for s in _COMPARING):
            continue
        standard = " ".join(text[scope.start:scope.end].split()[:4])
        missing.append(f"{scope.head} than {standard}" if scope.marker == "than" else
                       f"{scope.head or scope.marker} ... {standard}")
    return missing
