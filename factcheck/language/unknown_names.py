"""Capitalised names in a clause that no entity of the store covers.

Owns: ``unknown_names``: the capitalised runs of a clause no mention covers ("Bezos",
"Intel", "American"), without the words that only look like names: a sentence's first word
that is a common noun ("Research firm TechInsights", "Demand for chips"), a title before a
name, an epithet before a known person, numerals and model numbers, a place written with
its state; and a name's abbreviation written beside it, or the words that spell an
abbreviation out. Why apart from ``entities``: that
module finds the store's names (the store builds its index from it); this one reads what is
left. Must not: read the store.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .counterparties import code_as_party
from .entities import NOT_NAMES, Mention, bare_words, word_tokens
from .gates import gated
from .lead_ins import RELATIVE_TIME
from .lexicon import lazy, runtime_pattern
from .lines import line_words
from .places import is_place

_OPENING_ADVERBS = frozenset("together altogether overall instead otherwise elsewhere "
                             "indeed again later earlier afterwards nonetheless well now so "
                             "yes okay however meanwhile moreover besides furthermore "
                             "additionally also plus first second third finally then thus "
                             "hence today yesterday still".split())
# An adverb that opens a time told from another: "Earlier this month", "Late last year".
_TIME_ADVERBS = frozenset(("earlier", "later", "early", "late"))
_RELATIVE_TIME = lazy(RELATIVE_TIME, re.IGNORECASE)
_COMMON_SUFFIXES = ("ly", "ing", "ed", "ies", "tion", "ment", "ness", "ity", "ance", "ence",
                    "al", "ive", "ous", "ic", "ary", "ful", "less", "ers", "ors", "ists",
                    "ism")
# After a sentence's first word, these show it to be a common noun written with a capital
# only because it opens the sentence: "Research firm TechInsights", "Demand for chips".
_AFTER_COMMON = frozenset("""
for of in on at to from by about over under among between into than with firm firms company
companies group groups maker makers giant giants analyst analysts chief executive officer
officers head heads director directors chair chairman chairwoman president founder founders
insiders insider watchers watcher observers observer sources source experts expert investors
traders
""".split())


def _common_head(tokens: tuple[tuple[int, int, str], ...], index: int) -> bool:
    """Is the first word of a sentence a common noun ("Research firm ...", "Chair and chief
    executive Lisa Su") rather than a name ("Tesla said", "Bezos and Musk")?"""
    if index + 1 >= len(tokens):
        return False
    following = tokens[index + 1][2]
    if following.lower() in ("and", "or"):
        return index + 2 < len(tokens) and tokens[index + 2][2][:1].islower()
    return following.islower() and following in _AFTER_COMMON


def _title_before_name(tokens: tuple[tuple[int, int, str], ...], index: int,
                       covered: list[tuple[int, int]]) -> bool:
    """Is the first word of a sentence the head of a title before a known name
    ("Semiconductor designer Advanced Micro Devices", "Giant private asset manager
    BlackRock")? Lower-case words follow it, then the name."""
    following = tokens[index + 1:index + 5]
    if not following or not following[0][2].islower():
        return False
    for at, (start, _end, word) in enumerate(following):
        if any(s <= start < e for s, e in covered):
            return True
        if word in ("and", "or") and at + 1 < len(following) and any(
                s <= following[at + 1][0] < e for s, e in covered):
            return False  # "Vanguard and BlackRock agreed ...": a list of two names
        if not word.islower() or word.endswith(("ed", "s")) or word in _VERBS:
            return False  # "Bezos co-founded Acme", "Bezos sells", "Bezos is": a verb
    return False


_VERBS = frozenset("is was are were has had have will would can could may might did does do "
                   "to said says told led won ran met".split())


# Epithets a headline puts before a person's name: "Billionaire Musk's xAI", "Tycoon Doe".
_EPITHETS = frozenset("billionaire billionaires tycoon mogul magnate entrepreneur".split())


def _epithet_before_person(tokens: tuple[tuple[int, int, str], ...], index: int,
                           people: set[int]) -> bool:
    """Is the first word of a sentence an epithet right before a known person's name?"""
    return tokens[index][2].lower() in _EPITHETS and index + 1 < len(tokens) and \
        tokens[index + 1][0] in people


def _trade_right_before_name(text: str, tokens: tuple[tuple[int, int, str], ...], index: int,
                             named: set[int]) -> bool:
    """Is the first word of a sentence a company's trade right before its name ("Chipmaker
    Nvidia"), with nothing but a space between and a name that is no person's (a title
    before a person is read by the roles)?"""
    if index + 1 >= len(tokens):
        return False
    start = tokens[index + 1][0]
    return start in named and not text[tokens[index][1]:start].strip()


_HYPHENATED = lazy(r"-[a-z]")
# Titles written with capitals ("Chief Executive Officer", "Senior Vice President"): a word
# that is a name elsewhere ("Technology", "General") is a title's only inside one.
_TITLE_WORDS = (
    r"\b(?:(?:Senior|Executive|Deputy|Acting|Interim|Former|Founding)\s+)*(?:Vice\s+)?"
    r"(?:Chief(?:\s+[A-Z][a-z]+){1,2}\s+Officer|Chief\s+Executive|Chief\s+Scientist|"
    r"Chair(?:man|woman|person)?|President|Co-?[Ff]ounder|Founder|Managing\s+Director|"
    r"Director|General\s+(?:Manager|Counsel)|Prime\s+Minister|Minister|Secretary|Senator|"
    r"Governor|Chancellor|Analyst|Spokes(?:man|woman|person))\b")
# (gated: looked for only in a clause that holds one of the words; an alternation that
# opens with "\b" is tried at every position of every clause)
_TITLE = gated(re.compile(rf"{_TITLE_WORDS}(?=,? [A-Z])"))  # ("Acme's Chief Executive, Jo Roe")
# Titles between commas after a person's name: "Jane Roe, Chairman and CEO, said ..." gives
# what she is, as "Acme Chairman Jane Roe" does.
_TITLES_AFTER = lazy(rf"\s*,\s*(?:{_TITLE_WORDS}|C[EFOT]O)(?:\s*(?:,|and|&)\s*"
                      rf"(?:{_TITLE_WORDS}|C[EFOT]O))*(?=\s*,|\s*$)")
# "Acme tops $1 trillion: Report", "... - Sources": the tag closing a headline says who
# told it; it names no party.
_SOURCE_TAG = gated(lazy(r"\s*(?::|\s[-–—|])\s*(?:(?:a |new |media )?reports?|sources?|"
                          r"filings?|analysts?|study|survey)\s*$", re.IGNORECASE))
_OWNER_BEFORE = lazy(r"[A-Z][\w&.-]*(?:['’]s)? $")
# A currency named in words after a figure: "1.05 trillion New Taiwan dollars" names no place.
_CURRENCY_IN_WORDS = gated(re.compile(r"\b(?:[Nn]ew\s+)?Taiwan\s+dollars?\b"))
# A currency's code written against its figure: "TWD374.7 billion", "EUR3.2bn".
_CODED_AMOUNT = re.compile(r"(?:TWD|NTD|USD|EUR|GBP|JPY|CNY|RMB|HKD|KRW|INR|CHF|CAD|AUD|SGD)"
                           r"\d[\d.,]*(?:bn|m|b|tn)?")
_NUMERAL = re.compile(r"[A-Z]?\d[\w.-]*|[IVXLC]+|[A-Z]|(?:FY|CY|Q[1-4]|H[12])'?\d{2,4}")


def _place_with(tokens: tuple[tuple[int, int, str], ...], index: int) -> bool:
    """Does a common word open a place's name with the word after it ("New York", "New
    Delhi")?"""
    return index + 1 < len(tokens) and is_place(f"{tokens[index][2]} {tokens[index + 1][2]}")


# A figure right before a word: "$81.5B Street".
_AFTER_FIGURE = lazy(r"\d(?:\.\d+)?\s?(?:[BMK]|bn|billion|million|%)?\s+$")


def unknown_names(text: str, mentions: list[Mention], sentence_start: bool = True) -> list[str]:
    """Capitalised names in ``text`` that no mention covers ("Bezos", "Intel", "American")."""
    return list(_unknown_names(text, tuple(mentions), sentence_start))


# Capitals in brackets right after a name: "SoftBank Group (SBG)", "Acme Corp. (ACME)".
_BRACKETED_INITIALS = lazy(r"\s*\(([A-Z]{2,6})\)")


def _initials(name: str) -> str:
    """A name's initials, a capital inside a word counted too ("SoftBank Group": SBG)."""
    return "".join(c for w in name.split() for i, c in enumerate(w) if c.isupper() and
                   (i == 0 or w[i - 1].islower()))


# A clause is read for its unknown names by the claim and again by its subject's reading.
@lru_cache(maxsize=1024)
def _unknown_names(text: str, mentions: tuple[Mention, ...], sentence_start: bool
                   ) -> tuple[str, ...]:
    covered = [(m.start, m.end) for m in mentions]
    inside = {at for s, e in covered for at in range(s, e)}  # the offsets mentions cover
    # an organisation's title is a role at it: "Oracle Chairman Larry Ellison" names no
    # Chairman (a bare one, "President Jane Doe", may be an office: the roles read it)
    inside |= {at for m in _TITLE.finditer(text) if _OWNER_BEFORE.search(text, 0, m.start())
               for at in range(m.start(), m.end())}
    inside |= {at for m in mentions if m.kind == "person"
               for t in [_TITLES_AFTER.match(text, m.end)] if t
               for at in range(t.start(), t.end())}
    inside |= {at for m in _CURRENCY_IN_WORDS.finditer(text) for at in range(m.start(), m.end())}
    if "(" in text:  # "SoftBank Group (SBG)": the initials of the name just before them
        inside |= {at for m in mentions if not m.described
                   for b in [_BRACKETED_INITIALS.match(text, m.end)]
                   if b and _initials(text[m.start:m.end]) == b.group(1)
                   for at in range(b.start(1), b.end(1))}
    inside |= {at for start, end in line_words(text) for at in range(start, end)}
    tag = _SOURCE_TAG.search(text)
    if tag is not None:  # "...: Report" says who told it, as "according to a report" does
        inside |= set(range(tag.start(), len(text)))
    starts = {m.start for m in mentions if m.kind != "person"}  # "President Trump": a title
    people = {m.start for m in mentions if m.kind == "person"}
    names: list[str] = []
    current: list[str] = []
    tokens = word_tokens(text)
    previous_end = 0
    for index, ((start, _end, word), bare) in enumerate(zip(tokens, bare_words(text), strict=True)):
        is_name = bool(bare) and bare[0].isupper() and start not in inside
        if is_name and bare.lower() in NOT_NAMES and not _place_with(tokens, index) and not (
                len(bare) == 1 and code_as_party(text[:start], text[_end:])):
            is_name = False  # (a lone capital in a deal's slot names a party: "acquired X")
        if is_name and index == 0 and sentence_start and bare == word and (
                bare.lower().endswith(_COMMON_SUFFIXES) or _HYPHENATED.match(text, _end) or
                bare.lower() in _OPENING_ADVERBS and text.startswith(",", _end) or
                bare.lower() in _TIME_ADVERBS and _RELATIVE_TIME.match(text, _end)):
            is_name = False  # "Currently, ...", "Computational power ...", "Together, ...",
            # "Earlier this month", "Late last year"
        if is_name and index == 0 and sentence_start and bare == word and (
                _common_head(tokens, index) or _title_before_name(tokens, index, covered)
                or _trade_right_before_name(text, tokens, index, starts)
                or _epithet_before_person(tokens, index, people)):
            is_name = False  # "Research firm TechInsights", "Demand for chips", "Chair and"
        if is_name and _NUMERAL.fullmatch(bare) and not code_as_party(text[:start],
                                                                       text[_end:]):
            is_name = False  # model numbers and numerals are not names ("acquired X" names)
        if is_name and bare == "Street" and _AFTER_FIGURE.search(text[:start]):
            is_name = False  # "vs. $81.5B Street": the market, in an analyst's shorthand
        if is_name and (text.startswith("$", _end) or _CODED_AMOUNT.fullmatch(bare) or
                        text.endswith("$", 0, start) and bare.startswith("US")):
            is_name = False  # a currency's letters: "NT$374 billion", "HK$", "TWD374.7",
            # "$US97.4 billion" (as Australian wire copy writes US dollars)
        if is_name and current and re.search(r"[,;:()]", text[previous_end:start]):
            names.append(" ".join(current))  # "Hooli, Vandelay": two names in a list
            current = []
        previous_end = _end
        if is_name:
            current.append(bare)
        elif current:
            names.append(" ".join(current))
            current = []
    if current:
        names.append(" ".join(current))
    if ", or " in text:  # "Meta Superintelligence Labs, or MSL,": said once, in full
        names = [n for n in names if not _spelled_out_before(n, text)]
    # (the abbreviation, a name of its own, is said once)
    return tuple(n for n in dict.fromkeys(_abbreviated(_spelled_out(n, text), text)
                                          for n in names) if n) \
        if "(" in text else tuple(names)


def _spelled_out_before(name: str, text: str) -> bool:
    """Is ``name`` an abbreviation introduced after ", or" for the capitalised words right
    before it, their initials ("Global Widget Partnership, or GWP")? It names nothing the
    words did not: a fact that says them in full covers it."""
    m = runtime_pattern(rf",\s+or\s+{re.escape(name)}\b").search(text) \
        if re.fullmatch(r"[A-Z]{2,6}", name) else None
    if m is None:
        return False
    words = re.findall(r"[A-Za-z][\w'’-]*", text[:m.start()])[-len(name):]
    return len(words) == len(name) and all(w[0].isupper() for w in words) and \
        "".join(w[0] for w in words) == name


def _spelled_out(name: str, text: str) -> str:
    """"in-house TPUs (Tensor Processing Units)": the words in brackets spell out the
    capitals just before them, which are read on their own (a name, or a term of the trade
    such as "TPUs"): they name nothing more."""
    # (the name closing brackets is looked for first: a pattern that opens with a name is
    # tried only where the name is, one that opens with "\b" at every position)
    m = runtime_pattern(rf"\b([A-Z]{{2,6}})s?\s*\(\s*([^()]*?\b{re.escape(name)})\s*\)"
                        ).search(text) \
        if runtime_pattern(rf"{re.escape(name)}\s*\)").search(text) else None
    words = m.group(2).split() if m else []  # with a word that is no name: "Global"
    return "" if m is not None and len(words) == len(m.group(1)) and \
        "".join(w[0] for w in words).upper() == m.group(1) else name


def _abbreviated(name: str, text: str) -> str:
    """"its GPU Technology Conference (GTC 2022)": the name as the text abbreviates it (what
    a fact may call it), when the capitals in brackets after it are the initials of its
    words and of the words just before it."""
    m = runtime_pattern(rf"{re.escape(name)}\s*\(([A-Z]{{2,6}})\b").search(text)
    if m is None or len(name.split()) > len(m.group(1)):
        return name
    words = re.findall(r"[A-Za-z][\w'’-]*", text[:m.start() + len(name)])[-len(m.group(1)):]
    if "".join(w[0] for w in words).upper() != m.group(1):
        return name
    # "Artificial Intelligence (AI)", "Initial Public Offering (IPO)": a term of the trade
    # spelled out is no name at all
    return "" if m.group(1).lower() in NOT_NAMES else m.group(1)
