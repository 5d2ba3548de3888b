"""Which entity a definite description points to, given its sentence and what came before.

Owns: choosing the referent of a description ("the company", "the group") among the names of
its own sentence (outside its clause, after a verb of saying, or back from a later clause)
and the entities the article has named, by the nouns the store records for each and by kind,
the most recent or the most named first. Must not: find descriptions in a sentence or keep
the memory of names (``discourse.py`` does both and asks here), nor read the store.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from ..model import Entity
from .background import fronted
from .gates import gated
from .lexicon import lazy
from .markers import REPORTS
from .nouns import KIND_DESCRIPTORS, EntityNouns
from .salience import Salience

# What ends the clause a description stands in: punctuation, a subordinating word, or "and"
# before a verb, which opens a clause of the same subject ("Roe left Globex and has criticised
# the company since": Globex is the earlier clause's object). "and" alone does not: "Acme
# and the company" are two.
_AND_VERB = (r"\band\s+(?:(?:later|then|also|now|subsequently|eventually|soon)\s+)?"
             r"(?=(?:has|have|had|is|was|are|were|will|would|could|can|did|does|plans|says|"
             r"said|[a-z]{2,}ed|sold|bought|took|made|won|left|led|became|began|struck|sees)"
             r"\s)")
_BOUNDARY = re.compile(r"[,;:()\u2014\u2013]|\b(?:that|which|who|whom|whose|when|where|while|"
                       rf"because|although|though|whereas|since|until|unless)\b|{_AND_VERB}")
_REPORTS = rf"{REPORTS}|told|tells|wrote|writes|added|adds|announced|confirmed"
# A description whose clause reports or describes a name of the sentence before it: after
# "said (that)", "wrote that" or a relative "which"/"that" ("Nvidia said the company expects",
# "Hopper, which the company unveiled"), or as the speaker of a tail (", the firm said").
_REPORTED_BEFORE = gated(re.compile(rf"(?:\b(?:{_REPORTS})(?:\s+[\w.,-]+){{0,4}}?\s+that|"
                                    rf"\b(?:{_REPORTS})|,\s*(?:which|that))\s+$"))
_SPEAKER_AFTER = gated(re.compile(rf"\s+(?:{_REPORTS})\b"))
# An apposition that names what a description is: ", known as Globex,", " — called X —",
# or a relative clause that renames it: ", which has been renamed X", ", now rebranded as X".
_NAMED_AS = re.compile(r"\s*(?:[,(]|[—–]|--?)\s*(?:(?:which|that)\s+(?:(?:has|had)\s+been|"
                       r"was|is)\s+)?(?:(?:now|also|later|since|formally|officially)\s+)?"
                       r"(?:called|named|known(?:\s+for\s+now|\s+at\s+the\s+moment|"
                       r"\s+internally)?\s+as|dubbed|renamed|rebranded(?:\s+as)?)\s+(?:the\s+)?")
# A sentence that opens with a phrase of circumstance: "With Microsoft's backing, the
# company ...". An owner named there is the setting, not what the description points to.
_OPENING = re.compile(r"(?:With|After|Before|In|On|At|By|Despite|Under|For|From|Since|During|"
                      r"Unlike|Like|As|Following|Amid|Without)\b[^,]*,")


# A clause that opens with a verb ("..., completing a deal with the company", "... and later
# raised its stake in the company") has the sentence's subject for its own, and a description
# after a preposition inside it names someone else. Not a word of "-ing" that works as a
# preposition; not a description with no preposition, which may be the subject again when
# the clause tells a result ("..., giving the company a value of", "pushing the firm's
# valuation to"); not after "by" or "of" ("the value of the company").
_VERB_OPENS = re.compile(r"\s*(?:(?:also|further|thereby|later|then)\s+)?(?!(?:according|"
                         r"including|excluding|following|during|regarding|concerning|"
                         r"considering|notwithstanding|pending)\b)[a-z]{2,}ing\s")

_PREPOSITION = re.compile(r"\b(?:with|in|into|at|against|from|to|toward|towards|on|over|about|"
                          r"behind|alongside)\s+$")


# A term spelt out before its initials: "the gross domestic product (GDP)".
_INITIALS = re.compile(r"\s*\((?P<letters>[A-Z]{2,6})s?\)")
_TERM_WORDS = lazy(r"[A-Za-z][\w'’]*")


def defines_term(sentence: str, start: int, end: int) -> bool:
    """Does the description at ``start:end`` spell out the initials in brackets after it
    ("the gross domestic product (GDP)")? It then defines a term and points back to no
    one."""
    m = _INITIALS.match(sentence, end)
    if m is None:
        return False
    words = [w for w in _TERM_WORDS.findall(sentence, start, end)
             if w.lower() not in ("the", "a", "an", "this", "that", "its", "their", "of",
                                  "and", "for")]
    initials = "".join(w[0] for w in words).upper()
    return len(initials) >= 2 and initials.endswith(m.group("letters"))


def quoted(sentence: str, at: int) -> bool:
    """Is ``at`` inside a quotation: a name a speaker says is not the sentence's subject
    ("'... turned out to be Acme,' Roe said, marking his first visit to the company")."""
    before = sentence[:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _clause_subject(sentence: str, named: list[tuple[int, int, str]], low: int,
                    start: int) -> str | None:
    """The sentence's subject, when the clause a description stands in (from ``low``) opens
    with a verb and so has it for its own: the first name of the sentence, unless it is only
    an owner ("Acme's shares jumped, making the company ..." is about Acme)."""
    if low == 0 or low >= start or not _PREPOSITION.search(sentence, low, start) or not (
            _VERB_OPENS.match(sentence, low) or re.search(rf"{_AND_VERB}$", sentence[:low])):
        return None
    first = next(((s, e_end, e) for s, e_end, e in named if s < low and
                  not quoted(sentence, s)), None)
    if first is None or re.match(r"'s|’s", sentence[first[1]:first[1] + 2]) or \
            sentence[first[1] - 2:first[1]] in ("'s", "’s"):
        return None
    return first[2]


# What comes from a name that only gives where it came from: "new participation from Nvidia",
# "money from Globex" (not "walked away from OpenAI", which the verb takes).
_SOURCE = re.compile(r"\b(?:participation|money|investment|investments|funding|backing|support|"
                     r"capital|contributions?|commitments?|orders?|interest|demand|cash)\s+"
                     r"from\s+$")
# What an owner holds in something, reached by a preposition with no verb between: "Acme's
# initial investment in the company", "the retailer's stake in the startup". Nothing holds a
# stake in itself: the description after it is another entity than the owner.
_HELD_IN = lazy(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){1,3}?(?:in|into|of|from|over)\s+")


def held_by(sentence: str, owners: Sequence[tuple[int, int, str]], start: int) -> frozenset[str]:
    """The owners (names or possessive descriptions, as (start, end, entity)) whose possessed
    noun reaches the description at ``start`` through a preposition: never its referent."""
    return frozenset(e for _, e_end, e in owners if e_end <= start and
                     (sentence[e_end - 2:e_end] in ("'s", "’s") or
                      sentence[e_end:e_end + 2] in ("'s", "’s")) and
                     _HELD_IN.fullmatch(sentence, e_end, start))


# A valuation's object ("valuing the company at", "that valued the startup at") is the one
# raising, never an investor the sentence tells is behind the round: "led by SoftBank",
# "from Initech", "backed by", "with participation from", "investors including".
_VALUING = lazy(r"\bvalu(?:e|es|ed|ing)\s+$", re.IGNORECASE)
_INVESTOR_BEFORE = lazy(r"(?:\b(?:(?:co-)?led|backed|financed|funded|joined)\s+by|\bfrom|"
                        r"\bincluding|\bsuch\s+as|\balongside)\s+(?:the\s+)?$",
                        re.IGNORECASE)


_FORMER = lazy(r"\b(?:former|ex-)\s*$", re.IGNORECASE)


def former_employers(sentence: str, named: Sequence[tuple[int, int, str]]) -> frozenset[str]:
    """The names a sentence gives as where people once worked ("led by former Globex
    executives"): never what a description of the sentence refers to."""
    return frozenset(e for s, _, e in named if _FORMER.search(sentence, max(0, s - 8), s))


def investors_behind(sentence: str, named: Sequence[tuple[int, int, str]],
                     start: int) -> frozenset[str]:
    """The investors named before a description at ``start`` that a valuation verb takes
    for its object ("a round led by SoftBank, valuing the company at ..."): never its
    referent."""
    if not _VALUING.search(sentence, max(0, start - 10), start):
        return frozenset()
    return frozenset(e for s, _, e in named if s < start and
                     _INVESTOR_BEFORE.search(sentence, max(0, s - 40), s))


# A name before its officer's title and name owns them as "'s" would: "Globex CEO Jane
# Roe", "Globex finance chief Jane Roe" ("Globex's CEO Jane Roe").
_TITLED = lazy(r"\s+(?:(?:chief|finance|financial|executive|operating|technology|vice|"
               r"senior|deputy|acting|interim)\s+)*(?:CEO|CFO|COO|CTO|chief|president|"
               r"chair(?:man|woman)?|co-?founder|founder|executive|officer|head|boss)\s+"
               r"[A-Z][a-z]")


# A stake in a description, and the firm a clause invests in: "for a minority stake in the
# startup", "invest $4 billion in Acme".
_STAKE_IN = lazy(r"\b(?:stake|holding|shareholding|interest)\s+in\s+$")
_INTO = lazy(r"\b(?:in|into)\s+$")


# A short aside in brackets ("Globex ($3.4 trillion) and Initech", "The main way (Globex)
# helps"): part of the clause it stands in, not a boundary of it.
_BRACKETED = re.compile(r"\([^()]{1,60}\)")


# A participle right after a noun opens a clause of its own, with no comma: "raised $6
# billion in a round valuing the company at ..." (not an "-ing" word that works as a
# preposition, nor a gerund after a preposition or a verb: "for making", "is leading").
_PARTICIPLE = lazy(r"\b(?P<before>[a-z]+)\s+(?P<ing>(?!(?:according|including|excluding|"
                   r"following|during|regarding|concerning|considering|notwithstanding|"
                   r"pending|nothing|something|anything|everything|morning|evening|"
                   r"spring|string|king|thing|ceiling|building|funding|financing|pricing|"
                   r"earnings|offering|listing|trading|spending|meeting|ruling|"
                   r"filing|training|computing|being)\b)[a-z]{2,}ing)\s")
_NO_PARTICIPLE_AFTER = frozenset("""for of in on at by to from with without about after before
into over since while when and or but is are was were be been am has have had the a an its
their his her our this that these those not also still""".split())


def _participles(sentence: str) -> list[int]:
    """Where each participle that opens a clause after a noun begins."""
    if "ing " not in sentence:
        return []  # most sentences: none
    return [m.start("ing") for m in _PARTICIPLE.finditer(sentence)
            if m.group("before") not in _NO_PARTICIPLE_AFTER]


def _clause_bounds(sentence: str, start: int, end: int) -> tuple[int, int]:
    """The clause a description at ``start``-``end`` stands in, by the nearest boundaries."""
    sentence = _BRACKETED.sub(lambda m: " " * len(m.group(0)), sentence)  # offsets hold
    opened = _participles(sentence)
    low = max([m.end() for m in _BOUNDARY.finditer(sentence, 0, start)] +
              [at for at in opened if at < start], default=0)
    after = _BOUNDARY.search(sentence, end)
    high = min([after.start() if after else len(sentence)] + [at for at in opened if at > end])
    return low, high




def clause_mates(sentence: str, start: int, end: int, before: Sequence[tuple[int, str]],
                 leading: str | None) -> frozenset[str]:
    """The entities the clause of a description at ``start``-``end`` has already referred to
    before it, as ``before`` gives them ((start, entity) of descriptions not in the
    possessive), and what a leading "It" of the sentence means (``leading``), when the
    clause is the sentence's first: never the description's referent, as names of its clause
    are not ("The conglomerate paid $5 billion for the company", "It paid $5 billion for the
    company": another company)."""
    low, _ = _clause_bounds(sentence, start, end)
    mates = {entity for at, entity in before if low <= at < start}
    return frozenset(mates | ({leading} if leading and low == 0 else set()))


class Referents:
    """The referent of a description, over one article's memory of names (``salience``);
    ``clock`` tells how many names the article has given so far."""

    def __init__(self, entities: Mapping[str, Entity], nouns: EntityNouns,
                 salience: Salience, clock: Callable[[], int]) -> None:
        self._entities = entities
        self._nouns = nouns
        self._salience = salience
        self._clock = clock

    def in_sentence(self, sentence: str, named: list[tuple[int, int, str]], start: int,
                     end: int, noun: str, possessive: bool,
                     apart: frozenset[str] = frozenset(),
                     background: frozenset[str] = frozenset(),
                     opener: str | None = None, steady: bool = False,
                     opened_on: str | None = None) -> str | None:
        """The referent of a description, given the names of its own sentence.

        Never an entity named in its own clause ("Microsoft remains the company's biggest
        backer" is not about Microsoft; "the Israeli company became part of Nvidia" is not
        Nvidia), unless only as an owner before it (outside an opening phrase of
        circumstance): "OpenAI's chief executive co-founded the company" is about OpenAI.
        Nor, as a rule, one named earlier in the sentence; but a clause that reports or
        describes ("Nvidia said the company expects", "Hopper, which the company
        unveiled", "..., the firm said") points back to the sentence's first fitting name.
        A clause that opens with a verb has the sentence's subject for its own: a description
        after a preposition there is never that subject ("Acme bought into the startup,
        completing a deal with the company": the startup). Nor is an owner in ``apart``
        (``held_by``: "Acme's stake in the company" is in another company). A name the
        sentence gives only as a rivalry's standard (``background``: "a rival to Globex")
        is passed over when looking back into it. When every name before a later clause's
        description is set apart (``apart``: "founded by former Globex executives, who run
        the company"), it is the sentence's subject: ``opened_on``, the entity a description
        opening the sentence was read as, else none the store names. A description that
        opens its sentence,
        no name before it, goes on with ``opener`` (what the sentence before opened on)
        when the store gives it that noun: "Acme's sales rose even as investors worried
        about Globex. The chipmaker said ..." is Acme; by a noun of a whole kind ("the
        company") only when ``steady``, the two sentences before both opening on it.
        """
        lead = _OPENING.match(sentence)
        if opener and opener not in apart and not any(s < start for s, _, _ in named) and \
                not sentence[lead.end() if lead else 0:start].strip() and \
                (noun in self._nouns.own(self._entities[opener]) and
                 noun not in KIND_DESCRIPTORS.get(self._entities[opener].kind, ()) or
                 steady and noun in self._nouns.descriptors(self._entities[opener])):
            return opener  # (not by a noun of a whole kind: "the company" is the topic's,
            # unless the story has moved to the opener for two sentences)
        naming = _NAMED_AS.match(sentence, end)
        if naming:  # "The fund — called the AI Infrastructure Partnership —": that name
            named_as = next((e for s, _, e in named if s == naming.end()), None)
            if named_as or sentence[naming.end():naming.end() + 1].isupper():
                return named_as  # (a name the store lacks: "The startup, called Zorbly,")
        low, high = _clause_bounds(sentence, start, end)
        invested = self._invested_in(sentence, named, low, start, noun)
        if invested and invested not in apart:
            return invested
        opening = _OPENING.match(sentence)
        topic = fronted(sentence, named)
        if topic and opening and opening.end() <= start and topic not in apart and \
                noun in self._nouns.descriptors(self._entities[topic]):
            return topic  # "For Acme, the deal gives the company ...": the topic it opens on
        setting = opening.end() if opening and opening.end() <= start else 0
        owners = {e for s, e_end, e in named if setting <= s < start and
                  (re.match(r"'s|’s", sentence[e_end - 2:e_end]) or
                   _TITLED.match(sentence, e_end)) and e not in apart}
        maker = self._subject_maker(sentence, named, setting, start, noun)
        if maker and maker not in apart:
            return maker
        # A noun the store records for an entity named in another clause still names it:
        # "..., with $13 billion committed to the ChatGPT maker" after "OpenAI's investor".
        excluded = {e for s, _, e in named if low <= s < high or s < low and
                    noun not in self._nouns.own(self._entities[e])} | apart
        subject = None if possessive or _REPORTED_BEFORE.search(sentence, 0, start) else \
            _clause_subject(sentence, named, low, start)
        if subject:
            excluded.add(subject)
        earlier = [e for s, _, e in named if s < low and e not in owners | background and
                   not any(low <= at < high and other == e for at, _, other in named)]
        reported = _REPORTED_BEFORE.search(sentence, 0, start) is not None or (
            not possessive and _SPEAKER_AFTER.match(sentence, end) is not None)
        if not reported:
            modifiers = frozenset(re.findall(r"[\w-]+", sentence[start:end].lower())[1:]) - \
                frozenset(noun.split())
            back = self.back_in_sentence([n for n in named if n[2] not in background | apart],
                                         noun, setting, low, high, modifiers, subject)
            # a name after "from" only says where something came from ("new money from
            # Globex, as the company ..."): no switch of the sentence's topic to it
            if back and back not in apart and not any(
                    e == back and _SOURCE.search(sentence, max(0, s - 40), s)
                    for s, _, e in named):
                return back
            if low > setting and apart and all(e in apart for s, _, e in named if s < start) \
                    and any(b.end() == low for b in _BOUNDARY.finditer(sentence, 0, start)):
                # every name before it is set apart ("founded by former Globex executives,
                # who run the company"; a clause a word or a comma opens, not a participle:
                # "Acme's holding in the company"): the sentence's own subject, which no name of the
                # store gives, or a description of it (``opened_on``, "The startup")
                return opened_on
        return self.referent(noun, excluded - owners, owners, earlier if reported else (),
                              earlier)

    def _invested_in(self, sentence: str, named: list[tuple[int, int, str]], low: int,
                     start: int, noun: str) -> str | None:
        """The firm a clause invests in, named there after "in" or "into", when the
        description follows "a stake in" ("invest $4 billion in Acme for a minority stake in
        the startup"): the stake is in that firm, though named in the same clause."""
        if _STAKE_IN.search(sentence, max(low, start - 40), start) is None:
            return None
        into = [e for s, _, e in named if low <= s < start and
                _INTO.search(sentence, max(low, s - 6), s) and e in self._entities and
                (noun in KIND_DESCRIPTORS.get(self._entities[e].kind, ()) or
                 noun in self._nouns.descriptors(self._entities[e]))]
        return into[-1] if into else None

    def _subject_maker(self, sentence: str, named: list[tuple[int, int, str]], setting: int,
                       start: int, noun: str) -> str | None:
        """The maker of a product the sentence is about, its first name after any opening
        phrase ("..., Gemini represents a leap for the tech giant": Google), when the store
        gives the product one maker, the sentence does not name it, and the noun fits it."""
        first = next(((s, e) for s, _, e in named if s >= setting and not quoted(sentence, s)),
                      None)
        product = self._entities.get(first[1]) if first and first[0] < start else None
        if product is None or product.kind not in ("product", "project") or \
                len(product.affiliations) != 1 or \
                any(e == product.affiliations[0] for _, _, e in named):
            return None
        maker = self._entities.get(product.affiliations[0])
        return maker.id if maker is not None and noun in self._nouns.descriptors(maker) \
            else None

    def back_in_sentence(self, named: list[tuple[int, int, str]], noun: str, setting: int,
                          low: int, high: int, modifiers: frozenset[str] = frozenset(),
                          subject: str | None = None) -> str | None:
        """A later clause of the sentence ("..., and the company is now worth ...") points
        back into it, not past it to the story's main subject. A description where "it" would
        have done marks a switch away from the sentence's subject: the most recent other name
        before the clause that fits, else the subject; unless the description's modifiers
        are words of exactly one name's recorded descriptors ("the AI firm", "AI lab"). A
        noun the store records for an entity outside the sentence ("the group" for a
        consortium) is left to it. Names in an opening
        phrase of circumstance are the setting, not the referent; ``subject``, the one a
        clause opening with a verb has for its own, is never the referent."""
        inside = {e for s, _, e in named if low <= s < high}
        before = [e for s, _, e in named if setting <= s < low and e not in inside]
        if not before:
            return None
        first = before[0]
        entities = [self._entities[e] for e in dict.fromkeys(before)]
        fitting = [e.id for e in entities if noun in self._nouns.own(e)]
        if not fitting:
            # looked up, not gone through: the entities named so far grow with the article
            seen, answering = self._salience.seen, self._nouns.answering(noun)
            if any(i in seen and i not in inside for i in answering) if \
                    len(answering) < len(seen) else \
                    any(i in answering and i not in inside for i in seen):
                return None
            fitting = [e.id for e in entities if noun in self._nouns.descriptors(e)]
        # "the AI firm": the one whose recorded descriptors use the modifier ("AI lab")
        fitting = [e for e in fitting if e != subject]  # never the subject of its clause
        told = [e for e in fitting if modifiers & {w for d in self._nouns.own(self._entities[e])
                                                   for w in d.lower().split()}]
        if len(told) == 1:
            return told[0]
        later = [e for e in fitting if e != first] or fitting
        return later[-1] if later else None

    def referent(self, noun: str, excluded: set[str],
                  nearest: frozenset[str] | set[str] = frozenset(),
                  sentence: Sequence[str] = (), present: Sequence[str] = ()) -> str | None:
        """The entity a description names: the first name of its own sentence (outside its
        clause) that the noun fits; else one the store describes with this very noun, the
        most recent first; else one of a kind the noun fits ("the company"), the most
        often named first, as news refers back to its main subject."""
        for entity_id in sentence:
            entity = self._entities.get(entity_id)
            if entity is not None and noun in self._nouns.descriptors(entity):
                return entity_id
        # Names of the sentence itself are the most recent, though not yet noted.
        seen, now = self._salience.seen, {e: self._clock() + 1 for e in (*present, *nearest)}

        def when(entity_id: str) -> int:
            return now[entity_id] if entity_id in now else self._salience.lately(entity_id)

        # Looked up by the noun, then by kind, not gone through: the entities named so far
        # grow with the article.
        answering = self._nouns.answering(noun)
        fitting = {e for e in answering if e in seen or e in now} \
            if len(answering) < len(seen) + len(now) else \
            {e for e in (*seen, *now) if e in answering}
        own = [(when(e), e) for e in fitting if e not in excluded]
        if own:  # one the store describes with this very noun, the most recent
            latest = max(own)[1]
            topic = self._salience.topic()
            count = self._salience.count
            # unless the story's topic fits too and a thing named only once in passing came
            # between ("Musk co-founded OpenAI ... a counterweight to Google, which had bought
            # DeepMind. He left the lab's board": OpenAI's)
            if topic and topic != latest and topic in fitting and topic not in excluded and \
                    topic not in now and count.get(latest, 0) <= 1 < count.get(topic, 0) // 2:
                return topic
            return latest
        kinds = [kind for kind, nouns in KIND_DESCRIPTORS.items() if noun in nouns]
        if not kinds:
            return None
        best: tuple[int, int, str] | None = None
        for entity_id in {*(e for kind in kinds for e in self._salience.by_kind.get(kind, ())),
                          *present, *nearest}:
            entity = self._entities.get(entity_id)
            if entity is None or entity_id in excluded or \
                    noun not in KIND_DESCRIPTORS.get(entity.kind, ()):
                continue
            # an owner just named in the sentence is the nearest, else the most named
            salience = 10_000 if entity_id in nearest else \
                self._salience.count.get(entity_id, 0)
            key = (salience, when(entity_id), entity_id)
            if best is None or key > best:
                best = key
        return best[2] if best else None
