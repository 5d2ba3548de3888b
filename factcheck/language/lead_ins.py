"""What opens a clause before its subject: lead-ins of time, place, circumstance and
attribution ("In January 2023, ...", "According to Reuters, ...", "Backed by Microsoft,
..."), news placed in time ("It comes two months after ..."), and a leading pronoun.

Owns: the patterns that say where a clause's own words begin, for ``subjects`` (its
subject is the first name after them) and for the rules that read a claim past its
lead-in, and where a lead-in ends (``lead_end``, ``when_end``, and ``clause_lead_end`` for
one that is a clause of its own). Must not: resolve a pronoun or choose a subject (``subjects``).
"""

from __future__ import annotations

import re

from .clause_words import looks_main
from .gates import gated
from .lexicon import lazy

# "This" before a verb of what an event does ("This marks the biggest one-day loss") points
# back like "It" does: to what the sentence before told of its subject.
_THIS_DOES = (r"This(?=\s+(?:marks|marked|makes|made|represents|represented|brings|brought|"
              r"follows|followed|puts|put|pushes|pushed|gives|gave|lifts|lifted)\b)")
# A plural description of the two names the clause before gave together as its subject:
# "The two companies", "The firms", "The duo", and "the two" with words of their own before a
# plural noun of organisations: "The two tech giants", "Both chipmakers".
PAIR = lazy(r"(?:[Tt]he\s+two|Both)\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?:companies|firms|groups|"
            r"sides|partners|giants|chipmakers|makers|rivals|businesses|start-?ups|players|"
            r"labs|corporations|conglomerates|heavyweights|titans|behemoths|powerhouses)\b|"
            r"The\s+(?:pair|duo|companies|firms)\b")
LEADING_PRONOUN = re.compile(r"^(?P<lead>(?:[A-Z][^,]{0,60},\s*)?)(?P<pron>He|She|It|They|His|"
                             rf"Her|Its|Their|he|she|it|they|its|their|{_THIS_DOES})\b(?P<poss>)")
# A time before a pronoun with no comma between: "In January 2023 it announced", "Last May
# it raised", "on Jan. 27 it lost".
TIME_BEFORE_PRONOUN = re.compile(
    r"^(?:(?:in|on|by|during|since)\s+(?:early\s+|late\s+|mid-?)?(?-i:[A-Z][a-z]{2,8}\.?\s+)?"
    r"(?:\d{1,2},?\s+)?(?:(?:19|20)\d\d\s+)?|(?:last|this|earlier\s+this|later\s+that|"
    r"that)\s+(?:year|month|week|quarter|(?-i:[A-Z][a-z]{2,8}))\s+|(?:days|weeks|months|years|"
    r"a\s+(?:day|week|month|year))\s+(?:later|earlier|after)\s+|"
    # an adverb of time with no comma: "Now it wants to double it"
    r"(?:now|today|then|later|soon|next|since\s+then|so\s+far)\s+)(?=(?:it|he|she|they)\b)",
    re.IGNORECASE)
