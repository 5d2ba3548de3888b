"""``factcheck store export``: a store's reviewed claims written out for others to read.

Owns: the ``store export`` command, registered on the ``store`` group by ``cli.py``. Kept
apart from the store's other commands so each can change without the other. Must not:
format anything itself (``reporters/claimreview.py`` does).
"""

from __future__ import annotations

import io

import click

from .common import emit, errors_handled, open_chosen_store, store_option

EXPORT_FORMATS = ("claimreview",)


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default="claimreview",
              show_default=True, help="Export format.")
@click.option("-o", "--output", metavar="FILE", help="Write the export to FILE.")
@store_option
@errors_handled()
def store_export(fmt: str, output: str | None, store_path: tuple[str, ...]) -> None:
    """Export the store's reviewed claims: one schema.org ClaimReview (JSON-LD) each.

    Example:

    \b
        factcheck store export --format claimreview -o reviews.jsonld
        factcheck store export --store my-facts/
    """
    from ..reporters.claimreview import render_reviewed

    buffer = io.StringIO()
    render_reviewed(open_chosen_store(store_path).reviewed(), buffer)
    emit(buffer.getvalue(), output)
