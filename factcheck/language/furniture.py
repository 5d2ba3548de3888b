"""What a news sentence carries besides its content: datelines, labels, attribution, tickers.

Owns: finding the parts of a sentence that say where, when and by whom it was reported rather
than what happened ("SAN FRANCISCO, March 20, 2025 —", "What happened:", "(Nasdaq: NVDA)",
"according to Reuters", "Bloomberg reported", "said on Tuesday that", "UAE-based"), and
blanking them to spaces so offsets stay put. A blanked part is never a name, figure or date
that a claim must have checked. Must not: drop a party to the claim: "AMD said revenue rose"
keeps AMD, whose revenue it is.
"""

from __future__ import annotations

import re

from .gates import gated
from .lexicon import lazy
from .places import is_place

_MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
          r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_DAY = rf"(?:{_MONTH} \d{{1,2}}(?:, \d{{4}})?|\d{{1,2}} {_MONTH}(?: \d{{4}})?)"
_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# "SAN FRANCISCO, March 20, 2025 —", "AUSTIN, Texas (Reuters) -", "London, 20 March 2025 --",
# "Feb 21 (Reuters) -", "San Francisco : ", and a press release's "NEW YORK and REDMOND,
# Wash., March 19, 2025 /PRNewswire/ --"
_CITY = r"[A-Z][A-Z.'’/-]+(?: [A-Z][A-Z.'’/-]+)*"
DATELINE = re.compile(
    rf"^\s*(?:{_DAY}|(?:{_CITY}(?: and {_CITY})?|[A-Z][a-z]+(?: [A-Z][a-z]+)*)"
    rf"(?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)*)?(?:,? {_DAY})?)\s*(?:\([^()]{{1,30}}\))?"
    rf"\s*(?:/[A-Z][\w .-]{{1,30}}/)?\s*(?:—|–|--| - | : )\s*")
# "What happened:", "The AI question:", "Bottom line:" before a capitalised sentence; not
# before a figure, whose holder or measure it names ("Acme: 300 million weekly users").
LABEL = gated(re.compile(r"^\s*[A-Z][\w'’-]*(?: [\w'’-]+){0,4}:\s+(?=[^\W\d_]|[\"“])"))
TICKER = re.compile(r"\s*\((?:(?:Nasdaq|NASDAQ|NYSE|Nyse|LSE|TSE|TYO|HKEX|SSE|Euronext|OTC|"
                    r"TSX|ASX|KRX|XETRA)(?: ?[A-Z]+)?:\s*[A-Z0-9.]{1,8}(?:,\s*[^()]{1,20})?|"
                    # a ticker with a sector tag: "BlackRock (BLK, Financial)"
                    r"[A-Z]{2,5},\s*[A-Z][a-z]+(?: [A-Z][a-z]+)?)\)")
# Publishers and wires: attribution, not content.
PUBLISHERS = (r"(?:Reuters|Bloomberg(?: News)?|the Associated Press|Associated Press|AP|AFP|"
              r"CNBC|CNN|the BBC|BBC|Semafor|TechCrunch|The Verge|Axios|Forbes|Fortune|"
              r"The Information|the Information|(?:The |the )?(?:Wall Street Journal|New York "
              r"Times|Financial Times|Washington Post|Economist|Guardian)|the FT|the WSJ|"
              r"Nikkei(?: Asia)?|Business Insider|Insider|Yahoo Finance|MarketWatch)")
