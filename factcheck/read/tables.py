"""HTML tables read row by row: the cells of a row and the header of their table.

Owns: grouping the cell blocks that ``htmlpage`` collects into one block per row, which
carries its cells and the header row's texts, so each figure is read with its column. Must
not: parse HTML (``htmlpage`` does) or make claims of rows (``language/tables`` does).
"""

from __future__ import annotations

from ..model import Block, Span


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
