"""What a claim says that the facts behind its support do not hold.

Owns: the content words of a claim (its words but names, function words, attribution and
light verbs) that no fact matched with it holds, and when they are too many for the claim to be
settled by a relation alone: its act or a copula's noun phrase held nowhere, a sentence cut
off after a word the facts do not hold (a point beside an aside: ``asides``). Why: a
relation is matched on its subject and one cue word, and a real report often says much more
around them: "The Amazon investment is the latest in a series of
AI bets from the major cloud providers" names Amazon and "investment", but the store's record
of the investment says nothing of a series of bets. Such a claim is left unverified, with the
words the store does not hold, rather than supported by a fact about something else (what
its operators assert, ``operators`` reads).
Must not: judge figures or dates (a figure or a year checked settles what it says).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..language.clause_words import ADVERBS, is_verb_like
from ..language.lexicon import lazy, runtime_pattern
from ..language.scope import main_verb, main_verb_at
from ..model import Claim, Fact
from .derived import Derived
from .stems import FUNCTION_WORDS, stems

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
LIGHT = frozenset(stems("is are was were be been being became becomes become remain remains "
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
    "among participate participates participated participating participation within "
    # the words that hedge a plan: what is planned is the content ("aims to build")
    "aim aims aimed plan plans planned intend intends intended seek seeks expect expects "
    "expected"))


# The word that gives a thing's name after a noun of what it is ("an initiative called Meta
# Superintelligence Labs", "a new unit, dubbed Zeta"): the name is what it says, which the
# names of the facts hold; not a verb of naming that is the act ("named Jane Doe its chief").
_NAMING = lazy(r"\b(?P<lead>(?:a|an)\s+(?:new\s+)?(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*,?\s+)"
               r"(?:called|named|dubbed|known\s+as|branded)(?=\s+[\"“‘']?[A-Z])")


def _without_naming(text: str) -> str:
    if not any(w in text for w in ("called", "named", "dubbed", "known as", "branded")):
        return text  # (most claims: no pattern run)
    return _NAMING.sub(lambda m: m.group("lead"), text)


def content_words(claim: Claim, names: Callable[[str], tuple[str, ...]],
                  text: str | None = None) -> dict[str, str]:
    """The stems of what the claim says (or ``text``, a stretch of it) beyond the names it
    gives, the words that frame any statement and the word that introduces a name, each with
    the word it was read from."""
    named = {w for entity in claim.entities for name in names(entity) for w in stems(name)}
    found: dict[str, str] = {}
    for word in _WORD.findall(_without_naming(claim.standalone if text is None else text)):
        for stem in stems(word):
            if len(stem) > 2 and not stem.isdigit() and stem not in _FUNCTION and \
                    stem not in named:
                found.setdefault(stem, word)
    return found


# Words of rank used in phrases that rank nothing: "on top of $4 billion" is an addition.
_NOT_RANKING = lazy(r"\bon\s+top\s+of\b", re.IGNORECASE)
_HYPHEN = re.compile(r"(?<=[A-Za-z])-(?=[A-Za-z])")
def held_in(facts: Sequence[Fact], names: Callable[[str], tuple[str, ...]],
          ranking: bool = False) -> Callable[[str], bool]:
    """Does one of ``facts`` hold a stem (in its statement, note, quote, cues, measure or the
    names of its parties)? A shared start of ``PREFIX`` letters counts. ``ranking``: the
    words of a phrase that ranks nothing ("on top of") are not held as a rank."""
    told = " ".join(f"{f.statement} {f.note or ''} {f.quote or ''} {' '.join(f.cues)} "
                    f"{f.measure} " + " ".join(n for e in (f.subject, f.object, *f.mentions)
                                               if e for n in names(e)) for f in facts)
    if ranking:
        told = _NOT_RANKING.sub(" ", told)
    held, starts = held_stems.cached(told)
    return lambda stem: stem in held or stem[:PREFIX] in starts


HeldStems = tuple[frozenset[str], frozenset[str]]


def read_held_stems(told: str) -> HeldStems:
    """The stems of ``told`` and their starts."""
    # "non-exclusive" in a fact holds "nonexclusive" in a claim
    held = frozenset(stems(told)) | frozenset(stems(_HYPHEN.sub("", told)))
    return held, frozenset(w[:PREFIX] for w in held)


# Read once per text of facts, since the rules ask again of the same facts (``says_more``
# after ``unsaid``, the operators after them); kept between runs by the command line.
held_stems: Derived[str, HeldStems] = Derived(read_held_stems, 1024)


def unsaid(claim: Claim, facts: Sequence[Fact],
           names: Callable[[str], tuple[str, ...]]) -> tuple[list[str], int]:
    """The claim's content words that none of ``facts`` holds, and how many content words
    it has."""
    holds = held_in(facts, names)
    words = content_words(claim, names)
    return [word for stem, word in words.items() if not holds(stem)], len(words)


def says_more(claim: Claim, facts: Sequence[Fact],
              names: Callable[[str], tuple[str, ...]]) -> list[str]:
    """The words a relation's facts do not hold, when they are too many for the claim to rest
    on the relation alone (fewer suffice when its main verb is among them); an empty list
    when it may."""
    missing, total = unsaid(claim, facts, names)
    verb = stems(main_verb(claim.standalone))
    holds = held_in(facts, names)
    share = UNSAID_SHARE
    if verb and not any(s in _FUNCTION or s in LIGHT for s in verb) and \
            not all(holds(s) for s in verb):
        share = VERB_SHARE
    if len(missing) >= UNSAID_WORDS and len(missing) >= share * total:
        return missing
    if len(missing) >= ACT_WORDS and len(missing) >= VERB_SHARE * total and \
            _act_unheld(claim.standalone, holds, content_words(claim, names),
                        [held_in([f], names) for f in facts]):
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


def _act_unheld(text: str, holds: Callable[[str], bool], content: dict[str, str],
                each: Sequence[Callable[[str], bool]]) -> bool:
    """Does the clause assert an act the facts hold nowhere: no verb of it, and no content
    word of the object right after each verb ("has cultivated a vast ecosystem" meets a
    fact on the ecosystem), is held, and none is a verb that asserts nothing of its own? A
    copula asserts what the noun phrase after it says ("continues to be a vital part of its
    success"), which must then be held; a word the subject already gave ("its market value
    now surpasses the crypto market") holds no object of its own; and a verb one fact holds
    and an object another holds (``each``: what each fact holds) are no act of either."""
    verbs = asserted_verbs(text)
    for verb in verbs:
        after = runtime_pattern(rf"\b{re.escape(verb)}\b([^,;:]*)").search(text)
        verb_stems = stems(verb)
        complement = _COMPLEMENT.match(after.group(1)) if after and \
            verb.lower() in _COPULAS else None
        if complement is None and any(s in _FUNCTION or s in LIGHT or s in _KNOWING
                                      for s in verb_stems):
            return False
        given = {s for w in _WORD.findall(text[:after.start()]) for s in stems(w)} \
            if after else set()
        if complement is None and any(holds(s) for s in verb_stems):
            # the verb is held, and so is its object: by one fact ("created a board" is
            # not one fact's creating and another's board)
            objects = [s for w in _WORD.findall(after.group(1))[:OBJECT_WORDS]
                       for s in stems(w) if s in content and s not in given and holds(s)] \
                if after else []
            if not objects or any(
                    any(h(s) for s in verb_stems) and any(h(s) for s in objects)
                    for h in each):
                return False
            continue
        # a copula's noun phrase runs to the clause's end ("is a bold, privately funded
        # effort to build AI infrastructure"); a verb's object begins right after it
        words = _WORD.findall(text[after.start(1):] if complement else after.group(1)) \
            if after else []
        near = [s for w in words[:COMPLEMENT_WORDS if complement else OBJECT_WORDS]
                for s in stems(w) if s in content and s not in given]
        if any(holds(s) for s in near) or complement is not None and not near:
            return False
    return bool(verbs)


# The verbs that link their subject to a noun phrase, and the start of one after them
# ("continues to be a", "remains the", "is one of the").
_COPULAS = frozenset("is are was were be been being become becomes became remain remains "
                     "remained continue continues continued".split())
_COMPLEMENT = lazy(r"(?i)\s+(?:to\s+be\s+)?(?:also\s+|still\s+)?(?:a|an|the|one\s+of)\s")
OBJECT_WORDS = 4  # the words after a verb that hold its object
COMPLEMENT_WORDS = 12  # the words after a copula that hold its noun phrase


def _lexical(words: list[str]) -> str:
    """The first of ``words`` past auxiliaries, adverbs and a light verb's "to"."""
    i = 0
    while i + 1 < len(words) and (words[i].lower() in _AUXILIARY or stems(words[i])[:1]
                                  and stems(words[i])[0] in LIGHT and words[i + 1] == "to"):
        i += 1
    # after a modal or "to" comes a bare verb ("will support"); else it must read as one
    if i and words[i - 1].lower() not in _BARE_BEFORE and not (
            is_verb_like(words[i:i + 3]) or words[i].lower().endswith(("ing", "ed"))):
        return words[0]
    return words[i] if words else ""


# A clause that ends on a word that must be followed ("is also a close ally of", "has also
# invested in"): the sentence was cut off (a page's teaser, a broken line), and what the
# relation holds with went with it.
_DANGLING = (r"\b(?:of|to|the|a|an|and|or|with|for|by|from|than|in|on|into|its|their|his|"
             r"her|whose)")
_CUT = re.compile(rf"(?:{_DANGLING}\s+)*{_DANGLING}[\s,;:\u2014-]*$", re.IGNORECASE)


def cut_off(claim: Claim, facts: Sequence[Fact],
            names: Callable[[str], tuple[str, ...]]) -> list[str]:
    """The words a claim's own text breaks off after, when it ends on one that must be
    followed and the word that governs it is none the facts hold ("a close ally of": of
    whom is lost, and the fact met on "close" says nothing of it). A cut after what the
    facts hold loses an adjunct only ("has acquired X in a"); the figures of a cut claim
    are checked by themselves, so only a relation is held to this."""
    found = _CUT.search(claim.text)
    if found is None:
        return []
    head = _WORD.findall(claim.text[:found.start()])[-1:]
    named = {w for entity in claim.entities for name in names(entity) for w in stems(name)}
    if not head or all(s in named or held_in(facts, names)(s) for s in stems(head[0])):
        return []
    return [f"{head[0]} {found.group(0).strip(' ,;:—-')} ... (the sentence is cut off)"]


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