# "It also comes two months after OpenAI unveiled Stargate": the news placed in time. "It" is
# no entity, and the claim is what follows ("It comes with 192 GB" is another matter); so
# with an "It" that is no one ("It took OpenAI five days to ...", "It was in 2019 that ...").
NEWS_IN_TIME = re.compile(
    r"^(?:It|This|That)\s+(?:also\s+)?(?:comes|came|happened|occurred|took\s+place)\s+"
    r"(?:(?:just\s+|only\s+|nearly\s+|almost\s+|about\s+|around\s+|roughly\s+|some\s+|"
    r"barely\s+|more\s+than\s+|less\s+than\s+|over\s+|under\s+)?(?:a|an|one|two|"
    r"three|four|five|six|several|a few|\d+)\s+(?:days?|weeks?|months?|years?)\s+)?"
    r"(?:after|before|as|amid)\s+|"
    # "It's been only two months since AMD launched ...": the time since, counted back
    r"It(?:['’]s|\s+has|\s+is)\s+been\s+(?:(?:only|just|nearly|almost|about|more\s+than|"
    r"less\s+than|over|under)\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|eighteen|several|a few|\d+)\s+(?:days?|weeks?|months?|years?)\s+since\s+|"
    # an "It" that is no one, before the clause that says what is told: a time it took ("It
    # took OpenAI five days to reach ..."), a cleft ("It was in 2019 that Microsoft ...", "It
    # was not until 2023 that ..."), a judgement of what follows ("It is likely that ...")
    r"It\s+(?:took|takes|will\s+take|would\s+take|has\s+taken|had\s+taken)\s+(?=(?:[A-Z][\w.&-]*"
    r"\s+){0,3}(?:(?:only|just|about|nearly|almost|around|less\s+than|more\s+than|over|under)"
    r"\s+)?(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a\s+few|several|\d[\d,]*)"
    r"\s+(?:hours?|days?|weeks?|months?|years?)\b[^.;:]{0,40}?\bto\s+[a-z])|"
    r"It(?:\s+(?:was|is|wasn['’]t|isn['’]t)|['’]s)\s+(?:only\s+|just\s+|not\s+)?(?:in|on|at|"
    r"during|after|before|until|since)\s+[^,;:]{1,40}?\s+that\s+|"
    r"It\s+(?:is|was|seems|seemed|appears|appeared|remains|remained)\s+(?:(?:now|also|still|"
    r"widely|increasingly|not)\s+)?(?:likely|unlikely|clear|unclear|possible|certain|known|"
    r"reported|believed|understood|estimated|thought|rumou?red|true|evident|apparent|"
    r"worth\s+noting)\s+that\s+")
# A timeline's date before a dash: "August 2024 — Musk files ...", "Jan. 21, 2025 – ...".
_TIMELINE = (r"(?:(?-i:[A-Z][a-z]{2,8})\.?\s+(?:\d{1,2},\s+)?)?(?:19|20)\d\d\s*"
             r"(?:—|–|--)\s*")
# What a lead-in's word opens, to its comma.
_PHRASE = r"(?:[^,;:\"“]|\"[^\"]{0,40}\"|“[^”]{0,40}”){0,70},\s*"
# Names listed on after a lead-in's first comma, to the comma that ends the list on its "and"
# item: "Backed by Acme, | Globex, Orbit and Zeta, | the project ...".
_NAME = (r"(?-i:[A-Z])[\w.&'’-]*(?:\s+(?:(?-i:[A-Z])[\w.&'’-]*|(?-i:bin|al|de|van|von|der)"
         r"\b)){0,4}")
NAMES_ON = rf"(?:{_NAME},\s+)*{_NAME},?\s+(?:and|or)\s+{_NAME},\s*"
# A sentence may open with a conjunction before its lead-in: "And at the White House, ...".
_WORDED = (r"(?:(?:and|but|yet|so)\s+)?"
           r"(?:in|on|at|by|during|through|with|when|after|before|since|as|from|"
           r"together with|along with|alongside|according to|as reported by|citing|"
           # "Per the Ledger, ...", "Per a Ledger report, ..." (never "Per chip, ...": a rate)
           r"per(?=\s+(?:(?:the|an?)\b|(?-i:[A-Z])))|"
           r"early|for|despite|under|over|leveraging|recognizing|currently|"
           r"furthermore|moreover|meanwhile|however|additionally|recently|"
           r"regardless|today|now|also|"
           # what a figure counts: "Counting debt, it could deploy $100 billion"
           r"counting|not counting|including|excluding|once)\b" + _PHRASE + "|"
           r"(?:(?:and|but|yet|so)\s+)?"
           # a participle told of the subject before it is named: "Born in Taiwan, Huang
           # co-founded ...", "Backed by Microsoft, the group ...", "Having withdrawn the
           # case, Musk ...", and the names it lists ("Backed by A, B and C, the project")
           r"(?:born|raised|based|headquartered|founded|co-founded|backed|led|owned|"
           r"known|best known|listed|having|"
           # any past participle and its preposition: "Named after David Blackwell, the
           # B200 ...", "Designed for inference, the chip ..."
           r"[a-z]{3,}ed(?=\s+(?:by|after|in|on|at|as|for|from|with|to|under|into|over|"
           r"through|via)\b))\b" + _PHRASE + f"(?:{NAMES_ON})?")
