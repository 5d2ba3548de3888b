"""The ``ci`` HTML format: one self-contained page for a whole run of many articles.

Owns: the run's page -- a title that says the outcome, the statuses across every article (a
bar and filters by status, and a checkbox that hides the articles with no findings), a table
of the articles (the failing ones first, then those with warnings, then notes, then the
clean; an article that could not be checked heads the list with why), and then each article
as a folding section (unfolded when it has findings) holding what ``check --format html``
shows of one article: its problems, the selected claim, the article's text with every claim
marked. A claim that is a finding of the run says so in its detail (its level, or why it was
suppressed). The articles' page ids start ``a1-``, ``a2-`` ..., in page order.
Must not: judge, suppress, or pick the exit status; the page, its parts, its style and
script, and the escaping of every piece of text are ``html_format``'s, used as they are.
"""

from __future__ import annotations

import enum
from collections import Counter
from collections.abc import Callable
from typing import TextIO

from ..ci.findings import ArticleResult, CiResult, Finding, Level, Suppressed
from ..model import CheckedClaim, Report, Status
from . import lint
from .html_format import (
    badge,
    claims_counted,
    escape,
    filters,
    page,
    report_panels,
    status_bar,
    stores_named,
    summary_section,
    warnings_list,
)


class Outcome(enum.Enum):
    """What came of one article, worst first: the order of the page."""

    NOT_CHECKED = ("\u2717", "not checked")
    FAILING = ("\u2717", "failing")
    WARNINGS = ("!", "warnings")
    NOTES = ("i", "notes")
    CLEAN = ("\u2713", "no findings")

    @property
    def css(self) -> str:
        return self.name.lower().replace("_", "-")

    def badge(self) -> str:
        symbol, words = self.value
        return f'<span class="badge o-{self.css}">{symbol} {words}</span>'


_STYLE = """
.run{padding:0 1rem 1rem}
.table-wrap{overflow-x:auto;max-width:100%}
table.articles{border-collapse:collapse;margin:.5rem 0;font-size:.875rem}
table.articles caption{text-align:left;font-weight:600}
table.articles th,table.articles td{border:1px solid #d0d7de;padding:.125rem .5rem;
text-align:left;vertical-align:top}
table.articles td.n{text-align:right}
table.articles td:first-child{overflow-wrap:anywhere;min-width:8rem}
details.run-article{border:1px solid #d0d7de;border-radius:6px;margin:.75rem 0}
details.run-article>summary{padding:.25rem .75rem;cursor:pointer}
details.run-article>summary h3{display:inline;font-size:1rem;overflow-wrap:anywhere}
.article-meta{padding:0 1rem}
.o-not-checked,.o-failing{color:var(--contradicted)}.o-warnings{color:var(--imprecise)}
.o-notes{color:var(--unverified)}.o-clean{color:var(--supported)}
.hide-clean .clean{display:none}
"""

_NOTES = {Level.ERROR: "error: fails the run", Level.WARNING: "warning: shown, fails nothing",
          Level.NOTE: "note: shown, fails nothing"}
_SUPPRESSED = {Suppressed.COMMENT: "suppressed by an ignore comment",
               Suppressed.BASELINE: "accepted in the baseline"}


def outcome(article: ArticleResult) -> Outcome:
    if article.error is not None:
        return Outcome.NOT_CHECKED
    levels = {f.level for f in article.findings if f.active}
    for level, found in ((Level.ERROR, Outcome.FAILING), (Level.WARNING, Outcome.WARNINGS),
                         (Level.NOTE, Outcome.NOTES)):
        if level in levels:
            return found
    return Outcome.CLEAN


def _in_order(result: CiResult) -> list[tuple[str, ArticleResult, Outcome]]:
    """Each article with its page id and outcome, worst first (input order among equals)."""
    ranked = sorted(((outcome(a), n) for n, a in enumerate(result.articles)),
                    key=lambda pair: (list(Outcome).index(pair[0]), pair[1]))
    return [(f"a{i}", result.articles[n], found) for i, (found, n) in enumerate(ranked, 1)]


def _note(findings: tuple[Finding, ...]) -> Callable[[CheckedClaim], str | None]:
    """What the run made of a claim: its finding's level, or why it was suppressed."""
    by_claim = {(f.claim_id, f.start): f for f in findings}

    def note(checked: CheckedClaim) -> str | None:
        found = by_claim.get((checked.claim.id, checked.claim.span.start))
        if found is None:
            return None
        if found.suppressed is not None:
            why = _SUPPRESSED[found.suppressed]
            return f"{why}: {found.reason}" if found.reason else why
        return _NOTES[found.level]

    return note


