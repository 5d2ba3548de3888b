"""The HTML report: one self-contained page that shows the article with its claims marked.

Owns: the page -- a summary bar of the statuses (with counts in words: colour is never the only
signal), filters by status, the problems (contradicted, imprecise, outdated) listed first,
the selected claim's verdict, comparison, evidence and sources, and the article's text with
every claim marked by status -- its styles and its small script (inline: no network, no
external assets), and the escaping of every piece of article and store text: control,
invisible and bidi characters as visible escapes (``safe.shown``, as in every text format),
then HTML's own. Must not: judge, or fetch anything; a link is made only of an http(s) URL.

The parts of one report's page (``report_panels``, ``status_bar``, ``filters``) and the page
itself (``page``) are public: ``ci_html`` puts many reports on one page with them. Page ids
take a prefix, so the claims of many articles never share one.

Keyboard and screen readers: claims in the text are focusable buttons (Enter or Space
selects), the problems are buttons, filters are labelled checkboxes, and the selected claim is
announced (``aria-live``). Status is told by words and symbols as well as colour.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from typing import TextIO

from ..model import CheckedClaim, Evidence, Report, Status
from .safe import shown

_PROBLEMS = (Status.CONTRADICTED, Status.IMPRECISE, Status.OUTDATED)
SYMBOLS = {Status.CONTRADICTED: "\u2717", Status.IMPRECISE: "\u2248",
           Status.OUTDATED: "\u21ba", Status.UNVERIFIED: "?", Status.SUPPORTED: "\u2713",
           Status.OPINION: "\u275d"}

_STYLE = """
:root{--contradicted:#b3261e;--imprecise:#9a6700;--outdated:#7b3fa0;--unverified:#57606a;
--supported:#1a7f37;--opinion:#0969da;font-family:system-ui,sans-serif;line-height:1.5}
body{margin:0;color:#1f2328;background:#fff}
header{padding:.5rem 1rem;border-bottom:1px solid #d0d7de}
h1{font-size:1.25rem;margin:.25rem 0}h2{font-size:1rem;margin:.5rem 0}
.meta{margin:0;color:#57606a;font-size:.875rem;overflow-wrap:anywhere}
.warnings{margin:.25rem 0 0;padding-left:1.25rem;color:#9a6700;font-size:.875rem}
.report{display:grid;gap:1rem;padding:1rem;grid-template-columns:minmax(0,1fr)}
@media (min-width:900px){.report{grid-template-columns:minmax(0,2fr) minmax(0,3fr);
align-items:start}.side{position:sticky;top:0;max-height:100vh;overflow-y:auto}}
.bar{display:flex;height:1rem;border:1px solid #57606a;border-radius:3px;overflow:hidden}
.seg{display:block;min-width:2px}
.filters{border:0;padding:0;margin:.5rem 0;display:flex;flex-wrap:wrap;gap:.25rem .75rem}
.filters legend{font-weight:600;float:left;margin-right:.5rem}
.badge{font-weight:600;white-space:nowrap}
.problems ol{margin:0;padding:0;list-style:none}
button.claim-link{font:inherit;text-align:left;background:none;border:0;padding:.125rem 0;
cursor:pointer;color:inherit}
button.claim-link:hover .quote{text-decoration:underline}
[aria-current=true]{outline:3px solid #0969da;outline-offset:1px}
.detail{border:1px solid #d0d7de;border-radius:6px;padding:.5rem .75rem}
.detail dl{margin:0}.detail dt{font-weight:600}.detail dd{margin:0 0 .5rem 0}
.detail ul{margin:0;padding-left:1.25rem}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-size:.95rem}
mark.claim{background:none;color:inherit;cursor:pointer;border-bottom:2px solid;padding:0 1px}
mark.claim::before{content:attr(data-symbol);font-size:.75em;vertical-align:super;
margin-right:1px}
mark.claim:focus-visible{outline:3px solid #0969da}
"""
_SCRIPT = """
(function () {
  document.querySelectorAll('.report').forEach(function (report) {
    var details = report.querySelectorAll('.detail');
    var pickers = report.querySelectorAll('.claim-link, mark.claim');
    function select(id) {
      details.forEach(function (d) { d.hidden = d.getAttribute('data-claim') !== id; });
      pickers.forEach(function (p) {
        p.setAttribute('aria-current', p.getAttribute('data-claim') === id ? 'true' : 'false');
      });
    }
    pickers.forEach(function (p) {
      p.addEventListener('click', function () { select(p.getAttribute('data-claim')); });
      p.addEventListener('keydown', function (e) {
        if (p.tagName === 'MARK' && (e.key === 'Enter' || e.key === ' ')) {
          e.preventDefault(); select(p.getAttribute('data-claim'));
        }
      });
    });
    if (pickers.length) { select(pickers[0].getAttribute('data-claim')); }
  });
  document.querySelectorAll('.filters input').forEach(function (box) {
    box.addEventListener('change', function () {
      document.body.classList.toggle('hide-' + box.getAttribute('data-hide'), !box.checked);
    });
  });
  // a link to a claim or an article inside a folded one unfolds it
  function reveal() {
    var target = location.hash && document.getElementById(location.hash.slice(1));
    for (var d = target && target.closest('details'); d; d = d.parentElement.closest('details')) {
      d.open = true;
    }
  }
  window.addEventListener('hashchange', reveal);
  reveal();
})();
"""


def escape(text: str) -> str:
    """Untrusted text for the page: a bidi override or an ESC is shown as ``\\u202e`` or
    ``\\x1b``, never obeyed or hidden (text is escaped piece by piece, so the article's
    offsets still hold)."""
    return html.escape(shown(text), quote=True)


def _status_css() -> str:
    rules = []
    for s in Status:
        rules.append(f".s-{s.value}{{color:var(--{s.value})}}"
                     f".seg.s-{s.value}{{background:var(--{s.value})}}"
                     f"mark.claim.s-{s.value}{{border-bottom-color:var(--{s.value})}}"
                     f".hide-{s.value} .claim-link.s-{s.value}{{display:none}}"
                     f".hide-{s.value} mark.s-{s.value}{{border-bottom-color:transparent}}"
                     f".hide-{s.value} mark.s-{s.value}::before{{content:none}}")
    styles = ("solid", "double", "dashed", "dotted", "solid", "dotted")
    rules += [f"mark.claim.s-{s.value}{{border-bottom-style:{style}}}"
              for s, style in zip(Status, styles, strict=True)]
    return "".join(rules)


def badge(status: Status) -> str:
    return f'<span class="badge s-{status.value}">{SYMBOLS[status]} {status.value}</span>'


def _ids(report: Report, prefix: str) -> dict[int, str]:
    """A page id per claim, by its place in the report (claim ids repeat with their words)."""
    return {i: f"{prefix}c{i}" for i in range(len(report.claims))}


def _heading(level: int, id_: str, text: str) -> str:
    return f'<h{level} id="{id_}">{text}</h{level}>'


def status_bar(counts: dict[str, int]) -> str:
    """The statuses as a bar, its segments' sizes the counts, read out as words."""
    spoken = ", ".join(f"{counts[s.value]} {s.value}" for s in Status)
    segments = "".join(
        f'<span class="seg s-{s.value}" style="flex-grow:{counts[s.value]}" '
        f'title="{counts[s.value]} {s.value}"></span>' for s in Status if counts[s.value])
    return f'<div class="bar" role="img" aria-label="{escape(spoken)}">{segments}</div>'


def filters(counts: dict[str, int], extra: str = "") -> str:
    """A checkbox per status (with its count) that hides the claims of that status; ``extra``
    is more checkboxes of the page's own."""
    boxes = "".join(
        f'<label><input type="checkbox" data-hide="{s.value}" checked> {badge(s)} '
        f'{counts[s.value]}</label>' for s in Status)
    return f'<fieldset class="filters"><legend>Show</legend>{boxes}{extra}</fieldset>'


def claims_counted(count: int) -> str:
    return f"{count} claim{'s' if count != 1 else ''}"


def summary_section(report: Report, *, prefix: str = "", level: int = 2,
                    with_filters: bool = True) -> str:
    """How many claims of each status: a heading, the bar and (on a page of one report) the
    filters."""
    counts = report.summary()
    return (f'<section class="summary" aria-labelledby="{prefix}summary-h">'
            f'{_heading(level, f"{prefix}summary-h", claims_counted(len(report.claims)))}'
            f'{status_bar(counts)}{filters(counts) if with_filters else ""}</section>')


def _problems(report: Report, ids: dict[int, str], prefix: str, level: int) -> str:
    order = sorted((i for i, c in enumerate(report.claims) if c.verdict.status in _PROBLEMS),
                   key=lambda i: (_PROBLEMS.index(report.claims[i].verdict.status),
                                  report.claims[i].claim.span.start))
    if not order:
        items = "<p>No contradicted, imprecise or outdated claims.</p>"
    else:
        items = "<ol>" + "".join(
            f'<li><button type="button" class="claim-link s-{c.verdict.status.value}" '
            f'data-claim="{ids[i]}">{badge(c.verdict.status)} line {c.claim.position.line}: '
            f'<span class="quote">{escape(c.claim.text)}</span></button></li>'
            for i in order for c in (report.claims[i],)) + "</ol>"
    return (f'<section class="problems" aria-labelledby="{prefix}problems-h">'
            f'{_heading(level, f"{prefix}problems-h", "Problems")}{items}</section>')


def _href(url: str) -> str | None:
    return url if url.lower().startswith(("http://", "https://")) else None


def _evidence(evidence: Evidence) -> str:
    sources = []
    for source in evidence.sources:
        name = escape(source.publisher or source.title or source.url)
        href = _href(source.url)
        shown = f'<a href="{escape(href)}" rel="noreferrer">{name}</a>' if href else name
        when = f" ({source.date.isoformat()})" if source.date else ""
        sources.append(f"<li>{shown}{when}, {escape(source.reliability)}"
                       f"{': ' + escape(source.title) if source.title else ''}</li>")
    listed = f"<ul>{''.join(sources)}</ul>" if sources else ""
    return (f"<li><code>{escape(evidence.fact)}</code>: {escape(evidence.statement)}"
            f"{listed}</li>")


def _detail(checked: CheckedClaim, page_id: str, level: int, note: str | None) -> str:
    claim, verdict = checked.claim, checked.verdict
    evidence = "".join(_evidence(e) for e in verdict.evidence)
    warned = (f"<dt>Warnings</dt><dd>{warnings_list(claim.warnings)}</dd>"
              if claim.warnings else "")
    noted = f"<dt>In this run</dt><dd>{escape(note)}</dd>" if note else ""
    return (f'<article class="detail" data-claim="{page_id}" hidden>'
            f'<h{level}>{badge(verdict.status)} <a href="#m-{page_id}">line '
            f'{claim.position.line}, column {claim.position.column}</a></h{level}><dl>'
            f"<dt>Claim</dt><dd>{escape(claim.text)}</dd>"
            f"<dt>Verdict</dt><dd>{escape(verdict.status.value)} "
            f"(rule {escape(verdict.rule or '-')}, confidence {verdict.confidence:.2f})</dd>"
            f"<dt>Comparison</dt><dd>{escape(verdict.explanation) or 'none'}</dd>"
            f"<dt>Evidence</dt><dd>{f'<ul>{evidence}</ul>' if evidence else 'none'}</dd>"
            f"{noted}{warned}</dl></article>")


def warnings_list(warnings: tuple[str, ...], prefix: str = "") -> str:
    """How the article or a claim was read (an impossible date, hidden characters taken
    out, a refused figure), as a list; nothing when it was read without a doubt."""
    items = "".join(f"<li>{prefix}{escape(w)}</li>" for w in warnings)
    return f'<ul class="warnings">{items}</ul>' if warnings else ""



def _text_span(report: Report, checked: CheckedClaim, inverse: dict[int, int] | None
               ) -> tuple[int, int] | None:
    """The claim's place in ``report.text`` (its span is in the file's coordinates;
    ``inverse`` maps a file offset to its place in the text, for HTML articles)."""
    span = checked.claim.span
    if inverse is None:
        return (span.start, span.end) if span.end <= len(report.text) else None
    start, last = inverse.get(span.start), inverse.get(span.end - 1)
    return (start, last + 1) if start is not None and last is not None else None


def _places(offsets: Iterable[int], claims: Iterable[CheckedClaim]) -> dict[int, int]:
    """The place in the text of each file offset a claim starts or ends at (the last, if
    several characters come from one place): only those, never one entry per character."""
    wanted = {at for c in claims for at in (c.claim.span.start, c.claim.span.end - 1)}
    return {offset: i for i, offset in enumerate(offsets) if offset in wanted}


def _article(report: Report, ids: dict[int, str], prefix: str, level: int) -> str:
    """The article's text with each claim marked; a claim overlapping one already marked is
    left unmarked (it is still in the problems list and selectable there)."""
    inverse = None if report.text_offsets is None else _places(report.text_offsets,
                                                               report.claims)
    spans = sorted(((s, i) for i, c in enumerate(report.claims)
                    if (s := _text_span(report, c, inverse)) is not None), key=lambda x: x[0])
    out: list[str] = []
    at = 0
    for (start, end), i in spans:
        if start < at:
            continue
        checked = report.claims[i]
        status = checked.verdict.status
        out.append(escape(report.text[at:start]))
        out.append(f'<mark id="m-{ids[i]}" class="claim s-{status.value}" tabindex="0" '
                   f'role="button" data-claim="{ids[i]}" data-status="{status.value}" '
                   f'data-symbol="{SYMBOLS[status]}" aria-label="{status.value} claim: '
                   f'{escape(checked.claim.text)}">{escape(report.text[start:end])}</mark>')
        at = end
    out.append(escape(report.text[at:]))
    body = "".join(out).strip() or "<p>No text.</p>"
    return (f'<section class="article" aria-labelledby="{prefix}article-h">'
            f'{_heading(level, f"{prefix}article-h", "Article")}'
            f'<div class="text">{body}</div></section>')


def report_panels(report: Report, *, prefix: str = "", level: int = 2, summary: str = "",
                  notes: Callable[[CheckedClaim], str | None] | None = None) -> str:
    """One report's panels in a ``.report`` grid: ``summary`` (markup of the caller's), the
    problems, the selected claim (one detail per claim, the first problem shown) and the
    article's text with its claims marked. ``prefix`` starts every page id, ``level`` is the
    sections' heading level, ``notes`` may add a line per claim to its detail."""
    ids = _ids(report, prefix)
    details = "".join(_detail(c, ids[i], level + 1, notes(c) if notes else None)
                      for i, c in enumerate(report.claims))
    return (f'<div class="report"><div class="side">{summary}'
            f'{_problems(report, ids, prefix, level)}'
            f'<section class="selected" aria-labelledby="{prefix}selected-h" aria-live="polite">'
            f'{_heading(level, f"{prefix}selected-h", "Selected claim")}{details}</section>'
            f'</div>{_article(report, ids, prefix, level)}</div>')


def stores_named(names: tuple[str, ...]) -> str:
    if not names:
        return ""
    return f"store{'s' if len(names) > 1 else ''}: {', '.join(names)}"


def page(title: str, header: str, body: str, style: str = "") -> str:
    """The whole page around ``body``: ``title`` and ``header`` are markup already escaped;
    ``style`` is more style rules of the caller's."""
    return ('<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f"<title>{title}</title><style>{_STYLE}{_status_css()}{style}</style></head>"
            f"<body><header>{header}</header><main>{body}</main>"
            f"<script>{_SCRIPT}</script></body></html>\n")


def render(report: Report, out: TextIO, *, color: bool = False) -> None:
    """Write the page to ``out``. ``color`` is accepted and ignored: the page has its own."""
    article = report.article
    title = escape(article.title or article.source)
    meta = " \u00b7 ".join(escape(part) for part in (
        article.source, article.date.isoformat() if article.date else "date unknown",
        stores_named(report.store_names())) if part)
    header = (f'<h1>Fact-check: {title}</h1><p class="meta">{meta}</p>'
              f"{warnings_list(article.warnings, 'warning: ')}")
    out.write(page(f"Fact-check: {title}", header,
                   report_panels(report, summary=summary_section(report))))
