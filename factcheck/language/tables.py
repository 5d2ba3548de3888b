"""Table rows as statements: each figure in a cell is a claim about its row and column.

Owns: turning a row block (its cells and its table's header) into the sentences a reader
would say of it: "xAI Series B Post-money valuation was $24 billion" on the date the row
gives. Each sentence is tied to the span of the cell it checks, so a report points at the
cell; and whether a heading is the header row of the table under it. Must not: judge
anything, or read cells outside the row it is handed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..model import Block, Document, Kind, Span
from .lexicon import lazy
from .quantities import find_quantities

_MONTH = lazy(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b")
_BARE = lazy(r"^(?:about |roughly |some |over |more than |nearly |up to )?"
             r"(?!(?:19|20)\d\d$)\d[\d,.]*"
             r"(?: ?(?:thousand|million|billion|trillion|bn|m))?$", re.IGNORECASE)
_GENERIC_DATES = frozenset({"date", "when", "year", "period", "as of", "quarter", "time"})
_EMPTY = lazy(r"^(?:n/?[ad]|na|-+|—|–|\?|tbd|none|)$", re.IGNORECASE)
_FIGURES = (Kind.MONEY, Kind.PERCENT, Kind.RATIO, Kind.COUNT, Kind.POINTS)
# One-word headers and labels that name a measure, not a party ("Revenue", "Amount").
_HEADER_WORDS = frozenset("""revenue revenues sales amount value valuation figure figures total
change growth share price cost costs date year quarter period users units shipments investment
stake size count capacity memory bandwidth transistors performance funding raised round
investor investors item metric notes note spending capex income profit margin employees
launched announced founded launch speed power weight length height diameter""".split())


SENTENCE_CELL = 5  # words from which a cell is a sentence of its own, read as written


@dataclass(frozen=True, slots=True)
class RowStatement:
    """A sentence made from a row, and the cell whose figure or event it checks."""

    when: str  # "On Oct. 2, 2024, " when the row is dated, else ""
    body: str  # "xAI Series B post-money valuation was $24 billion."
    cell: Span
    # The row tells what happened ("Passes Apple"), not who: it is about the table's
    # subject whatever names it holds.
    event: bool = False
    labels: str = ""  # the row's own words that may name its party ("Globex", "first fab")

    @property
    def text(self) -> str:
        return self.when + self.body

    def without_cell(self, document_text: str) -> str:
        """The statement without the words of its figure's cell (``document_text`` holds
        it): a name there is what the figure counts ("100,000 Nvidia H100"), not the row's
        party; a cell that is a sentence of its own keeps its names."""
        cell = document_text[self.cell.start:self.cell.end]
        return self.text.replace(cell, " ") if 0 < len(cell.split()) < SENTENCE_CELL \
            else self.text

    def about(self, name: str) -> RowStatement:
        """The statement with the article's subject put first, for a row that names no one
        (a table of "Total revenue" in an article about AMD is about AMD)."""
        return RowStatement(self.when, f"{name} {self.body}", self.cell, self.event,
                            self.labels)


def _sentence_case(text: str) -> str:
    """A cell or header starts with a capital by convention, not because it is a name:
    "Post-money valuation" and "Calendar 2024" read as "post-money valuation" and
    "calendar 2024"; "Thrive Capital" and "Series B" keep theirs."""
    words = text.split()
    if len(words) == 1 and (words[0].lower() in _HEADER_WORDS or
                            re.fullmatch(r"[A-Z][a-z]+ed", words[0]) or
                            re.fullmatch(r"[A-Z][a-z]+(?:ive|tion|ment|ness)", words[0])):
        return text.lower()  # "Revenue", "Announced", "Cumulative"
    if len(words) >= 2 and words[0][1:].islower() and words[0].lower() in _HEADER_WORDS:
        return text[0].lower() + text[1:]  # "Price BlackRock agreed to pay for GIP"
    if len(words) >= 2 and words[0][1:].islower() and (
            words[1][:1].islower() or words[1][:1].isdigit() or
            _PARTICIPLE.fullmatch(words[0])):
        # "Planned Arizona investment": a participle or a measure word opens it
        return text[0].lower() + text[1:]
    return text


def lower_if_common(label: str, prose: str) -> str:
    """A label of capitalised words the article also writes in lower case is its common
    noun, capitalised as tables do ("Data Center" beside "the data center unit"), not a
    name: it reads in lower case."""
    if not label[:1].isupper() or len(label) > 40:
        return label
    lower = label.lower()
    # Each word of the label stands whole in a match, so a label with a word the article
    # never writes is answered without reading the article again (a search per row of a
    # long article's tables was quadratic).
    if not set(_WORD_RUN.findall(lower)) <= _word_runs(prose) or lower not in prose:
        return label
    found = re.search(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", prose)
    return lower if found is not None else label


_WORD_RUN = lazy(r"[\w-]+")


@lru_cache(maxsize=2)
def _word_runs(prose: str) -> frozenset[str]:
    """The words of an article as the label's search bounds them: gathered once per article
    (a string keeps its hash), not once per row."""
    return frozenset(_WORD_RUN.findall(prose))


# Columns whose labels are parts of a company: "| Segment | ... |" over "| Data Center |" is
# its data center segment, as a report says it.
_PART_HEADERS = frozenset({"segment", "division", "business unit", "operating segment",
                           "reporting segment"})
# The row of a segment column that gives the whole: "| Total | $90.15 billion |".
_WHOLE_ROWS = frozenset({"total", "totals", "overall", "all segments", "company total",
                         "consolidated", "group total"})
# Columns that say who gave a row's figure: attribution, not the row's party.
_SOURCE_HEADERS = frozenset({"source", "sources", "according to", "said by", "who said",
                             "who said it", "reported by", "via", "speaker", "said"})
# Columns of what others expected, and of how the row's figure fared against it ("Consensus",
# "Street", "Beat/Miss"): no figure or label of the row's own.
_BENCHMARK_HEADERS = lazy(r"^(?:(?:analysts?'?\s+|street\s+|wall\s+street\s+|lseg\s+|"
                          r"factset\s+)?(?:consensus|estimates?|est\.?|expectations?|"
                          r"expected)(?:\s+estimates?)?|street|beat\s*/\s*miss|"
                          r"beat\s+or\s+miss|beat|miss|surprise|magnitude|vs\.?\s+"
                          r"(?:consensus|estimates?|street))$", re.IGNORECASE)
# A participle opening a header: "Planned Arizona investment".
_PARTICIPLE = lazy(r"[A-Z][a-z]+ed")
# A verb opening a row's label, as a milestone is told: "Passes Apple", "Overtakes Microsoft
# as ...", "Joins the partnership" (not "Series B", "Sales", "Address"); in lower case too,
# as a label the article also writes in lower case is read.
_VERB_FORM = lazy(r"[A-Za-z][a-z]+[^aiosu\W]s\s+(?![A-Z0-9]\b)\S")
# Headers that say only that the column holds figures: a bare number there counts what its
# row's label names ("Primary mirror segments | 18" is 18 segments).
_AS_REPORTED = frozenset({"actual", "actuals", "reported", "result", "results", "actual result",
                          "reported result"})
_GENERIC_FIGURES = frozenset({"figure", "figures", "value", "values", "number", "amount",
                              "total", "data", "detail", "details", "fact", "facts", ""})


# A column of change ("Year-over-Year Change", "YoY", "Growth") and a cell that says how its
# row's figure moved ("Up 78%", "+78%", "-3%"): a growth rate, not a value of the measure.
_CHANGE_HEADER = lazy(r"\b(?:change|growth|increase|decrease|y/y|yoy|q/q|qoq)\b",
                      re.IGNORECASE)
_CHANGE_CELL = lazy(r"(?P<way>up|down|\+|-|−|–)?\s*(?P<pct>\d[\d.,]*\s?(?:%|(?:percentage\s+)?"
                    r"points?|pts?|bps|pp))", re.IGNORECASE)  # "-3 points": a margin's change
_OVER_YEAR = lazy(r"year[- ]over[- ]year|\byoy\b|\by/y\b|(?:prior|previous|last) year|"
                  r"year[- ](?:ago|earlier)", re.IGNORECASE)
_OVER_QUARTER = lazy(r"quarter[- ]over[- ]quarter|\bqoq\b|\bq/q\b|sequential|"
                     r"(?:prior|previous|last) quarter", re.IGNORECASE)

_PERIOD = lazy(r"\b(?:Q[1-4]|FY|H[12]|(?:19|20)\d\d|full year|quarter)", re.IGNORECASE)

# A unit in brackets at a header's end gives every bare figure of its column its unit:
# "Revenue (Billions)", "Revenue ($ billions)", "(in US$ bn)", "Growth (%)".
_HEADER_UNIT = lazy(r"\s*\((?:in\s+)?(?P<cur>US\$|\$|€|£)?\s*(?P<scale>billions?|millions?|"
                    r"trillions?|bn|mn|m|b|tn)?\s*(?P<pct>%|percent)?\)\s*$", re.IGNORECASE)
_SCALES = {"b": "billion", "bn": "billion", "m": "million", "mn": "million", "tn": "trillion"}
_PLAIN_NUMBER = lazy(r"(?P<cur>US\$|\$|€|£)?\s*(?P<num>[+\-−]?\d[\d,]*(?:\.\d+)?)")


def _with_header_unit(header: str, cell: str) -> tuple[str, str]:
    """The header without its bracketed unit, and the cell with it when the cell is a bare
    number ("$33.0" under "Revenue (Billions)" is $33.0 billion, "20" under "(%)" 20%)."""
    unit = _HEADER_UNIT.search(header)
    if unit is None or not (unit.group("cur") or unit.group("scale") or unit.group("pct")) or \
            (unit.group("scale") or "").lower() in ("m", "b") and not unit.group("cur"):
        return header, cell  # "Height (m)" is metres, no million
    bare = _PLAIN_NUMBER.fullmatch(cell.strip())
    if bare is None:
        return header[:unit.start()], cell
    if unit.group("pct"):
        return header[:unit.start()], f"{bare.group('num')}%"
    cur = bare.group("cur") or unit.group("cur") or ""
    scale = (unit.group("scale") or "").lower()
    scale = _SCALES.get(scale, scale.rstrip("s"))
    return header[:unit.start()], " ".join(f"{cur}{bare.group('num')} {scale}".split())


def _change(header: str, cell: str) -> str | None:
    """How a change column's cell reads after its row's measure ("was up 78% year over year"),
    or None when the column or the cell is no change."""
    found = _CHANGE_CELL.fullmatch(cell.strip())
    if not _CHANGE_HEADER.search(header) or found is None:
        return None
    way = (found.group("way") or "").lower()
    if way in ("down", "-", "−", "–"):
        way = "down"
    elif way in ("up", "+") or re.search(r"growth|increase", header, re.IGNORECASE):
        way = "up"
    else:
        return None  # "Change | 5%": which way it moved is not said
    over = " year over year" if _OVER_YEAR.search(header) else \
        " quarter over quarter" if _OVER_QUARTER.search(header) else ""
    return f"was {way} {found.group('pct')}{over}"


# The scale a results table gives once, beside its measure or period: "Revenue ($M)",
# "(in millions)", "($ in billions)", "2024 (US$bn)".
_SCALE = lazy(r"\s*\(\s*(?P<cur>(?:US|NT)?\$)?\s*(?:in\s+)?(?P<scale>m|mm|mn|mil|millions?|"
              r"b|bn|billions?|k|thousands?|000s?)(?:\s+of\s+dollars)?\s*\)", re.IGNORECASE)
_YEAR = lazy(r"(?:19|20)\d\d")
_SCALE_WORDS = {"m": "million", "b": "billion", "k": "thousand"}
_SCALED = lazy(r"(?:thousand|million|billion|trillion|bn|mn|[mbk])\b", re.IGNORECASE)


def _scale(text: str) -> tuple[str, str, str]:
    """A label or header without its scale marker, the scale word it gives ("million"), and
    the currency sign the marker names ("$" or "")."""
    found = _SCALE.search(text)
    if found is None or found.group("scale").lower() in ("m", "b") and not found.group("cur"):
        return text, "", ""  # "Height (m)" is metres, no million
    word = found.group("scale").lower().rstrip("s")
    scale = "thousand" if word in ("000", "k", "thousand") else \
        _SCALE_WORDS.get(word[0], word) if word not in ("million", "billion") else word
    return (text[:found.start()] + text[found.end():]).strip(), scale, found.group("cur") or ""


def _scaled(cell: str, scale: str, currency: str) -> str:
    """A cell's figure in the scale its table gave ("$9,246" -> "$9,246 million"); a share,
    a change or a figure that gives its own scale stays as written."""
    if not scale or "%" in cell or _SCALED.search(cell) or _YEAR.fullmatch(cell) or \
            not re.fullmatch(r"[$(\-−–\s]*[\d,.]+\)?", cell.replace("US$", "$")):
        return cell
    sign = currency if currency and "$" not in cell else ""
    return f"{sign}{cell} {scale}"


_NOT_MEASURES = frozenset("from a an the vs vs. versus over on than compared with to of in "
                          "prior previous last year quarter ago earlier".split())


def _changed(header: list[str], column: int, figures: list[tuple[int, Span, str]]) -> str:
    """What a change column's figure is the change of: the measure its header names
    ("Revenue Growth" -> "Revenue"), told as the figure column before it tells it ("Unit
    Revenue" beside it), or that column's measure when the header names none ("Growth")."""
    own = _OVER_QUARTER.sub(" ", _OVER_YEAR.sub(" ", _CHANGE_HEADER.sub(" ", header[column])))
    own = " ".join(w for w in own.split() if w.lower() not in _NOT_MEASURES)
    own_words = set(re.findall(r"[a-z]{3,}", own.lower()))
    before = next((header[c].strip() for c, _, _ in reversed(figures) if c < column and
                   not _CHANGE_HEADER.search(header[c]) and not _PERIOD.search(header[c])), "")
    if own_words <= set(re.findall(r"[a-z]{3,}", before.lower())):
        return _sentence_case(before)
    return _sentence_case(" ".join(own.split()))


def _milestone(labels: str) -> bool:
    """Do a row's words tell something that happened ("First chipmaker to join the
    trillion-dollar club", "Passes Apple"), not merely name a party ("Acme")?"""
    words = labels.split()
    return len(words) >= 2 and (any(w[:1].islower() for w in words) or
                                words[0].lower().endswith(("es", "ed")))


def _is_date(text: str) -> bool:
    """A cell that only dates its row ("Oct. 2, 2024", "March 2022", "2019")."""
    found = find_quantities(text)
    if not found or any(q.kind in _FIGURES for q in found):
        return False
    rest = text
    for q in found:
        rest = rest.replace(q.text, " ")
    return len(rest.split()) <= 1


def row_statements(document: Document, block: Block) -> list[RowStatement]:
    """One statement per figure cell of the row; one for the whole row when it holds no
    figure but a date and words (a timeline: "March 9, 2023 | xAI is incorporated")."""
    cells = [(span, " ".join(document.text[span.start:span.end].split()))
             for span in block.cells]
    header = list(block.header) + [""] * (len(cells) - len(block.header))
    # a scale the row's label or a column's header gives is said once, for its figures
    row_scale = next(((scale, sign) for _, text in cells
                      for _, scale, sign in [_scale(text)] if scale), ("", ""))
    cells = [(span, _scale(text)[0]) for span, text in cells]
    scales = [_scale(h)[1:] for h in header]
    header = [_scale(h)[0] for h in header]
    if len(cells) > 2 and not header[0].strip() and all(h.strip() for h in header[1:]):
        return _compared(cells, header, scales, row_scale)
    if not any(_is_date(text) or _BARE.match(text) or find_quantities(text)
               for _, text in cells):
        return _described(cells)
    dates: list[tuple[int, Span, str]] = []
    labels: list[str] = []
    figures: list[tuple[int, Span, str]] = []
    for column, (span, text) in enumerate(cells):
        if _EMPTY.match(text.strip().lower()) or \
                header[column].strip().lower() in _SOURCE_HEADERS or \
                _BENCHMARK_HEADERS.match(header[column].strip()):
            continue  # who gave a figure, or what others expected, is not what it is about
        text = _scaled(text, *(scales[column] if scales[column][0] else row_scale))
        header[column], text = _with_header_unit(header[column], text)
        if _BARE.match(text) and header[column].strip().lower() not in _GENERIC_FIGURES:
            # "208 billion" under "Transistors": the column names what is counted
            text = f"{text} {header[column].lower()}"
        elif _BARE.match(text) and labels and labels[-1].split()[-1].endswith("s"):
            text = f"{text} {labels[-1].split()[-1].lower()}"
        if _is_date(text):
            # "Calendar 2024" -> "calendar 2024"; a month keeps its capital ("May 4, 2010")
            dates.append((column, span, text if _MONTH.match(text) else _sentence_case(text)))
        elif any(q.kind in _FIGURES for q in find_quantities(text)):
            figures.append((column, span, text))
        else:
            label = lower_if_common(_sentence_case(text), document.text)
            kind = header[column].strip().lower()
            if kind in _PART_HEADERS and not label.lower().endswith(kind) and \
                    label.lower() not in _WHOLE_ROWS:
                label = f"{label} {kind}"  # "Data Center" under "Segment": a segment
            labels.append(label)
    when = f"On {dates[0][2]}, " if dates else ""
    subject = " ".join(labels)
    happened = bool(dates) and _milestone(subject) and _VERB_FORM.match(subject) is not None
    if happened:
        subject = subject[0].lower() + subject[1:]  # "passes Apple": what the subject did
    out = []
    for column, span, text in dates if figures else ():
        event = _sentence_case(header[column].strip())
        if event and event.lower() not in _GENERIC_DATES:
            # "Introduced | March 2022" beside the figures: the row's own event
            out.append(RowStatement("", f"{subject} was {event} in {text}.", span))
        elif column == dates[0][0] and _milestone(subject):
            # "May 30, 2022 | First chipmaker to join the trillion-dollar club | $1.0
            # trillion": the date cell dates the milestone the row names
            out.append(RowStatement(when, f"{subject}.", span, happened))
    for column, span, text in figures:
        # "Actual" beside "Consensus": the row's own figure, its measure the row's label
        measure = "" if header[column].strip().lower() in _AS_REPORTED else \
            _sentence_case(header[column].strip())
        change = _change(header[column], text)
        if change and not happened:
            # the period of the figures the change is told after ("Q4 2024 | Change y/y"),
            # the first of them when several are ("2024 | 2023 | Change": 2024 on 2023)
            since = max((c for c in range(column) if _CHANGE_HEADER.search(header[c])),
                        default=-1)
            period = next((_sentence_case(header[c]) for c, _, _ in figures
                           if since < c < column and _PERIOD.search(header[c])), "")
            body = " ".join(f"{subject} {period} {_changed(header, column, figures)} "
                            f"{change}.".split())
        elif happened:
            # the figure of a milestone row is its subject's, as of the milestone it names
            body = f"{measure} was {text} as it {subject}."
        elif len(text.split()) >= SENTENCE_CELL:
            # a cell that is a sentence of its own ("Series B: $6 billion raised at ..."):
            # read as written, with the row's labels before it
            body = " ".join(f"{subject} {text}".split()).rstrip(".") + "."
        else:
            body = " ".join(f"{subject} {measure} was {text}.".split())
        out.append(RowStatement(when, body, span, happened, subject))
    if not figures and dates and labels:
        out.append(RowStatement(when, f"{subject}.", Span(block.span.start, block.span.end),
                                happened))
    return [statement if statement.labels else replace(statement, labels=subject)
            for statement in out]


def _compared(cells: list[tuple[Span, str]], header: list[str],
              scales: list[tuple[str, str]], row_scale: tuple[str, str]) -> list[RowStatement]:
    """A table with an empty corner ("| | Hubble | Webb |") heads each column with the party
    its cells describe: "Launched | April 24, 1990 | Christmas Day, 2021" says when each
    one was launched. A scale the row's label or a column gives holds for its figures."""
    label = _sentence_case(cells[0][1]) if cells[0][1] else ""
    label = label[0].lower() + label[1:] if label else label
    out = []
    for column, (span, text) in enumerate(cells[1:], start=1):
        party = header[column].strip()
        if _EMPTY.match(text.strip().lower()):
            continue
        text = _scaled(text, *(scales[column] if scales[column][0] else row_scale))
        if _is_date(text):
            out.append(RowStatement(f"On {text}, ", f"{party} {label}.", span, labels=party))
        elif _PARTICIPLE.fullmatch(cells[0][1]):
            # "Launched | ... | Christmas Day, 2021": a date the reader may not parse
            out.append(RowStatement("", f"{party} {label} on {text}.", span, labels=party))
        else:
            out.append(RowStatement("", f"{party} {label} was {text}.", span, labels=party))
    return out


def _described(cells: list[tuple[Span, str]]) -> list[RowStatement]:
    """A row of words alone ("Masayoshi Son | SoftBank | Chairman of Stargate"): its last
    cell says what the first is, of the ones between; pinned to that last cell."""
    texts = [text for _, text in cells if not _EMPTY.match(text.strip().lower())]
    if len(texts) < 2:
        return []
    what = _sentence_case(texts[-1])
    what = what[0].lower() + what[1:] if what[:1].isupper() and not what[1:2].isupper() and \
        " " in what else what
    of = f" of {' and '.join(texts[1:-1])}" if len(texts) > 2 else ""
    return [RowStatement("", f"{texts[0]}{of} is {what}.", cells[-1][0], labels=texts[0])]


def header_row(document: Document, at: int) -> bool:
    """Is block ``at`` the header row of the table that follows it?"""
    following = document.blocks[at + 1] if at + 1 < len(document.blocks) else None
    block = document.blocks[at]
    return following is not None and following.kind == "row" and \
        document.text[block.span.start:block.span.end].split() == \
        " ".join(following.header).split()