def _levels(article: ArticleResult) -> str:
    counter = Counter(f.level for f in article.findings if f.active)
    parts = [f"{counter[level]} {level.value}{'s' if counter[level] != 1 else ''}"
             for level in Level if counter[level]]
    suppressed = sum(1 for f in article.findings if not f.active)
    return ", ".join(parts + ([f"{suppressed} suppressed"] if suppressed else []))


def _table(articles: list[tuple[str, ArticleResult, Outcome]]) -> str:
    head = "".join(f'<th scope="col">{badge(s)}</th>' for s in Status)
    rows = []
    for page_id, article, found in articles:
        clean = ' class="clean"' if found is Outcome.CLEAN else ""
        if article.report is None:
            error = article.error
            where = f"line {error.line}: " if error and error.line else ""
            message = escape(error.message) if error else ""
            rows.append(f"<tr><td>{escape(article.path)}</td><td colspan=\"{len(Status) + 1}\">"
                        f"{found.badge()}: {where}{message}</td></tr>")
            continue
        counts = article.report.summary()
        cells = "".join(f'<td class="n">{counts[s.value]}</td>' for s in Status)
        levels = _levels(article)
        rows.append(f'<tr{clean}><td><a href="#{page_id}">{escape(article.path)}</a></td>'
                    f"<td>{found.badge()}{': ' + levels if levels else ''}</td>{cells}</tr>")
    # a narrow screen scrolls the table, not the page; the keyboard can scroll it too
    return (f'<div class="table-wrap" role="region" aria-labelledby="articles-caption" '
            f'tabindex="0"><table class="articles"><caption id="articles-caption">Articles, '
            f'the failing first</caption><thead><tr><th scope="col">Article</th>'
            f'<th scope="col">Outcome</th>{head}</tr></thead><tbody>{"".join(rows)}</tbody>'
            f"</table></div>")


def _summary(result: CiResult, articles: list[tuple[str, ArticleResult, Outcome]]) -> str:
    counts = {s.value: 0 for s in Status}
    for article in result.articles:
        if article.report is not None:
            for status, n in article.report.summary().items():
                counts[status] += n
    clean = sum(1 for _, _, found in articles if found is Outcome.CLEAN)
    extra = (f'<label><input type="checkbox" data-hide="clean" checked> articles with no '
             f'findings ({clean})</label>')
    return (f'<section class="summary" aria-labelledby="run-summary-h">'
            f'<h2 id="run-summary-h">{claims_counted(sum(counts.values()))} in '
            f'{result.checked} article{"s" if result.checked != 1 else ""}</h2>'
            f"{status_bar(counts)}{filters(counts, extra)}{_table(articles)}</section>")


def _article(page_id: str, article: ArticleResult, report: Report, found: Outcome) -> str:
    levels = _levels(article)
    unused = tuple(f"line {u.line}: 'factcheck: {u.directive}' accepted no finding"
                   for u in article.unused_ignores)
    meta = " \u00b7 ".join(escape(part) for part in (
        report.article.title or "", report.article.date.isoformat() if report.article.date
        else "date unknown") if part)
    clean = " clean" if found is Outcome.CLEAN else ""
    opened = "" if found is Outcome.CLEAN else " open"
    return (f'<details class="run-article{clean}" id="{page_id}"{opened}><summary>'
            f'<h3>{found.badge()} {escape(article.path)}</h3>'
            f'{" (" + levels + ")" if levels else ""}</summary>'
            f'<div class="article-meta"><p class="meta">{meta}</p>'
            f"{warnings_list(report.article.warnings, 'warning: ')}"
            f"{warnings_list(unused, 'unused ignore comment: ')}</div>"
            + report_panels(report, prefix=f"{page_id}-", level=4,
                            summary=summary_section(report, prefix=f"{page_id}-", level=4,
                                                    with_filters=False),
                            notes=_note(article.findings))
            + "</details>")


def render(result: CiResult, out: TextIO) -> None:
    articles = _in_order(result)
    title = escape(lint.title(result))
    meta = " \u00b7 ".join(escape(part) for part in (
        lint.summary_line(result).removeprefix("factcheck: "), stores_named(result.stores))
        if part)
    body = [_summary(result, articles), '<section class="run-articles" '
            'aria-labelledby="articles-h"><h2 id="articles-h">Articles</h2>']
    body += [_article(page_id, article, article.report, found)
             for page_id, article, found in articles if article.report is not None]
    body.append("</section>")
    if result.skipped:
        body.append('<section aria-labelledby="skipped-h"><h2 id="skipped-h">Skipped, not '
                    'read</h2><ul>' + "".join(f"<li>{escape(s.path)}: {escape(s.reason)}</li>"
                                             for s in result.skipped) + "</ul></section>")
    header = f'<h1>{title}</h1><p class="meta">{meta}</p>'
    out.write(page(title, header, f'<div class="run">{"".join(body)}</div>', _STYLE))