# A name an outlet goes by, when the words around it say that it is one.
_OUTLET = r"[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,3}"
_ASIDES = [
    # unnamed sources telling an outlet frame what they tell, whatever the outlet is called:
    # "Sources tell Harbor Daily that", "people familiar with the plans told the Ledger that"
    re.compile(rf"\b(?:[Ss]ources|[Pp]eople|[Pp]ersons|[Ii]nsiders|[Oo]fficials|[Aa] (?:source|"
               rf"person))(?: (?:familiar with|close to|briefed on|with knowledge of) "
               rf"[\w'’ ]{{1,40}}?)? (?:tells?|told|ha(?:ve|s) told) (?:the )?{_OUTLET},? that\s+"),
    # an outlet's scoop told after the content: ", Harbor Daily first reported", ", the
    # Ledger reported, citing ..." (a company reporting its own figure says neither)
    re.compile(rf",\s*(?:the\s+)?(?:(?:news agency|newswire|newspaper|broadcaster|outlet|"
               rf"publication|magazine|website)\s+)?{_OUTLET}\s+(?:(?:first|exclusively|"
               rf"previously|earlier)\s+"
               rf"reported|reported(?=,?\s+citing\b))"),
    # whom a report cites: ", citing people familiar with the matter"
    re.compile(r",?\s*\bciting (?:people|persons|sources|a person|a source|officials|insiders|"
               r"documents|unnamed|anonymous|two|three|several)\b[^,.;]*"),
    # "according to Reuters", "according to estimates from TechInsights"
    re.compile(r",?\s*\baccording to (?:[\w&'’-]+ ?){1,6}(?=[,.;]|$)"),
    re.compile(rf",?\s*\b(?:as )?(?:first )?reported by {PUBLISHERS}"),
    re.compile(rf"\b{PUBLISHERS} (?:reported|said|wrote|first reported|reports)"
               rf"(?: on {_WEEKDAY})?,?(?: that)?\s*"),
    # whom a speaker named after the report told it: the verb stays, so that the name is
    # read as its speaker (", Huang told analysts on a call.", ", Su told CNBC.")
    # (not after a quotation, whose speaker frames it: '"...," Doe told reporters.')
    re.compile(rf"(?<![\"”]),\s+[^,\"”]{{1,60}}?\btold (?P<aside>(?:{PUBLISHERS}|analysts|"
               rf"reporters|investors|journalists)(?: on (?:a|the) (?:call|conference call)|"
               rf" in an interview)?)(?=\W*$)"),
    # (but not the verb that reports what follows: "Su told analysts that ...")
    re.compile(rf",?\s*\btold {PUBLISHERS}|\btold (?:analysts|reporters|investors|journalists)"
               rf"(?: on (?:a|the) (?:call|conference call))?(?!,? that\b)"),
    # the day something was said: "said late on Tuesday, Feb. 4, that" -> "said that"
    re.compile(rf"\b(?:said|says|announced|reported|wrote|confirmed|disclosed)(?P<aside> "
               rf"(?:(?:late|early) )?(?:on (?:{_WEEKDAY}|{_DAY})(?:, {_DAY})?|"
               rf"(?:last|this|earlier this|late last|early last) (?:week|month|year|"
               rf"{_WEEKDAY})),?)(?= that\b| it\b| in\b)"),
    # a former name only tells which one it is: "X (formerly Twitter)", "X, formerly known
    # as Twitter,"
    re.compile(r"\s*\((?:formerly|previously)(?: known as| called)? [^()]{1,40}\)|"
               r",\s*(?:formerly|previously)(?: known as| called)? (?:[A-Z][\w.&'’-]*\s?){1,4}"
               r"(?:,|(?=\W*$))"),
    # another name for a noun only glosses it: "its backlog, or contracted revenue,
    # increased to ..." (a lower-case noun, the gloss, then the clause's verb)
    re.compile(r"(?<=[a-z]),\s+or\s+(?:[a-z][\w'’-]*\s+){0,4}[a-z][\w'’-]*,(?=\s+(?:[a-z]+ed|"
               r"rose|grew|fell|was|were|is|are|hit|stood|came|rises|grows|falls|stands)\b)"),
    # places that only locate a party: "UAE-based", "San Jose-based", "Santa Clara, Calif.-based"
    re.compile(r"\b(?:(?!(?:The|A|An|This|That|Its)\b)[A-Z][\w.]*[ -]){0,3}[A-Z][\w.]*-"
               r"(?:based|headquartered)\b"),  # "The New York-based firm": the article stays
]


