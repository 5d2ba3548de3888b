"""Deterministic synthetic fact stores and articles for the benchmarks (not a test).

A store of N facts is written as ordinary fact files (``facts-00000.yaml``, 5,000 facts each,
streamed: a million facts never sit in memory), so the benchmark builds it the way a user's
store is built. One entity per 20 facts: companies with a full name, short name, "Inc." form
and ticker, plus a chief executive (a person affiliated with the company) for one company in
four; facts are quantities (revenue, net income, headcount, market share, users, valuation,
R&D spending, ...) with a value, a year (period) and an as-of date, events (founding,
listing, product launch) with a date, and relations (partnerships) with a counterparty; every
fact cites one of a dozen publishers. Names, figures and dates come from a seeded generator,
so the same size gives the same files, byte for byte.

Articles (``article(store_size, words)``) are written against the same generator: sentences
whose figure matches a stored fact, figures that contradict one, wrong founding years,
opinions, sentences about a person, and sentences that name no known entity but give a figure
(the only claims that reach the store's full-text search, whose cost grows with the store).
A revenue or users fact names the product line it came from (600 invented one-word names),
and ``fallback_article`` writes claims about such a line that name no company: the
full-text search finds the facts of that line (a few per thousand of the store) and ranks
them, as it does for a real claim about a product or a place.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

GENERATOR_VERSION = 2  # bump when the output changes, so cached stores are rebuilt
FACTS_PER_FILE = 5000
FACTS_PER_ENTITY = 20

_HEADS = ("vel", "nor", "ast", "cor", "lum", "tera", "quin", "bra", "zen", "ori", "hal", "pyr",
          "sol", "mar", "kel", "dra", "fen", "gal", "iso", "jun", "kor", "lyr", "mon", "nex",
          "oct", "pax", "rho", "sav", "tal", "ulm")
_MIDS = ("a", "i", "o", "e", "u", "ar", "en", "is", "on", "ex", "al", "or", "um", "et", "ir")
_TAILS = ("trix", "wind", "dyne", "gen", "lytics", "tek", "nova", "via", "sys", "corp", "ware",
          "lab", "net", "point", "field", "stone", "bridge", "works", "cast", "scale")
_KINDS = ("Systems", "Capital", "Energy", "Robotics", "Health", "Semiconductor", "Networks",
          "Logistics", "Foods", "Motors", "Pharma", "Software")
_FIRST = ("Maria", "James", "Aiko", "Rahul", "Lena", "Omar", "Sofia", "Chen", "Grace", "Tomas",
          "Nadia", "Victor", "Ingrid", "Kwame", "Elena", "Hugo")
_LAST = ("Okafor", "Lindqvist", "Tanaka", "Moreau", "Castillo", "Novak", "Haddad", "Brennan",
         "Kowalski", "Achebe", "Ferreira", "Yamamoto", "Sorensen", "Delgado", "Petrov", "Quinn")
_PUBLISHERS = ("Reuters", "Bloomberg", "Financial Times", "The Wall Street Journal", "CNBC",
               "Associated Press", "The Economist", "Nikkei Asia", "Handelsblatt", "Les Echos",
               "The Information", "company filing")
# measure, cues, value kind
_MEASURES = (
    ("revenue", ("revenue", "sales", "turnover"), "money"),
    ("net income", ("net income", "profit", "earned"), "money"),
    ("operating income", ("operating income", "operating profit"), "money"),
    ("research and development spending", ("research and development", "R&D"), "money"),
    ("capital expenditure", ("capital expenditure", "capex", "spent on"), "money"),
    ("valuation", ("valuation", "valued at", "worth"), "money"),
    ("headcount", ("employees", "staff", "workforce", "headcount"), "count"),
    ("monthly active users", ("monthly active users", "users"), "count"),
    ("market share", ("market share", "share of the market"), "percent"),
    ("gross margin", ("gross margin", "margin"), "percent"),
)
_EVENTS = (("founding", ("founded", "established", "set up"), "was founded"),
           ("listing", ("went public", "listed", "initial public offering", "IPO"),
            "went public"),
           ("launch", ("launched", "unveiled", "introduced"), "launched its flagship product"))
_GENERIC = ("A regional cooperative", "One mid-sized lender", "A consortium of local farmers",
            "A little-known startup", "The city's transit agency", "A group of hospitals",
            "An unnamed fund", "A family-owned brewer")
_GENERIC_WHAT = ("membership", "ridership", "loan book", "harvest", "patient visits",
                 "assets", "output", "subscriber base")
_OPINIONS = ("Analysts say {name} is poised to dominate the next decade of {field}.",
             "{name} should double down on {field} before rivals catch up.",
             "Investors believe {name} will undoubtedly reshape {field}.",
             "The move is crucial for {name} and for {field} as a whole.")
# Product lines (one word each, 600 of them): a revenue or users fact names the line it
# came from, so a claim about a line that names no company still meets the store's words,
# each in a few facts per thousand, as a real store's product and place names are.
_LINE_HEADS = ("Orb", "Kest", "Vant", "Lum", "Zephr", "Quar", "Sable", "Tund", "Brix", "Cael",
               "Dorn", "Elv", "Fyr", "Glim", "Hask", "Ivor", "Jask", "Kyl", "Lorn", "Mav",
               "Nyx", "Opal", "Pell", "Rask")
_LINE_TAILS = ("ix", "ara", "ion", "ello", "ent", "ora", "yx", "ano", "eon", "ium", "ette",
               "ova", "ayne", "ith", "oro", "ulo", "esk", "amo", "ive", "isto", "ador",
               "uma", "elle", "ost", "undra")
_LINE_MEASURES = {"revenue": "{c} reported revenue of {v} for {y} from its {p} line.",
                  "monthly active users": "{c}'s {p} app had {v} monthly active users in {y}."}
_FALLBACK = {"revenue": ("Sales of the {p} line reached {v} in {y}, people familiar with "
                         "the figures said.",
                         "The {p} range brought in {v} in {y}, according to an analyst "
                         "note."),
             "monthly active users": ("The {p} app counted {v} monthly active users in {y}, "
                                      "an industry tracker said.",
                                      "In {y}, {v} people used the {p} app every month.")}
_FIELDS = ("cloud computing", "battery storage", "logistics", "drug discovery", "robotics",
           "payments", "chip design", "satellite imaging")


@dataclass(frozen=True)
class Company:
    index: int
    id: str
    name: str
    short: str
    ticker: str


def company(index: int) -> Company:
    """The index-th company: names are unique by construction (mixed-radix digits)."""
    head = _HEADS[index % len(_HEADS)]
    rest = index // len(_HEADS)
    mid = _MIDS[rest % len(_MIDS)]
    rest //= len(_MIDS)
    tail = _TAILS[rest % len(_TAILS)]
    rest //= len(_TAILS)
    short = (head + mid + tail).capitalize() + (f" {_roman(rest)}" if rest else "")
    kind = _KINDS[index % len(_KINDS)]
    letters = []
    n = index
    for _ in range(4):
        letters.append(chr(ord("A") + n % 26))
        n //= 26
    ticker = "X" + "".join(letters)
    slug = short.lower().replace(" ", "-")
    return Company(index, f"{slug}-{kind.lower()}", f"{short} {kind}", short, ticker)


def _roman(n: int) -> str:
    out = ""
    for value, digits in ((10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        while n >= value:
            out += digits
            n -= value
    return out


def _ceo(c: Company) -> tuple[str, str]:
    first = _FIRST[c.index % len(_FIRST)]
    last = _LAST[(c.index // len(_FIRST)) % len(_LAST)]
    return f"{c.id}-ceo", f"{first} {last} {c.short}"  # the surname keeps it unique


def _money(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return f"${rng.uniform(0.2, 95):.1f} billion"
    return f"${rng.randint(20, 950)} million"


def _value(kind: str, rng: random.Random) -> str:
    if kind == "money":
        return _money(rng)
    if kind == "percent":
        return f"{rng.uniform(1, 80):.1f}%"
    return str(rng.randint(50, 400_000))


def _q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _flow(items: tuple[str, ...]) -> str:
    return "[" + ", ".join(_q(i) for i in items) + "]"


def _source(rng: random.Random, key: str, year: int) -> str:
    publisher = rng.choice(_PUBLISHERS)
    slug = publisher.lower().replace(" ", "-")
    return (f"    sources:\n      - url: https://news.example.com/{slug}/{key}\n"
            f"        title: {_q(f'{key} ({publisher})')}\n        publisher: {_q(publisher)}\n"
            f"        date: {year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}\n"
            f"        reliability: {'primary' if publisher == 'company filing' else 'news'}\n")


def entity_count(facts: int) -> int:
    return max(1, facts // FACTS_PER_ENTITY)


def product_line(c: Company, year: int) -> str:
    """The product line a company's figure for ``year`` came from."""
    n = (c.index * 7 + year) % (len(_LINE_HEADS) * len(_LINE_TAILS))
    return _LINE_HEADS[n % len(_LINE_HEADS)] + _LINE_TAILS[n // len(_LINE_HEADS)]


def _statement(c: Company, measure: str, value: str, year: int) -> str:
    line = _LINE_MEASURES.get(measure)
    if line is not None:
        return line.format(c=c.name, v=value, y=year, p=product_line(c, year))
    return f"{c.name} reported {measure} of {value} for {year}."


def _entities_yaml(c: Company) -> str:
    ceo_id, ceo_name = _ceo(c)
    text = (f"  - id: {c.id}\n    name: {_q(c.name)}\n    kind: organization\n"
            f"    aliases: {_flow((c.short, f'{c.name} Inc.', c.ticker))}\n"
            f"    descriptors: [company, firm]\n")
    if c.index % 4 == 0:
        text += (f"  - id: {ceo_id}\n    name: {_q(ceo_name)}\n    kind: person\n"
                 f"    affiliation: {c.id}\n")
    return text


def fact_record(number: int, companies: int) -> tuple[Company, str, str, str, int]:
    """The number-th fact: its company, measure, value text, kind and year (for articles)."""
    rng = random.Random(number * 7919 + 17)
    c = company(number % companies)
    slot = (number // companies)
    choice = slot % 14
    year = 2005 + rng.randint(0, 19)
    if choice < len(_MEASURES):
        measure, _, kind = _MEASURES[choice]
        return c, measure, _value(kind, rng), "quantity", year
    if choice < len(_MEASURES) + len(_EVENTS):
        return c, _EVENTS[choice - len(_MEASURES)][0], "", "event", 1980 + rng.randint(0, 40)
    return c, "partnership", "", "relation", year


def _fact_yaml(number: int, companies: int) -> str:
    c, measure, value, kind, year = fact_record(number, companies)
    rng = random.Random(number * 104729 + 3)
    fid = f"{c.id}-f{number}"
    head = f"  - id: {fid}\n    kind: {kind}\n    subject: {c.id}\n    measure: {measure}\n"
    if kind == "quantity":
        cues = next(m[1] for m in _MEASURES if m[0] == measure)
        statement = _statement(c, measure, value, year)
        body = (f"    cues: {_flow(cues)}\n    value: {_q(value)}\n    tolerance: 0.02\n"
                f"    period: {year}\n    as_of: {year}-12-31\n    published: {year + 1}-02-15\n")
    elif kind == "event":
        event = next(e for e in _EVENTS if e[0] == measure)
        date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        statement = f"{c.name} {event[2]} on {date}."
        body = f"    cues: {_flow(event[1])}\n    date: {date}\n    state: completed\n"
    else:
        other = company((c.index + 1 + rng.randint(0, 50)) % companies)
        statement = f"{c.name} and {other.name} formed a partnership in {year}."
        body = (f"    object: {other.id}\n    cues: [partnership, partnered, alliance]\n"
                f"    date: {year}-06-01\n")
        if other.id == c.id:
            body = "    cues: [partnership, partnered, alliance]\n"
            statement = f"{c.name} formed a partnership in {year}."
        body += f"    published: {year}-06-02\n"
    return head + body + f"    statement: {_q(statement)}\n" + _source(rng, fid, year)


def write_store(folder: Path, facts: int) -> Path:
    """Write ``facts`` facts as fact files into ``folder`` (skipped when already written)."""
    stamp = folder / ".complete"
    wanted = f"{GENERATOR_VERSION}:{facts}"
    if stamp.exists() and stamp.read_text() == wanted:
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.yaml"):
        old.unlink()
    companies = entity_count(facts)
    for start in range(0, max(facts, companies), FACTS_PER_FILE):
        with open(folder / f"facts-{start // FACTS_PER_FILE:05d}.yaml", "w",
                  encoding="utf-8") as out:
            if start < companies:
                out.write("entities:\n")
                for i in range(start, min(start + FACTS_PER_FILE, companies)):
                    out.write(_entities_yaml(company(i)))
            out.write("facts:\n")
            for number in range(start, min(start + FACTS_PER_FILE, facts)):
                out.write(_fact_yaml(number, companies))
    stamp.write_text(wanted)
    return folder


def _sentences(store_facts: int, rng: random.Random) -> Iterator[str]:
    companies = entity_count(store_facts)
    while True:
        number = rng.randrange(store_facts)
        c, measure, value, kind, year = fact_record(number, companies)
        name = rng.choice((c.name, c.short, c.ticker))
        roll = rng.random()
        if roll < 0.15:
            yield (f"{rng.choice(_GENERIC)} said its {rng.choice(_GENERIC_WHAT)} grew to "
                   f"{rng.randint(2, 90)},{rng.randint(100, 999)} in {year}.")
        elif roll < 0.30:
            yield rng.choice(_OPINIONS).format(name=name, field=rng.choice(_FIELDS))
        elif roll < 0.40 and c.index % 4 == 0:
            _, ceo = _ceo(c)
            yield f"{ceo}, who runs {c.short}, unveiled a new strategy in {year}."
        elif kind == "quantity":
            shown = value if roll < 0.7 else _value(
                next(m[2] for m in _MEASURES if m[0] == measure), rng)
            yield f"{name} reported {measure} of {shown} in {year}, the company said."
        elif kind == "event":
            verb = next(e[2] for e in _EVENTS if e[0] == measure)
            when = year if roll < 0.7 else year + rng.randint(1, 5)
            yield f"{name} {verb} in {when}."
        else:
            yield f"{name} formed a partnership with a rival in {year}."


def article(store_facts: int, words: int, seed: int = 5) -> str:
    """A dated plain-text article of about ``words`` words about the store's companies."""
    rng = random.Random(seed * 1_000_003 + store_facts)
    out = ["03/25 2025", "Markets in review", ""]
    count = 0
    paragraph: list[str] = []
    for sentence in _sentences(store_facts, rng):
        paragraph.append(sentence)
        count += len(sentence.split())
        if len(paragraph) == 4:
            out.append(" ".join(paragraph))
            out.append("")
            paragraph = []
        if count >= words:
            break
    if paragraph:
        out.append(" ".join(paragraph))
    return "\n".join(out) + "\n"


def fallback_article(store_facts: int, claims: int = 8, seed: int = 9) -> str:
    """An article whose every claim names no known entity but gives a figure for a product
    line (a word a few facts of the store hold), so each one goes to the store's full-text
    search and finds facts to rank: the figure as stored, or drawn again."""
    rng = random.Random(seed * 1_000_003 + store_facts)
    companies = entity_count(store_facts)
    lines = ["03/25 2025", "Product briefs", ""]
    while len(lines) < 3 + 2 * claims:
        c, measure, value, _, year = fact_record(rng.randrange(store_facts), companies)
        if measure not in _FALLBACK:
            continue
        kind = next(m[2] for m in _MEASURES if m[0] == measure)
        shown = value if rng.random() < 0.5 else _value(kind, rng)
        if kind == "count":
            shown = f"{int(shown):,}"  # as news writes a count
        lines.append(rng.choice(_FALLBACK[measure]).format(p=product_line(c, year), v=shown,
                                                           y=year))
        lines.append("")
    return "\n".join(lines)


def write_table(folder: Path, table: Path, facts: int) -> tuple[Path, Path]:
    """The same store as a bulk import takes it: the entities as fact files in ``folder``,
    and every quantity fact a row of a JSON Lines ``table`` (events and relations, which a
    table does not hold, are left out)."""
    import json

    stamp = folder / ".complete"
    wanted = f"table:{GENERATOR_VERSION}:{facts}:2"
    if stamp.exists() and stamp.read_text() == wanted and table.exists():
        return folder, table
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("*.yaml"):
        old.unlink()
    companies = entity_count(facts)
    for start in range(0, companies, FACTS_PER_FILE):  # files of the usual size
        with open(folder / f"entities-{start // FACTS_PER_FILE:05d}.yaml", "w",
                  encoding="utf-8") as out:
            out.write("entities:\n")
            for i in range(start, min(start + FACTS_PER_FILE, companies)):
                out.write(_entities_yaml(company(i)))
    with open(table, "w", encoding="utf-8") as out:
        for number in range(facts):
            c, measure, value, kind, year = fact_record(number, companies)
            if kind != "quantity":
                continue
            rng = random.Random(number * 104729 + 3)
            publisher = rng.choice(_PUBLISHERS)
            fid = f"{c.id}-f{number}"
            out.write(json.dumps({
                "id": fid, "subject": c.id, "measure": measure, "value": value,
                "cues": "|".join(next(m[1] for m in _MEASURES if m[0] == measure)),
                "tolerance": 0.02, "period": year, "as_of": f"{year}-12-31",
                "published": f"{year + 1}-02-15",
                "statement": _statement(c, measure, value, year),
                "source_url": f"https://news.example.com/{publisher.lower().replace(' ', '-')}"
                              f"/{fid}",
                "source_title": f"{fid} ({publisher})", "source_publisher": publisher,
                "source_reliability": "primary" if publisher == "company filing" else "news",
            }) + "\n")
    stamp.write_text(wanted)
    return folder, table
