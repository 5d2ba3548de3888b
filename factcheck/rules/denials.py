"""Whether a claim's figure stands in what the claim denies, or prices another thing.

Why: "OpenAI did not raise $40 billion", "Microsoft declined to say it is cutting 3% of its
staff", "Microsoft denied that it is laying off 10% of its workforce" give a figure the
facts may hold, but the claim asserts that the act did not happen, or that someone would
not say or denied it. The figure checked is not what the claim says: an equal one does not
confirm it, and another does not refute it (what a company denied may be what it denied). A
fact that itself tells a denial ("declined to disclose", "not") may confirm it. Likewise a
worth told after a comma of the thing just before it ("received warrants for 160 million AMD
shares, worth $20 billion"): it prices that thing, not the subject or its deal. Must not:
read a negation that governs no verb ("hardware, not an equity stake"), one in another
clause than the figure's, or one of a figure whose own act a relative clause tells ("has
not recovered the $589 billion it lost"); decide a verdict (``rules`` and the figure guards
ask).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..language.lexicon import lazy
from ..language.markers import NOT_JUST, NOT_UNTIL
from ..language.scope import denied_verbs
from ..model import Claim, Fact
from .stems import content_stems, stems

# A verb of denying a report, before what it denies: "denied that it is laying off",
# "disputed reports it would cut", "rejected claims that".
_DENYING = lazy(r"\b(?:denied|denies|deny|denying|disputed|disputes|dispute|disputing|"
                r"(?:rejected|dismissed|rebutted)\s+(?:the\s+)?(?:reports?|claims?|suggestions?)"
                r")\b[^.;:]*$", re.IGNORECASE)
# A relative clause after the figure that tells its own act: "has not recovered the $589
# billion of market value it lost" denies the recovery; the loss is the figure's.
_OWN_ACT = lazy(r"(?:\s+[\w-]+){0,4}?\s+(?:(?:it|they|he|she)\s+[a-z]+\b|(?:that|which)\s+"
                r"(?:[a-z]+\s+)?[a-z]+(?:ed|en)\b)")
# What a fact says to tell a denial itself.
_TOLD = lazy(r"\b(?:not|never|no|declined|refused|denied|denies|without)\b|n['’]t\b",
             re.IGNORECASE)


def denied_figure(claim: Claim) -> str | None:
    """The words that deny the act a figure of the claim gives ("did not raise", "declined
    to say", "denied"), when the figure stands in what they govern; None otherwise."""
    spans = [q.span for q in claim.quantities if q.span is not None]
    if not spans:
        return None
    text = claim.standalone
    for scope in denied_verbs(text):
        if any(scope.start <= s.start < scope.end and
               not _OWN_ACT.match(text, s.end, scope.end) for s in spans):
            return f"{scope.marker} {scope.head}"
    for s in spans:
        found = _DENYING.search(text, 0, s.start)
        if found is not None:
            return found.group(0).split()[0].lower()
    return None


_NEGATION = lazy(rf"\b(?:not|never|no longer)\b{NOT_JUST}{NOT_UNTIL}|"
                 rf"n't\b{NOT_JUST}{NOT_UNTIL}", re.IGNORECASE)


def denies_cue(text: str, cue: str) -> bool:
    """Does a negation in ``text`` deny the cue? A denied verb denies only itself ("did not
    reveal its stake" takes the stake for granted); a denied noun phrase the words right
    after it. Only the cue's content words count: "but not for our mission" denies no
    "for-profit"."""
    verbs = denied_verbs(text)
    words = content_stems(cue)
    for m in _NEGATION.finditer(text):
        verb = next((s for s in verbs if m.start() < s.start <= m.end() + 40), None)
        after = stems(text[m.end():] if verb is None else verb.head)[:4]
        if any(s in after for s in words):
            return True
    return False


# A state told as ended: "is no longer OpenAI's exclusive cloud provider", "ceased to be",
# given up by its holder: "gives up its first dibs on", "relinquished", "waived its status",
# or taken away: "the new terms remove Microsoft's right of first refusal", "scrapped".
_ENDED = lazy(r"\bno\s+longer\b|\bnot\s+any\s+(?:more|longer)\b|\bceased\s+to\b|"
              r"\bstopped\s+being\b|\b(?:gives?|gave|giving|given)\s+up\b|"
              r"\brelinquish\w*|\bwaiv(?:e|es|ed|ing)\b|\bsurrender\w*|\brenounc\w*|"
              r"\bforg(?:o|oes|oing|one|went)\b|\bremov(?:e|es|ed|ing)\b|"
              r"\bscrap(?:s|ped|ping)?\b|\beliminat(?:e|es|ed|ing)\b|\brevok\w*|"
              r"\brescind\w*", re.IGNORECASE)
# What a record tells to be the end of a state: a departure, an exit, a stake sold off.
_ENDING = lazy(r"\b(?:depart\w*|left|leav\w+|exit\w*|resign\w*|stepp?\w*\s+down|ended|"
               r"ends?|end(?:ing)?\s+of|terminat\w+|ouster|ousted|removed|removal|quit|"
               r"sold\s+(?:off|its\s+(?:entire|whole|remaining))|no\s+longer|ceased)\b",
               re.IGNORECASE)


def ends_state(text: str, cue: str) -> bool:
    """Does ``text`` tell that a state the cue names ended ("Microsoft will no longer have a
    right of first refusal to provide computing services")? The record of the state is then
    no evidence either way: it held before."""
    words = content_stems(cue)
    return any(any(s in stems(text[m.end():]) for s in words) for m in _ENDED.finditer(text))


def tells_ending(fact: Fact) -> bool:
    """Does the fact record the end of a state (a departure, an exit)?"""
    return _ENDING.search(f"{fact.measure} {fact.statement}") is not None


def tells_denial(fact: Fact) -> bool:
    """Does the fact itself tell a denial ("ruled that training was fair use, but that the
    copying was not")? A claim's denial may then be the one it tells."""
    return _TOLD.search(f"{fact.statement} {fact.note or ''}") is not None


def denied_cue(claim: Claim, facts: Sequence[Fact]) -> str | None:
    """A cue of a fact of ``facts`` that tells a denial itself, which the claim's negation
    denies: the claim may deny what the fact denies, or what it affirms ("ruled that
    training was fair use, but that the copying was not"); None otherwise."""
    if not claim.negated:
        return None
    return next((cue for f in facts if tells_denial(f) for cue in f.cues
                 if denies_cue(claim.standalone, cue)), None)


def denial_unsaid(claim: Claim, facts: Sequence[Fact]) -> str | None:
    """The claim's denial of its figure's act, when no fact of ``facts`` tells a denial."""
    denied = denied_figure(claim)
    if denied is None or any(tells_denial(f) for f in facts):
        return None
    return denied


# A worth told after a comma, of the thing just before it: "received warrants for 160
# million AMD shares, worth $20 billion", "sold its T-Mobile stake, worth $9 billion".
_QUALIFIER = r"(?:about|roughly|nearly|around|some|almost|approximately|more\s+than|over|up\s+to)?"
_WORTH_AFTER = lazy(rf"(?P<before>\b[a-z][\w-]*),\s*(?:worth|valued\s+at|priced\s+at)\s+"
                    rf"{_QUALIFIER}\s*$", re.IGNORECASE)
# A holding named again, in an apposition, with its worth: "holds 27% of OpenAI, a holding
# valued at about $135 billion", "owns 27% of it—an investment worth $135 billion". The
# worth is the holding's, not that of the company just named (which an apposition would
# otherwise describe).
_HOLDING_WORTH = lazy(rf"\b(?:an?|the|its|their|his|her)\s+(?:[\w$.,-]+\s+){{0,2}}?"
                      rf"(?P<before>stakes?|holdings?|investments?|positions?|shareholdings?)\s+"
                      rf"(?:(?:is|was|now|currently|then)\s+)*(?:worth|valued\s+at)\s+"
                      rf"{_QUALIFIER}\s*$", re.IGNORECASE)


def worth_of_another(claim: Claim, held: bool = False) -> str | None:
    """The words of a figure the sentence gives, after a comma, as the worth of the thing
    named just before it (a lower-case noun: "shares", "stake"; with ``held``, only a
    holding or a security, since a noun may also describe the subject: "xAI is the
    acquirer, valued at $80 billion"), not of the claim's subject; None otherwise. Such a
    figure prices that thing: the subject's value, or a deal's size, is another figure. So
    does a holding an apposition names again with its worth ("27% of OpenAI, a holding
    valued at ..."), whatever the ``held``."""
    sentence = claim.sentence
    for q in claim.quantities:
        at = sentence.find(q.text) if q.text else -1
        if at <= 0:
            continue
        found = _WORTH_AFTER.search(sentence, max(0, at - 80), at)
        if found is not None and found.end() == at and (
                not held or _HELD.fullmatch(found.group("before")) is not None):
            return f"{found.group('before')}, worth {q.text}"
        found = _HOLDING_WORTH.search(sentence, max(0, at - 80), at)
        if found is not None and found.end() == at:
            return f"{found.group('before').lower()} worth {q.text}"
    return None


_HELD = lazy(r"(?:shares|stakes?|warrants|options|holdings?|securities|bonds|notes|assets|"
             r"portfolio|position)", re.IGNORECASE)