# A person named after what they told, with the role that says they are one: ", said analyst
# Jane Roe", ", Harbor Research analyst Jane Roe said", ", said Jane Roe, an analyst at ...",
# ", according to its lawyer, Jane Roe". A name alone may be the party whose figure it is
# ("Revenue rose, Acme said"): it stays.
_ROLE = (r"(?:[a-z][\w-]* )?(?:analyst|economist|strategist|spokes(?:man|woman|person)|lawyer|"
         r"attorney|professor|researcher|investor|official|executive|founder|co-founder|"
         r"partner|director|chair(?:man|woman)?|president|CEO|CFO|Chair(?:man|woman)?|"
         r"President|Senator|Governor|Secretary|Minister|Analyst)")
_PERSON = r"(?:[A-Z][\w.'’-]* ){1,2}[A-Z][\w'’-]+"  # "Jane Roe", "C.C. Wei"
_DESCRIBED = r"(?:a|an|the) [^,.;]{3,60}"
_TOLD = r"(?:said|says|added|noted|wrote|argued|explained)"
_END = r"(?=\W*$)"
SPEAKERS = [
    re.compile(rf",\s*{_TOLD} (?:(?:[A-Z][\w&.'’-]* ){{0,3}}{_ROLE} {_PERSON}(?:, {_DESCRIBED})?|"
               rf"{_PERSON}, {_DESCRIBED}){_END}"),
    re.compile(rf",\s*(?:(?:[A-Z][\w&.'’-]* ){{0,3}}{_ROLE} {_PERSON}|{_PERSON}, {_DESCRIBED},) "
               rf"{_TOLD}{_END}"),
    re.compile(rf",?\s*\baccording to (?:his|her|its|their|the) [a-z][\w -]{{2,30}}, "
               rf"{_PERSON}{_END}"),
]


def _blank(text: str, start: int, end: int) -> str:
    return text[:start] + " " * (end - start) + text[end:]


# An interview's speaker before a short answer: "Lindqvist: Not really." A label before a
# short figure ("Revenue: $39.3 billion") is that figure's subject and stays.
# A label that says who speaks is the attribution of what follows, not furniture: "Acme
# said in a statement: ..." (the quotation's "we" is Acme).
_ATTRIBUTES = lazy(r"(?i)\b(?:said|says|stated|states|added|adds|wrote|writes|told|"
                   r"announced|explained)\b")
SPEAKER = re.compile(r"^\s*[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?:\s+(?=[A-Z][a-z][^\d]*$)")


def prefix_end(sentence: str) -> int:
    """Where a sentence's content starts, past a dateline, a section label or a speaker."""
    at = 0
    for pattern in (DATELINE, LABEL):
        m = pattern.match(sentence, at)
        if m and len(sentence) - m.end() > 20 and \
                not _opens_aside(m.group(0), sentence[m.end():]) and \
                not (pattern is LABEL and _ATTRIBUTES.search(m.group(0))):
            at = m.end()
    speaker = SPEAKER.match(sentence, at) if at == 0 else None
    return speaker.end() if speaker else at


# A timeline's entry: a date alone before a dash or a colon ("March 14, 2024 —", "June
# 2020:", "2019 —"), or a day of a timeline of days whose year the article's date gives
# ("November 17:", "Nov. 20 —"): the date of what follows.
_ENTRY_DATE = gated(re.compile(rf"\s*(?P<date>{_MONTH} \d{{1,2}}, (?:19|20)\d\d|\d{{1,2}} {_MONTH} "
                               rf"(?:19|20)\d\d|{_MONTH} (?:19|20)\d\d|(?:19|20)\d\d|"
                               rf"{_MONTH} \d{{1,2}}(?!\d)|\d{{1,2}} {_MONTH})[\s*]*"
                               rf"(?:—|–|--| - |:)\s*"))


def timeline_entries(blocks: list[str]) -> frozenset[int]:
    """The blocks that are entries of a timeline: each opens with a date alone before a
    dash ("March 14, 2024 — GPT-4 arrives"), and so does the block before or after it. A
    lone block so opened is a dateline (after a standfirst, say): the report's date."""
    dated = {i for i, text in enumerate(blocks) if _ENTRY_DATE.match(text)}
    return frozenset(i for i in dated if i - 1 in dated or i + 1 in dated)


