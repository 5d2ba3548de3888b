"""Whether a party an event's record mentions is told in it as a doer of the act or as one
the act falls on.

Why: a record of an event has its doer as subject and may mention other parties: fellow
doers ("BlackRock, Microsoft and MGX launched the partnership", "Trump announced Stargate
with Altman, Son and Ellison") and parties the act falls on ("Elon Musk sued OpenAI, Sam
Altman and Greg Brockman"). A claim that makes the second kind its doer ("Greg Brockman sued
Elon Musk", "Altman sued OpenAI") tells the act the other way round, and the record does
not confirm it. The statement tells a mentioned party as acted on when every time it names
the party it does so after the first word of the act the claim uses, with no "with", "by"
or "alongside" just before the name (those give a doer: "founded by A, B and C").
Must not: read a record whose statement names the party nowhere, or does not hold the act's
word the claim uses (nothing to tell the roles by); decide a verdict (``matching`` keeps
such a record from the claim's candidates).
"""

from __future__ import annotations

import re

from ..model import Claim, Fact
from .stems import phrase_stems, stems

# The words that make a name after the act a doer of it: a co-doer ("with Sam Altman",
# "alongside Oracle"), or the subject of a clause of its own ("was renamed AIP as NVIDIA and
# xAI joined").
_DOER_BEFORE = frozenset("with alongside as while when after which who that where since "
                         "because whose".split())
# Between the claim's subject and its act: a passive ("Altman was removed"), whose subject is
# the one acted on.
_PASSIVE = frozenset("is are was were be been being get gets got".split())
# What opens the object of a transitive act ("sued Elon Musk", "removed the board", "hired
# Microsoft's ...", "invested $4 billion"): an act with none ("xAI launches publicly",
# "launched in July", "DGX-1 announced") is the subject's own event, told intransitively.
_DETERMINERS = frozenset("the a an its his her their this that these those".split())
ACT_GAP = 3  # words between the claim's subject and its act ("Greg Brockman then sued")
_TOKEN = re.compile(r"[\w$][\w$'’-]*")


def _words(text: str) -> list[tuple[str, tuple[str, ...]]]:
    """The text's words, each with its stems."""
    return [(w, stems(w)) for w in _TOKEN.findall(text)]


def _at(words: list[tuple[str, tuple[str, ...]]], target: tuple[str, ...], i: int) -> int:
    """How many words from ``i`` on spell the stems ``target`` (0: they do not)."""
    # Asked at every word of a statement: most words' first stem is not the target's (no
    # copy of the words that follow, as a slice of them made for each word).
    if target and i < len(words) and words[i][1] and words[i][1][0] != target[0]:
        return 0
    got: list[str] = []
    for n in range(i, len(words)):
        got.extend(words[n][1])
        if len(got) >= len(target):
            return n - i + 1 if tuple(got[:len(target)]) == target else 0
    return 0


def _act_after(words: list[tuple[str, tuple[str, ...]]], last: str,
               acts: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The acts (stems of cues) the claim tells its subject (last named by ``last``) doing to
    something: within ``ACT_GAP`` lower-case words after the name, not in the passive, and
    followed by an object."""
    found = []
    for i, (_, word_stems) in enumerate(words):
        if last not in word_stems:
            continue
        for gap in range(ACT_GAP + 1):
            between = [w for w, _ in words[i + 1:i + 1 + gap]]
            if any(not w.islower() or w in _PASSIVE for w in between):
                break
            for target in acts:
                n = _at(words, target, i + 1 + gap)
                after = words[i + 1 + gap + n][0] if n and i + 1 + gap + n < len(words) else ""
                if after and (after[0].isupper() or after[0] in "$0123456789" or
                              after.lower() in _DETERMINERS):
                    found.append(target)
    return found


def acted_on(claim: Claim, fact: Fact) -> bool:
    """Does the claim make its subject, a party of ``fact``, the doer of an act the
    statement tells that party as taking ("Greg Brockman sued Elon Musk" beside "Elon Musk
    sued OpenAI, Sam Altman and Greg Brockman"; "Sam Altman removed the board" beside "the
    board removed Sam Altman")? The act is a cue of the fact the claim tells its subject
    doing to something; in the statement, every mention of the party (by its last name)
    comes after the act's first word, with no word between them that makes it a doer, no
    "by" of the act's own ("was founded on 5 April 1993 by"; "a startup founded by" is
    another act's), and never as an owner ("in Jensen Huang's keynote")."""
    if fact.kind != "event" or not claim.subject_name or \
            claim.subject not in (fact.subject, fact.object, *fact.mentions):
        return False
    last = stems(claim.subject_name)[-1:]
    cues = [t for t in (phrase_stems(c) for c in fact.cues) if t]
    acts = _act_after(_words(claim.standalone), last[0], cues) if last and cues else []
    if not acts:
        return False
    told = _words(fact.statement)
    starts = [i for target in acts for i in range(len(told)) if _at(told, target, i)]
    at = [i for i, (_, word_stems) in enumerate(told) if last[0] in word_stems]
    if not starts or not at or any(told[i][0].endswith(("'s", "’s")) for i in at):
        return False
    first = min(starts)
    return all(i > first and not _DOER_BEFORE.intersection(
        w.lower() for w, _ in told[first + 1:i]) and not _own_agent(told, first, i) for i in at)


def _own_agent(told: list[tuple[str, tuple[str, ...]]], act: int, name: int) -> bool:
    """Is there a "by" between the act and the name that gives the act's agent: one not
    right after another participle ("io, the startup founded by Jony Ive")?"""
    return any(w.lower() == "by" and (j - 1 == act or not told[j - 1][0].endswith(("ed", "en")))
               for j, (w, _) in enumerate(told[act + 1:name], act + 1))
