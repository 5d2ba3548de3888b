"""A clause's subject and its standalone form.

Owns: which name a clause is about (the first name of its body, the head of a possessive,
the content of a report, a subject it inherits from the clause before), and the standalone
text with a leading pronoun resolved ("It raised $6B" -> "xAI raised $6B"), and a pronoun
object after the verb ("Acme rates it at 10 petaflops": the thing just told of); a subject
left implied (a measure with no owner, a venture's parties) is ``implied.py``'s. Must not:
read the store or decide a verdict.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .clause_spans import Clause
from .clause_words import is_verb_like, looks_main
from .discourse import PERSON_PRONOUNS, Discourse
from .entities import Mention
from .gates import gated
from .groups import first_known, together
from .lead_ins import (
    LEAD_IN,
    LEADING_PRONOUN,
    NEWS_IN_TIME,
    PAIR,
    TIME_BEFORE_PRONOUN,
    clause_lead_end,
)
from .lexicon import lazy
from .lines import BACK_TO_LINE
from .markers import FRAMING
from .officers import for_organisation
from .past_ties import described_person, former_members
from .places import is_people, is_place
from .referents import quoted
from .relatives import described_subject
from .reported import REPORTING, reported_after_pronoun, reported_from
from .unknown_names import unknown_names
from .unnamed import described_doer

_WORDS = re.compile(r"[A-Za-z][\w'’-]*")
_PRONOUN = lazy(r"\b(?:him|his|her|he|she|it|its|they|their)\b")
_PERSON_PRONOUN = lazy(r"\b(?:him|his|her|he|she)\b")
_POSSESSIVE_END = lazy(r"['’]s$")
# Verbs the verb-phrase test misses: saying ("OpenAI said its ..."), and a present tense
# before a pronoun or reflexive ("The group calls itself ...").
_SAYING = frozenset("said says told tells noted notes added adds wrote writes announced "
                    "confirmed stated".split())
_OBJECT_PRONOUNS = frozenset("itself themselves himself herself it them him her".split())


def _verb_at(words: list[str]) -> bool:
    low = words[0].lower()
    return is_verb_like(words) or low in _SAYING or (
        low.endswith("s") and len(words) > 1 and words[1].lower() in _OBJECT_PRONOUNS)


def _lead_end(text: str) -> int:
    """The end of a lead-in that has no verb of its own ("After the takeover, "), or 0."""
    lead = LEAD_IN.match(text) or FRAMING.match(text)
    return past_place(text, lead.end()) if lead and not looks_main(text, 0, lead.end()) else 0


# A capitalised name and its comma right after a lead-in's: the state or country of the city
# the lead-in ended on ("In Austin, | Texas, | Acme ...").
_NAME_COMMA = re.compile(r"([A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}),\s+")
_YEAR_COMMA = re.compile(r"(?:19|20)\d\d,\s+(?=[a-z])")  # the year of a day, a lead-in on


def past_place(text: str, at: int) -> int:
    """Where a lead-in ending at ``at`` really ends: past the state or country after its city
    ("At a meeting in Providence, Rhode Island, ") and a lead-in of time that follows it
    ("..., in July 2018, "), or past a second lead-in ("On March 18, 2024, | at GTC 2024, |
    NVIDIA CEO Jensen Huang unveiled ..."); ``at`` when neither follows."""
    place = _NAME_COMMA.match(text, at) if at else None
    if place is None or not is_place(place.group(1)):
        year = _YEAR_COMMA.match(text, at) if at else None  # "On March 18, | 2024, |"
        at = year.end() if year else at
        more = LEAD_IN.match(text[at:]) if at else None
        return at + more.end() if more and not looks_main(text, at, at + more.end()) else at
    more = LEAD_IN.match(text[place.end():])
    return place.end() + (more.end() if more else 0)


@lru_cache(maxsize=1024)  # a clause's predicate is looked for by its subject and its parts
def predicate_start(text: str) -> int:
    """Where a clause's predicate begins: its first finite verb after the lead-in and the
    subject ("Acme chief executive Jane Doe | opened the fair", "One of its founders, Jane
    Doe, | has sued"). The end of the lead-in when no verb is found."""
    start = _lead_end(text)
    found = list(_WORDS.finditer(text, start))
    words = [m.group(0) for m in found]
    for i in range(1, len(words)):  # the first word is the subject's
        if _verb_at(words[i:i + 3]):
            return found[i].start()
    return start


# The name a subject phrase ends on, just before its verb: "Nvidia founder Jensen Huang",
# "One of its founders, Jane Doe,". A name may open in lower case ("xAI").
_NAME_BEFORE_VERB = re.compile(r"(?:[A-Z]|[a-z]+[A-Z])[\w.&'’-]*(?:\s+(?:[A-Z]|[a-z]+[A-Z])"
                               r"[\w.&'’-]*)*\s*,?\s*$")
# A title written with capitals inside a run of capitalised words: "Tesla CEO Elon Musk".
_CAPITAL_TITLE = re.compile(r"\b(?:CEO|CFO|COO|CTO|Chair(?:man|woman|person)?|President|"
                            r"Founder|Co-founder|Chief(?:\s+[A-Z][a-z]+)?\s+Officer|"
                            r"Chief Executive|Executive Chairman|Vice Chair)\s+(?=[A-Z])")
# A description that ends so cannot name the one after it: "the sale of Globex", "X and Y".
_NOT_A_TITLE = lazy(r"(?:\b(?:of|with|by|for|in|on|at|to|from|and|or|than|as)|[;:(])\s*$",
                          re.IGNORECASE)


# Read for a clause's subject, again for its incidental names (``title_chain``) and by the
# relation rule: the same text, the same answer.
@lru_cache(maxsize=1024)
def subject_description(text: str) -> tuple[int, int] | None:
    """Where a clause describes its subject before naming it, not what it asserts: a title
    or an apposition before the subject's name ("Acme chief executive " in "Acme chief
    executive Jane Doe opened ...", "One of its founders, " in "One of its founders, Jane
    Doe, has sued ..."), as a character range of ``text``. A lead-in is no such thing: "With
    Acme's backing, Globex has become a leader" asserts the backing and judges the rest."""
    start = _lead_end(text)
    verb = predicate_start(text)
    name = _NAME_BEFORE_VERB.search(text, start, verb) if verb > start else None
    if name is None:
        return None
    # "Acme Chairman and CTO Jane Doe": the name starts after the last capitalised title
    at = max((t.end() for t in _CAPITAL_TITLE.finditer(text, name.start(), name.end())),
             default=name.start())
    if at <= start:
        return None
    described = text[start:at].rstrip()
    # "The deal keeps its stake, Acme said": what was said, before its speaker; a speaker's
    # title stands right before the name ("Acme chief Jane Doe said")
    said = _WORDS.match(text, verb)
    reported = described.endswith(("\"", "”", "’")) or (
        described.endswith(",") and said is not None and said.group(0).lower() in _SAYING)
    if not described.strip(" ,") or _NOT_A_TITLE.search(described) or reported:
        return None
    return start, at


_OWN_CLAUSE = lazy(r"[,;:()]|\b(?:which|who|that|where|when)\b")


def title_chain(text: str, mentions: list[Mention]) -> tuple[int, int] | None:
    """The titles a clause opens with before a known subject's name, when they end in a
    capitalised title and hold no clause of their own ("Twitter owner and Tesla CEO " in
    "Twitter owner and Tesla CEO Elon Musk launched ..."): names in them only tell whose
    titles they are."""
    found = subject_description(text)
    if found is None or not any(m.start == found[1] for m in mentions):
        return None
    described = text[found[0]:found[1]]
    # the title's own pattern looks at the name after it
    if not _CAPITAL_TITLE.search(text, found[0], found[1] + 1) or _OWN_CLAUSE.search(described):
        return None
    return found


# The thing a possessive name owns, up to the comma of an aside: "Nvidia's datacenter unit,
# which ..." (lower-case words only: "Nvidia's Jensen Huang, who" is Huang).
_OWNED_HEAD = re.compile(r"(\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}),\s+(?:which|that|a|an|"
                         r"the)\s+")


# "it" as the object of a verb, before what the verb gives it: "Acme rates it at 10
# petaflops", "the chipmaker presented it at its show", "regulators cleared it in 2022". Not
# after a verb that takes "it" as a dummy ("made it to", "took it in stride", "called it").
# Also after a deal's verb in the past or after "to" ("bought it in 2014", "agreed to acquire
# it in 2020") and before a price ("sold it for $1 billion").
_IT_OBJECT = gated(re.compile(
    r"\b(?:(?!(?:was|has|is|does|did|makes|made|takes|took|puts|put|finds|"
    r"found|keeps|kept|lets|let|calls|called|gets|got|sees|saw)\b)"
    r"[a-z]{3,}(?:ed|es|s)|bought|sold|built|won|to\s+(?:buy|acquire|sell|"
    r"build|back|fund|take\s+over))\s+(?P<it>it)\s+(?=(?:at|in|on|as|up to|"
    r"for)\b)"))


# "its" inside a clause, before a noun: "She quit its board in 2019"; and "it" as the
# subject of what a person claims, before its verb ("claiming it had breached its contract",
# "said that it would fail"; not "said it was time", where "it" stands for nothing).
_ITS_INSIDE = re.compile(r"(?<=\w )(?P<it>its)(?=\s+(?!own\b)[a-z])|\b(?:claiming|claimed|"
                         r"claims|alleging|alleged|alleges|arguing|argued|argues|saying|said|"
                         r"says|charging|charged|contending|contended)\s+(?:that\s+)?"
                         r"(?P<claimed>it)(?=\s+(?:had|has|would|will|could|did|[a-z]+ed)\b)"
                         # a dummy "it": "said it would take years", "said it seemed"
                         r"(?!\s+(?:(?:had|has|would|will|could)\s+(?:be|been|take|taken|cost|"
                         r"make|seem|become)|seemed|appeared|happened|mattered|looked)\b)")


def subject_and_standalone(
    clause: Clause, text: str, mentions: list[Mention],
    context: Discourse, previous: tuple[str, str] | None,
    chained: frozenset[int] = frozenset(),
) -> tuple[tuple[str, str] | None, str, tuple[str, str] | None]:
    """The clause's subject (entity id, name), its standalone text, and a resolved pronoun
    (a leading one, else an object "it": the thing named last other than the subject);
    ``chained`` holds where the names start that only own or locate the next one."""
    subject, standalone, resolved = _subject_and_standalone(clause, text, mentions, context,
                                                            previous, chained)
    # only after a subject the clause names itself: an inherited one may be no actor at all
    # ("The round, led by Acme, ... and valued it at $24 billion")
    found = _IT_OBJECT.search(standalone) if resolved is None and subject and subject[0] \
        and clause.role in ("main", "verb-phrase") and not clause.inherits_subject else None
    thing = context.doer("it", subject[0]) if found and subject else None
    if found and thing:
        at = found.start("it")
        return subject, standalone[:at] + thing[1] + standalone[found.end("it"):], thing
    its = _ITS_INSIDE.search(standalone) if subject and context.is_person(subject[0]) \
        else None
    inside = _ITS_INSIDE.search(text) if its else None
    # "sued OpenAI and its founders": the thing the clause itself names before "its"
    mine = [m.entity for m in mentions if inside and m.end <= inside.start() and m.entity
            and subject and m.entity != subject[0] and not context.is_person(m.entity)]
    owner = mine[-1] if mine else context.last_thing({subject[0]}) if its and subject else None
    if its and owner and (mine or owner in context.recent()):
        # "She quit its board": a person has no board; "its" is the thing just named, and
        # the one "it" in what she claims stands for
        for hit in reversed(list(_ITS_INSIDE.finditer(standalone))):
            word = "it" if hit.group("it") else "claimed"
            name = context.name_of(owner) + ("'s" if word == "it" else "")
            standalone = standalone[:hit.start(word)] + name + standalone[hit.end(word):]
            if word == "claimed" and resolved is None:
                resolved = (owner, context.name_of(owner))  # a party to what is claimed
    return subject, standalone, resolved


def _subject_and_standalone(
    clause: Clause, text: str, mentions: list[Mention],
    context: Discourse, previous: tuple[str, str] | None,
    chained: frozenset[int] = frozenset(),
) -> tuple[tuple[str, str] | None, str, tuple[str, str] | None]:
    through = clause.appositive_of[1] - clause.start if clause.appositive_of else 0
    if clause.role in ("appositive", "relative") and (mentions or through > 0):
        # a name the store lacks ("a unit called Zeta Labs, formed in June") is its own head
        head = mentions[0] if mentions else Mention(0, through, "", "unknown", text[:through])
        return described_subject(text, head, clause.role, context, through)
    lead = (TIME_BEFORE_PRONOUN.match(text) or NEWS_IN_TIME.match(text) or LEAD_IN.match(text)
            or FRAMING.match(text))
    body_start = past_place(text, lead.end()) if lead else 0
    back = BACK_TO_LINE.match(text, body_start)
    line = context.line() if back else None
    if back and line:  # "That business generated $51.2 billion": the line just named
        owner = (line[0], context.name_of(line[0]))
        return owner, text[:body_start] + line[1] + text[back.end():], owner
    pronoun = LEADING_PRONOUN.match(text[body_start:])
    resolved = None
    # an owner's word before a name: "its rival AMD"; a person's right before one: "His
    # xAI startup raised ..." is the company's act (never "Her answer to Nvidia came")
    reach = 30 if pronoun is not None and pronoun.group("pron") in ("its", "their") else \
        1 if pronoun is not None and pronoun.group("pron").lower() in ("his", "her") else -1
    named_after = pronoun is not None and (any(
        0 <= m.start - (body_start + pronoun.end()) <= reach for m in mentions) or any(
        m.described and m.start == body_start + pronoun.start("pron") for m in mentions))
    pair = PAIR.match(text, body_start)
    if pair and len(context.group) == 2 and first_known(context.group):
        # "The two companies said ...": both of them
        return first_known(context.group), text[:body_start] + together(context.group) + \
            text[pair.end():], first_known(context.group)
    if pair and not any(m.start < pair.end() for m in mentions):
        # two parties the clause before did not give together: never one of them alone
        return ("", pair.group(0)), text, None
    if pronoun and not pronoun.group("lead") and not named_after:
        # (a lower-case "its" opens a clause cut after ", and"; "its competitor AMD" names
        # its subject itself)
        word = pronoun.group("pron")
        group = context.group if word.lower() == "they" else ()
        target = context.opener if word == "This" else first_known(group) if group else \
            context.resolve(word, leading=word.lower() in ("it", "they"))
        if target and word.lower() == "it" and _HOLDS.match(text, body_start + pronoun.end()):
            # "It houses 100,000 GPUs" tells of the owner's facility, not of the owner
            target = context.last_owned(target[0]) or target
        if target:
            resolved = target
            # "They" after "Jane Doe and Ann Poe won ...": both, the first the store knows
            # the subject
            name = together(group) if group else \
                target[1] + ("'s" if word.lower() in ("his", "her", "its", "their") else "")
            at = body_start + pronoun.start("pron")
            standalone = text[:at] + name + text[at + len(word):]
            # "She said Acme's revenue was ...": the claim is about what she reported
            told = reported_after_pronoun(text, body_start + pronoun.end(), mentions,
                                          word.lower() in PERSON_PRONOUNS) \
                if word.lower() in ("he", "she", "it", "they") else None
            if told is not None:  # (the speaker is then no party to it: not resolved)
                return (told.entity, told.name), standalone, None
            return target, standalone, resolved if target[0] else None
        if word.lower() in ("he", "she", "it", "they"):
            return ("", word), text, None  # a subject no one can name: judged by no one's facts
    if clause.inherits_subject and not _ANOTHER_PARTY.match(text):
        # the names after it are not read: it has a subject
        subject = previous
        if subject is None:
            for word in _PRONOUN.findall(text):
                subject = context.resolve(word)
                if subject:
                    resolved = subject
                    break
        if subject:
            phrase = text
            if clause.role == "participle" and text.startswith("having "):
                phrase = "had " + text[len("having "):]  # "having first invested $1B"
            elif clause.role == "participle":
                phrase = "is " + text if not text.startswith(("is ", "are ")) else text
            return subject, f"{subject[1]} {phrase}", resolved
        return None, text, None
    after = [m for m in mentions if m.start >= body_start]
    names = [n for n in unknown_names(text[body_start:], [m.shifted(-body_start) for m in after],
                                      sentence_start=clause.start == 0 or body_start > 0)
             if not is_people(n) and not _locating(text, n, body_start) and
             not _home_of(text, n, body_start, after)]
    aside = _described_aside(text, body_start, mentions)  # its names are not the subject
    # "founded by former Acme staff": not Acme's act, nor in a lead-in ("Created by former
    # Acme staff in 2021, the company ...")
    left = former_members(text, mentions)
    after = [m for m in after if not aside[0] <= m.start < aside[1] and m not in left]
    names = [n for n in names if not aside[0] <= text.find(n, body_start) < aside[1]]
    # ("Panamanians approved the expansion": about the expansion)
    # "NVIDIA said Blackwell trains ...": the claim is about what was reported
    after = after[reported_from(text, after, context.is_person):]
    tied = described_person(text, body_start, after)
    if tied is not None:  # "Google researchers Demis Hassabis won ...": Hassabis
        after = [m for m in after if m.start >= tied]
        names = [n for n in names if text.find(n, body_start) >= tied]
    chain = after[0].start if after else 0
    while len(after) > 1 and after[0].start in chained:
        # "Nvidia's Blackwell GPUs train ...", "Elon Musk's AI company xAI raised ...",
        # "xAI's Memphis data center Colossus": the head is the last name of the chain
        after = after[1:]
    if for_organisation(text, after):  # "Jane Doe of Acme is lead partner": Acme's role
        after = after[1:]
    # a name inside the chain ("Acme's Ohio plant Forge") modifies its head
    names = [n for n in names if not chain <= text.find(n, body_start) < after[0].start] \
        if after and after[0].start > chain else names
    titled = title_chain(text, after) if names else None
    if titled:
        # "Twitter owner and Tesla CEO Elon Musk launched ...": a name in the titles before
        # the subject's only tells whose titles they are
        names = [n for n in names if not titled[0] <= text.find(n, body_start) < titled[1]]
    if any(not quoted(text, m.start) for m in after):
        # '"Thank you, Mr. President," Roe told Doe': whom a quote addresses is not the
        # subject when a name stands outside it
        names = [n for n in names if not quoted(text, text.find(n, body_start))]
    first_unknown = text.find(names[0], body_start) if names else -1
    speaker_end = first_unknown + len(names[0]) if names and first_unknown >= 0 else -1
    report = REPORTING.match(text[speaker_end:]) if speaker_end >= 0 else None
    if report and after and after[0].start == speaker_end + report.end():
        # "TechInsights has estimated that AMD shipped ...": about AMD, its first name
        first_unknown = -1
    doer = described_doer(text, body_start, predicate_start(text)) if after else None
    if doer and after[0].start > body_start:  # "the chipmaker signed a deal with Acme"
        return ("", doer), text, None
    if after and (first_unknown < 0 or after[0].start <= first_unknown):
        owned = _OWNED_HEAD.match(text, after[0].end) if _POSSESSIVE_END.search(
            text[after[0].start:after[0].end]) else None
        if owned and after[0].start == body_start:
            # "Nvidia's datacenter unit, which includes ..., generated $35.6B": the unit
            # is what the verb after the aside tells of, not Nvidia as a whole
            return (after[0].entity, text[after[0].start:owned.end(1)]), text, None
        return (after[0].entity, after[0].name), text, None
    if first_unknown >= 0:
        return ("", names[0]), text, None
    own = [m for m in mentions if m.start >= clause_lead_end(text) and
           not aside[0] <= m.start < aside[1] and m not in left]
    if own:  # "At Acme, revenue rose": Acme's; "After Acme reported, revenue rose": not
        return (own[0].entity, own[0].name), text, None
    for word in _PERSON_PRONOUN.findall(text):
        target = context.resolve(word)
        if target:
            return target, text, target
    return None, text, None


# "..., followed by another $2 billion from Globex": the party named after it acts next,
# not the clause before's subject (no party named: no one's).
_ANOTHER_PARTY = lazy(r"(?:followed|joined|matched|preceded|trailed)\s+by\s")


# A place after a preposition of place only locates a subject described before it:
# "Authors in the U.S. brought the case" is about the case the authors brought, not the U.S.
_IN_PLACE = lazy(r"\b(?:in|across|from|throughout|outside|around)\s+(?:the\s+)?$")


def _locating(text: str, name: str, start: int) -> bool:
    """Is ``name`` a place only locating what stands before it ("authors in the U.S.")?"""
    at = text.find(name, start)
    return at > start and is_place(name) and _IN_PLACE.search(text, start, at) is not None


# A measure with no owner, then a description of it between commas: "Fourth-quarter revenue,
# a figure Globex has not reached, ...", "Revenue, which Globex analysts had put lower, ...".
# (A unit's or a segment's description may tell whose it is: "The embedded segment, which
# rests on the Xilinx business AMD bought, ...".)
_DESCRIBED_HEAD = lazy(r"(?:[\w-]+\s+){0,4}?(?:revenue|revenues|sales|income|profit|profits|"
                       r"earnings|margin|margins),\s+(?:a|an|which|one\s+of)\s", re.IGNORECASE)


def _described_aside(text: str, start: int, mentions: list[Mention]) -> tuple[int, int]:
    """The span of a description between commas after a measure that names no owner (its
    names tell of the measure, not whose it is), or an empty span."""
    head = _DESCRIBED_HEAD.match(text, start)
    if head is None or any(m.start < head.end() for m in mentions):
        return 0, 0
    close = text.find(",", head.end())
    return head.end(), close if close >= 0 else len(text)


# A country's possessive before a name only says where the name is from: "Japan's SoftBank".
_POSSESSIVE_GAP = lazy(r"['’]s\s+")


def _home_of(text: str, name: str, start: int, after: list[Mention]) -> bool:
    """Is ``name`` a place in the possessive right before a known name ("Taiwan's TSMC")?"""
    at = text.find(name, start) + len(name)
    gap = _POSSESSIVE_GAP.match(text, at) if is_place(name) else None
    return gap is not None and any(m.start == gap.end() for m in after)


# Verbs a facility, a machine or a product takes, not its owner: "It houses 100,000 GPUs",
# and how it was made or switched on: "It was built in 122 days", "it went online in June"
# (an organisation is founded or set up, not built; a deal, too, is "completed").
_HOLDS = re.compile(r"\s+(?:now\s+|already\s+|currently\s+)?(?:houses|contains|holds|hosts|"
                    r"packs|runs\s+on|is\s+powered\s+by|draws|consumes|covers|spans|"
                    r"is\s+located|sits|stands|weighs|measures|features|"
                    r"(?:was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:built|constructed|"
                    r"done|assembled|installed|erected|switched\s+on|"
                    r"brought\s+online)|(?:went|came)\s+(?:online|live))\b")
