"""Tables read row by row: the cells of a row and the header of their table.

Owns: grouping the cell blocks that ``htmlpage`` collects into one block per row, and
finding pipe tables (a header line, a rule line of dashes, rows) in Markdown and plain text;
each row is one block that carries its cells and the header row's texts, so each figure is
read with its column. Must not: parse HTML (``htmlpage`` does) or make claims of rows
(``language/tables`` does).
"""

from __future__ import annotations

import re

from ..model import Block, Span

TABLE_RULE = re.compile(r"^[ \t]*+\|?[ \t]*+:?-{3,}+:?[ \t]*+(?:\|[ \t]*+:?-{3,}+:?[ \t]*+)*+"
                        r"\|?[ \t]*+$", re.MULTILINE)


def group_rows(blocks: list[Block], cell_of: dict[int, tuple[int, int, bool]], text: str
               ) -> tuple[Block, ...]:
    """Table cells grouped into rows: a header row is a heading; every other row is one
    block that carries its cells and the header of its table."""
    out: list[Block] = []
    header: dict[int, tuple[str, ...]] = {}
    index = 0
    while index < len(blocks):
        cell = cell_of.get(index)
        if cell is None:
            out.append(blocks[index])
            index += 1
            continue
        table, row, _ = cell
        members = []
        while index < len(blocks) and cell_of.get(index, (0, 0, False))[:2] == (
                table, row):
            members.append(index)
            index += 1
        spans = tuple(blocks[i].span for i in members)
        whole = Span(spans[0].start, spans[-1].end)
        if all(cell_of[i][2] for i in members):
            header[table] = tuple(text[s.start:s.end] for s in spans)
            out.append(Block(whole, "heading"))
            continue
        names = header.get(table, ())
        if len(names) == len(spans) - 1:
            names = ("", *names)  # an empty corner cell above the row labels
        out.append(Block(whole, "row", cells=spans, header=names))
    return tuple(out)


def _cells(line: str, start: int) -> list[Span]:
    """The spans of a pipe-table line's cells, trimmed; outer pipes are optional."""
    bars = [i for i, ch in enumerate(line) if ch == "|" and (i == 0 or line[i - 1] != "\\")]
    edges = ([-1] if not line.lstrip().startswith("|") else []) + bars + (
        [len(line)] if not line.rstrip().endswith("|") else [])
    spans = []
    for left, right in zip(edges, edges[1:], strict=False):
        cell = line[left + 1:right]
        if cell.strip():
            lead = len(cell) - len(cell.lstrip())
            spans.append(Span(start + left + 1 + lead, start + left + 1 + len(cell.rstrip())))
        else:
            spans.append(Span(start + left + 1, start + left + 1))
    return spans


def with_tables(blocks: list[Block], original: str, text: str) -> list[Block]:
    """Pipe tables read row by row: the header line is a heading, and each row a block of
    its own that carries its cells and the header, so each figure is read with its column."""
    lines = original.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    rows: list[Block] = []
    covered: list[Span] = []
    i = 0
    while i + 1 < len(lines):
        if "|" in lines[i] and TABLE_RULE.fullmatch(lines[i + 1]):
            header_cells = _cells(lines[i], starts[i])
            header = tuple(text[s.start:s.end].strip() for s in header_cells)
            end = i + 2
            while end < len(lines) and "|" in lines[end] and lines[end].strip():
                end += 1
            covered.append(Span(starts[i], starts[end] - 1))
            rows.append(Block(Span(starts[i], starts[i] + len(lines[i].rstrip())), "heading"))
            for n in range(i + 2, end):
                cells = tuple(_cells(lines[n], starts[n]))
                rows.append(Block(Span(starts[n], starts[n] + len(lines[n].rstrip())), "row",
                                  cells=cells, header=header))
            i = end
        else:
            i += 1
    if not rows:
        return blocks
    kept = [b for b in blocks if not any(b.span.start < c.end and c.start < b.span.end
                                         for c in covered)]
    return sorted(kept + rows, key=lambda b: b.span.start)