# A time told from another ("Later this year, ...", "Earlier this month, ...", "Late last
# year, ...", "Earlier on Tuesday, ..."): the whole phrase and its comma, never a clause
# ("Later that year Musk sued OpenAI, claiming ..." keeps its subject).
# ``RELATIVE_TIME`` is the phrase after the adverb: the adverb opens no name.
RELATIVE_TIME = (r"\s+(?:(?:in|on)\s+)?(?:(?:this|last|next|that|the)\s+)?"
                 r"(?:same\s+|following\s+|previous\s+)?(?:year|month|week|quarter|day|"
                 r"spring|summer|fall|autumn|winter|morning|afternoon|evening|decade|monday|"
                 r"tuesday|wednesday|thursday|friday|saturday|sunday)\b")
_RELATIVE = rf"(?:later|earlier|late|early){RELATIVE_TIME}\s*,\s*"
LEAD_IN = re.compile(rf"^(?:{_TIMELINE}(?:{_WORDED})?|{_RELATIVE}|{_WORDED})", re.IGNORECASE)
# A year that opens a sentence and holds for each of its clauses: "In 2024, AMD is projected
# ... and expects ...".
TIME_LEAD = gated(re.compile(r"^(?:In|By|During|As of|Through|For)\s+(?:early\s+|late\s+|mid-?)?"
                             r"(?:fiscal\s+(?:year\s+)?)?(?:[A-Z][a-z]+\s+)?(?:19|20)\d\d,\s*"))


# A lead-in that is a clause of its own, with a verb ("After Acme reported its results, "):
# it tells when or why, and the names in it are not whom the clause after it tells of ("Since
# then Acme has ..." opens on an adverb: no clause of its own).
_CLAUSE_LEAD = lazy(r"(?:(?:and|but|yet|so)\s+)?(?:after|before|when|while|since|once|until|"
                    r"as|because|although|though|if)\s+(?!(?:then|now|again|of|well|part|"
                    r"such|a\s+result|always|usual|expected|ever)\b)", re.IGNORECASE)


def clause_lead_end(text: str) -> int:
    """Where a lead-in that is a clause of its own ends ("After Acme reported its results,
    "), or 0: the names in it are not what the clause after it tells of."""
    lead = LEAD_IN.match(text) if _CLAUSE_LEAD.match(text) else None
    return lead.end() if lead and looks_main(text, 0, lead.end()) else 0


def lead_end(text: str) -> int:
    """Where the clause proper starts, after a lead-in ("For the full fiscal year, ")."""
    lead = LEAD_IN.match(text)
    return lead.end() if lead else 0


def when_end(text: str) -> int:
    """Where the clause proper starts after a lead-in of time and perhaps a connective ("On
    Monday, however, "); 0 after any other lead-in ("Additionally, the development of AI
    ..." stays a general statement)."""
    when = _WHEN_LEAD.match(text)
    if when is None:
        return 0
    more = _CONNECTIVE.match(text, when.end())
    return more.end() if more else when.end()


# "On Monday, however, the stock fell": a time, then a connective of its own
_WHEN_LEAD = re.compile(r"(?:On|In|By|During|Since|Early|Late)\s+(?:early\s+|late\s+|mid-?)?"
                        r"(?:[A-Z][a-z]{2,8}\.?|(?:19|20)\d\d|the\s+(?:day|week|session|"
                        r"quarter))\b[^,]{0,30},\s*")
_CONNECTIVE = lazy(r"\s*(?:however|though|meanwhile|in\s+turn|by\s+contrast),\s*",
                   re.IGNORECASE)