def content_start(sentence: str, entry: bool) -> tuple[int, str]:
    """Where a sentence's content starts (``prefix_end``), and the lead of time its content
    is told with: an ``entry`` of a timeline (``timeline_entries``) is dated by the date
    it opens with ("March 14, 2024 — Acme ships ..." is told "On March 14, 2024, Acme ships
    ..."), where a dateline is cut as no content."""
    m = _ENTRY_DATE.match(sentence) if entry else None
    if m is None or len(sentence) - m.end() <= 20:
        return prefix_end(sentence), ""
    date = m.group("date")
    on_day = re.search(r"\b\d{1,2}\b", date) is not None  # "On March 14, 2024", "In 2019"
    return m.end(), f"{'On' if on_day else 'In'} {date}, "


def _opens_aside(dateline: str, rest: str) -> bool:
    """Is what looks like a bare dateline ("MGX —", no date, no wire) a name whose aside the
    same dash closes later ("MGX — a $100 billion fund — plans ...")?"""
    dash = dateline.rstrip().split()[-1][-1]
    return not re.search(r"[\d(]", dateline) and (dash in "—–" and dash in rest or
                                                   dash == "-" and " - " in rest)


# What every aside above holds: one of these words or names, or a name between commas before
# a lowercase word. The words are looked for as strings first (``gated``): most sentences hold
# none, and forty alternatives tried at every character cost more than the rest of the scan.
_TRIGGER_WORDS = gated(re.compile(r"\(|according|reported|told|\btells?\b|citing|-based|"
                                  r"-headquartered|added|noted|argued|explained|formerly|"
                                  r"previously|\bsaid|\bsays|announced|wrote|confirmed|"
                                  r"disclosed|, or |" + PUBLISHERS))
_TRIGGER_NAME = re.compile(r",\s[A-Z][\w.]*,\s[a-z]")


# "the Santa Clara, California-based company": a city and its state before "-based".
_CITY_STATE = re.compile(r"\b(?:(?!(?:The|A|An|This|That|Its)\b)[A-Z][\w.]*\s){0,2}"
                         r"[A-Z][\w.]*,\s(?P<state>[A-Z][\w.]*)"
                         r"-(?:based|headquartered)\b")
# "the Santa Clara, California, company": the same between commas, before a lowercase noun.
_CITY_STATE_BEFORE = re.compile(r"(?<=\b[Tt]he\s)(?:[A-Z][\w.]*\s){0,2}[A-Z][\w.]*,\s"
                                r"(?P<state>[A-Z][\w.]*),\s(?=[a-z])")


_QUOTE_MARK = lazy(r"[\"“”]")
# The same patterns, each looked for only in a sentence that holds a string every match of
# it holds (``gated``): a sentence with an aside ("said" is in most) is read by a dozen,
# most of which open with a blank or "\b" and are tried at every position.
_GATED_PLACE = gated(_CITY_STATE)
_GATED_SPEAKERS = tuple(gated(p) for p in SPEAKERS)
_GATED_ASIDES = tuple(gated(p) for p in (TICKER, *_ASIDES))


def blank_asides(sentence: str) -> str:
    """The sentence with its tickers, attributions and locating places blanked to spaces."""
    text = sentence
    if _TRIGGER_WORDS.search(text) is None and _TRIGGER_NAME.search(text) is None:
        return text  # most sentences carry none: one scan instead of eight
    for pattern in (_GATED_PLACE, _CITY_STATE_BEFORE):
        for m in reversed(list(pattern.finditer(text))):
            if is_place(m.group("state")):
                text = _blank(text, m.start(), m.end())
    # a quotation is checked against its speaker ("QTE"): the speaker stays
    speakers = () if _QUOTE_MARK.search(text) else _GATED_SPEAKERS
    for pattern in (*speakers, *_GATED_ASIDES):
        for m in reversed(list(pattern.finditer(text))):
            group = "aside" if "aside" in pattern.groupindex else 0
            text = _blank(text, m.start(group), m.end(group))
    return text
