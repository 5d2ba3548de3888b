"""The report formats: one small module per format, all rendered from one ``Report``.

Owns: the registry of formats (``FORMATS``) and ``render``, which picks one by name and
imports only that format's module (a check writes one format). Each format module exposes
``render(report, out, *, color=False)``. Must not: judge claims, change
a verdict, or pick an exit status (the CLI does that); reporters only write what the report
already says.

    terminal         a table for a person at a terminal (the default), ANSI colour optional
    markdown         an audit to attach to a pull request and archive
    json             the report model written out; the machine-readable contract
    html             one self-contained page: the article with its claims marked, filters
    claimreview      schema.org ClaimReview JSON-LD, one per contradicted, imprecise or
                     outdated claim
"""

from __future__ import annotations

import importlib
from typing import Protocol, TextIO, cast

from ..errors import UsageError
from ..model import Report
from .json_format import error_to_dict, report_to_dict

__all__ = ["FORMATS", "Renderer", "error_to_dict", "render", "renderer", "report_to_dict"]


class Renderer(Protocol):
    """What every format module's ``render`` looks like."""

    def __call__(self, report: Report, out: TextIO, *, color: bool = False) -> None: ...


# Each format's name and the module of this package that renders it.
FORMATS: dict[str, str] = {
    "terminal": "terminal",
    "markdown": "markdown_format",
    "json": "json_format",
    "html": "html_format",
    "claimreview": "claimreview",
}


def renderer(fmt: str) -> Renderer:
    """The ``render`` of the format named ``fmt`` (``UsageError`` if there is none)."""
    try:
        module = FORMATS[fmt]
    except KeyError:
        raise UsageError(f"unknown format '{fmt}' (choose from {', '.join(FORMATS)})") from None
    return cast(Renderer, importlib.import_module(f"{__name__}.{module}").render)


def render(report: Report, fmt: str, out: TextIO, *, color: bool = False) -> None:
    """Write ``report`` to ``out`` in the format named ``fmt``.

    ``color`` asks for ANSI colour; formats that have none ignore it.
    Raises ``UsageError`` for a format that is not in ``FORMATS``.
    """
    renderer(fmt)(report, out, color=color)
