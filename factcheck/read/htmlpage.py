"""Reading a web page: its main prose, title, canonical URL and date, mapped back to the HTML.

Owns: everything bs4 (the only module that imports it): choosing the main content of a page
(``<article>``, ``<main>``, ``role=main`` or the body) without navigation, site header,
footer, asides, scripts, forms, comments and boilerplate widgets; cutting it into blocks
(headings and prose); reading the page's metadata; and the map from every character of the
text back to the raw HTML character that produced it. The same reader serves articles given
as files or URLs and the source pages of the fact store.
Must not: fetch anything, split sentences, or judge claims.

Offsets: bs4 strings carry no source position, but tags do (the html.parser builder records
line and column of each start tag). The walk keeps a cursor into the raw HTML: each tag puts
the cursor just after its own start tag, and each string is then aligned from there, skipping
end tags, comments and stray markup and decoding entities, so text never matches inside an
attribute. A string that cannot be aligned (a parser quirk) gets approximate offsets and the
next tag puts the cursor right again: an error never spreads past one string.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from html.entities import html5 as _HTML5_ENTITIES
from itertools import islice
from typing import Any
from urllib.parse import urljoin

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PreformattedString, Tag
from bs4.exceptions import ParserRejectedMarkup

from ..errors import DocumentError
from ..model import Block, Span
from .page_dates import json_ld_dates, parse_date
from .tables import group_rows

#: Elements whose whole subtree is never article text.
SKIPPED_TAGS = frozenset({
    "nav", "footer", "aside", "script", "style", "noscript", "form", "template", "svg", "iframe",
    "button", "select", "textarea", "object", "embed", "canvas", "audio", "video", "map",
    "dialog", "menu", "head", "title", "math"})
#: Words in a class or id (split at non-alphanumerics) that mark boilerplate: ads, cookie
#: and consent banners, share widgets, related links, comment threads, navigation, sign-ups.
BOILERPLATE_WORDS = frozenset({
    "ad", "ads", "adslot", "advert", "adverts", "advertisement", "sponsor", "sponsored", "promo",
    "cookie", "cookies", "consent", "gdpr", "share", "sharing", "social", "related",
    "recommended", "comments", "comment", "disqus", "newsletter", "subscribe", "paywall",
    "breadcrumb", "breadcrumbs", "sidebar", "nav", "navbar", "navigation", "menu", "footer",
    "masthead", "popup", "modal", "outbrain", "taboola"})
#: Whole class names of text meant only for screen readers or skip links.
BOILERPLATE_CLASSES = frozenset({"sr-only", "visually-hidden", "screen-reader-text", "skip-link"})
SKIPPED_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search",
                           "dialog", "alertdialog", "menu", "menubar"})
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
MAX_CANDIDATES = 50  # <article> and <time> elements weighed, parents of a <header> looked at
#: Elements that start and end a block of text; everything else is inline.
BLOCK_TAGS = HEADINGS | frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "header", "hr", "html", "li", "main",
    "nav", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th",
    "thead", "tr", "ul", "br"})
#: <meta> property/name/itemprop values that give the published date, best first.
PUBLISHED_META = (
    "article:published_time", "og:published_time", "datepublished", "date", "pubdate",
    "publishdate", "publish-date", "publish_date", "dc.date", "dc.date.issued", "dcterms.date",
    "dcterms.issued", "dcterms.created", "citation_publication_date", "citation_date",
    "sailthru.date", "parsely-pub-date")
_INVISIBLE = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")  # soft hyphen, zero widths
_ENTITY = re.compile(r"&(?:#[0-9]+;?|#[xX][0-9A-Fa-f]+;?|([A-Za-z][-.A-Za-z0-9]*);?)")
_WORD = re.compile(r"[a-z0-9]+")
_ASCII_SPACE = " \t\n\r\f"
_ASCII_LETTER = re.compile("[A-Za-z]")
_SPACE_AFTER_MARKUP = re.compile(r"(?:</[A-Za-z][^>]*>|<!--.*?-->|<![^>]*>|<\?[^>]*>)*"
                                 r"([ \t\n\r\f]+)", re.DOTALL)


@dataclass(frozen=True)
class HtmlPage:
    """The readable part of a page, with a map from each text character to the raw HTML."""

    text: str  # main prose; blocks separated by "\n\n"
    offsets: Sequence[int]  # raw[offsets[i]] produced text[i] (an entity: its "&")
    blocks: tuple[Block, ...]  # spans into ``text``: "heading" (h1-h6) or "prose"
    title: str | None
    canonical_url: str | None
    published: dt.date | None
    hidden: tuple[tuple[int, str], ...] = ()  # zero-width characters left out: (raw offset, ch)


def parse_html(raw: str, *, source: str) -> HtmlPage:
    """Read ``raw`` HTML; DocumentError (with ``source``) when no readable text remains."""
    if not raw.strip():
        raise DocumentError("the page is empty", source)
    if "\x00" in raw:
        raise DocumentError("binary content, not a web page (found NUL bytes)", source)
    # An unclosed comment runs to the end, as in browsers (html.parser: quadratic)
    closed = raw.rfind("-->")
    unclosed = raw.find("<!--", closed + 3 if closed >= 0 else 0)
    try:
        soup = BeautifulSoup(raw if unclosed < 0 else raw[:unclosed], "html.parser")
    except ParserRejectedMarkup:  # a broken declaration ("<![0"): the input's fault
        raise DocumentError("the page's markup cannot be read (the HTML parser rejects it)",
                            source) from None
    for root in _roots(soup):
        text, offsets, blocks = (reader := _Reader(raw)).read(root)
        if text:
            return HtmlPage(text=text, offsets=offsets, blocks=blocks, title=_title(soup),
                            canonical_url=_canonical(soup, source), published=_published(soup),
                            hidden=tuple(reader.hidden))
    raise DocumentError("no readable text in the page", source)


# --- main content --------------------------------------------------------------------------

def _roots(soup: BeautifulSoup) -> Iterator[Tag]:
    """Where the article is, best guess first: the longest <article>, <main>, the body."""
    articles = [a for a in soup.find_all("article", limit=MAX_CANDIDATES)
                if not any(_skipped(p) for p in a.parents if p is not soup)]
    articles.sort(key=lambda a: -len(a.get_text(" ", strip=True)))
    yield from articles
    for found in (soup.find("main"), soup.find(True, attrs={"role": "main"}), soup.body):
        if isinstance(found, Tag):
            yield found
    yield soup


def _skipped(tag: Tag) -> bool:
    """True for an element whose subtree is never article text."""
    name = tag.name
    if name in SKIPPED_TAGS:
        return True
    if name == "header":  # a site header, unless it heads the article itself
        return not any(p.name in ("article", "main") for p in islice(tag.parents, MAX_CANDIDATES))
    if tag.has_attr("hidden") or str(tag.get("aria-hidden", "")).lower() == "true" \
            or str(tag.get("role", "")).lower() in SKIPPED_ROLES:
        return True
    style = str(tag.get("style", "")).replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    classes: str | list[str] = tag.get("class") or []
    names = [c.lower() for c in classes] if isinstance(classes, list) else [classes.lower()]
    names.append(str(tag.get("id", "")).lower())
    return any(value in BOILERPLATE_CLASSES or BOILERPLATE_WORDS.intersection(_WORD.findall(value))
               for value in names)


class _Reader:
    """One walk over a subtree: aligns every string to the raw HTML and collects blocks."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.cursor = 0
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", raw)]
        self.misaligned = 0  # strings that got approximate offsets
        self.chars: list[str] = []
        self.offs: list[int] = []
        self.blocks: list[tuple[str, list[int], str]] = []
        # (table, row, header?) of each block that is a table cell, by block index
        self.cell_of: dict[int, tuple[int, int, bool]] = {}
        self.tables = self.rows = 0
        self.hidden: list[tuple[int, str]] = []

    def read(self, root: Tag) -> tuple[str, list[int], tuple[Block, ...]]:
        skipping = headings = theads = 0  # counted on the way down: no parent lookups
        stack: list[tuple[Any, bool, bool]] = [(root, False, False)]
        while stack:  # iterative: deeply nested broken HTML must not hit the recursion limit
            node, leaving, skip = stack.pop()
            if isinstance(node, Tag):
                if node.name in BLOCK_TAGS:
                    cell = None
                    if leaving and node.name in ("td", "th"):
                        cell = (self.tables, self.rows, node.name == "th" or theads > 0)
                    self.flush("heading" if headings > 0 else "prose", cell)
                theads += (node.name == "thead") * (-1 if leaving else 1)
                if not leaving and node.name == "table":
                    self.tables += 1
                if not leaving and node.name == "tr":
                    self.rows += 1
                if leaving:
                    skipping -= skip
                    headings -= node.name in HEADINGS
                    continue
                skip = node is not root and _skipped(node)
                skipping += skip
                headings += node.name in HEADINGS
                self.at_tag(node)
                stack.append((node, True, skip))
                stack.extend((child, False, False) for child in reversed(node.contents))
            elif isinstance(node, PreformattedString):
                continue  # comments, doctype, CDATA: skipped as markup by the aligner
            elif isinstance(node, NavigableString):
                offsets = self.align(str(node), literal=node.parent is not None
                                     and node.parent.name in ("script", "style"))
                if not skipping:
                    self.add(str(node), offsets)
        self.flush("prose")
        return self.assemble()

    # -- building the text --

    def add(self, text: str, offsets: list[int]) -> None:
        chars, offs = self.chars, self.offs
        for ch, at in zip(text, offsets, strict=True):
            if ch in _INVISIBLE:  # reported, but for a soft hyphen, which is typesetting
                self.hidden += [(at, ch)] if ch != "\u00ad" else []
                continue
            if ch.isspace():
                if not chars or chars[-1] == " ":
                    continue  # no leading space in a block, one space for any run
                ch = " "
            chars.append(ch)
            offs.append(at)

    def flush(self, kind: str, cell: tuple[int, int, bool] | None = None) -> None:
        while self.chars and self.chars[-1] == " ":
            self.chars.pop()
            self.offs.pop()
        if self.chars:
            if cell is not None:
                self.cell_of[len(self.blocks)] = cell
            self.blocks.append(("".join(self.chars), self.offs, kind))
        self.chars, self.offs = [], []

    def assemble(self) -> tuple[str, list[int], tuple[Block, ...]]:
        offsets: list[int] = []  # as long as the text so far, so its length is the position
        blocks: list[Block] = []
        for _text, offs, kind in self.blocks:
            if offsets:
                offsets += [offs[0], offs[0]]  # a separator maps to the next real character
            blocks.append(Block(Span(len(offsets), len(offsets) + len(offs)), kind))
            offsets += offs
        text = "\n\n".join(b[0] for b in self.blocks)
        return text, offsets, group_rows(blocks, self.cell_of, text)

    # -- aligning with the raw HTML --

    def at_tag(self, tag: Tag) -> None:
        """Put the cursor just after ``tag``'s start tag (tags know where they start)."""
        line, column = tag.sourceline, tag.sourcepos
        if line is None or column is None or line > len(self.line_starts):
            return
        at = self.line_starts[line - 1] + column
        if self.raw.startswith("<", at):
            self.cursor = _skip_start_tag(self.raw, at)

    def align(self, text: str, literal: bool = False) -> list[int]:
        """Offsets in raw of each character of ``text``, which starts at or after the cursor.

        ``literal``: the text of a script or style, where "&amp;" stays "&amp;".
        """
        raw, at = self.raw, self.cursor
        if not text.strip(_ASCII_SPACE):  # bs4 turns a whitespace-only string into " "/"\n"
            space = _SPACE_AFTER_MARKUP.match(raw, at)
            if space:
                self.cursor = space.end()
                return [space.start(1)] * len(text)
        if raw.startswith(text, at) and (literal or ("&" not in text and "<" not in text)):
            self.cursor = at + len(text)
            return list(range(at, at + len(text)))
        found = self._match(text, at)
        if found is not None:
            return found
        self.misaligned += 1
        last = max(len(raw) - 1, 0)
        return [min(at + k, last) for k in range(len(text))]

    def _match(self, text: str, at: int) -> list[int] | None:
        raw, j = self.raw, 0
        out: list[int] = []
        while j < len(text):
            if at >= len(raw):
                return None
            ch = raw[at]
            if ch == "<":  # markup never makes text (raw text elements took the fast path)
                end = _skip_markup(raw, at)
                if end is not None:
                    at = end
                    continue
            if ch == "&":
                entity = _ENTITY.match(raw, at)
                if entity:
                    decoded = _decode_entity(entity, text, j)
                    if decoded:
                        if raw.startswith(decoded, at):
                            out += range(at, at + len(decoded))
                        else:
                            out += [at] * len(decoded)
                        j += len(decoded)
                        at = entity.end()
                        continue
            if ch != text[j]:
                return None
            out.append(at)
            at += 1
            j += 1
        self.cursor = at
        return out


def _decode_entity(entity: re.Match[str], text: str, j: int) -> str | None:
    """What the parser made of ``entity`` if ``text[j:]`` starts with it, else None."""
    whole = entity.group(0)
    candidates = [html.unescape(whole)]
    name = entity.group(1)
    if name:  # bs4 turns an unknown "&foo;" into "&foo"
        candidates.append(_HTML5_ENTITIES.get(name + ";", "&" + name))
    for decoded in candidates:
        if decoded and text.startswith(decoded, j):
            return decoded
    return None


def _skip_start_tag(raw: str, at: int) -> int:
    """The offset after the start tag at ``at``; quoted attribute values may hold ">"."""
    i, n = at + 1, len(raw)
    after_equals = False
    while i < n:
        ch = raw[i]
        if ch == ">":
            return i + 1
        if ch in "\"'" and after_equals:
            close = raw.find(ch, i + 1)
            if close < 0:
                return n
            i = close + 1
            after_equals = False
            continue
        if ch == "=":
            after_equals = True
        elif not ch.isspace():
            after_equals = False
        i += 1
    return n


def _skip_markup(raw: str, at: int) -> int | None:
    """The offset after the markup (tag, comment, declaration) at ``at``; None if "<" is text."""
    nxt = raw[at + 1:at + 2]
    if raw.startswith("<!--", at):
        end = raw.find("-->", at + 4)
        return len(raw) if end < 0 else end + 3
    if raw.startswith("<![CDATA[", at):
        end = raw.find("]]>", at + 9)
        return len(raw) if end < 0 else end + 3
    if nxt in ("!", "?") or (nxt == "/" and _ASCII_LETTER.match(raw, at + 2)):
        end = raw.find(">", at + 2)
        return len(raw) if end < 0 else end + 1
    if _ASCII_LETTER.match(nxt):
        return _skip_start_tag(raw, at)
    return None


# --- metadata ------------------------------------------------------------------------------

def _meta(soup: BeautifulSoup, *names: str) -> Iterator[str]:
    """Content of <meta> tags whose property, name or itemprop is one of ``names``, in order."""
    wanted = {n.lower(): i for i, n in enumerate(names)}
    found: list[tuple[int, str]] = []
    for tag in soup.find_all("meta"):
        key = str(tag.get("property") or tag.get("name") or tag.get("itemprop") or "").lower()
        content = tag.get("content")
        if key in wanted and isinstance(content, str) and content.strip():
            found.append((wanted[key], content.strip()))
    for _rank, content in sorted(found, key=lambda item: item[0]):
        yield content


def _title(soup: BeautifulSoup) -> str | None:
    for content in _meta(soup, "og:title", "twitter:title"):
        return " ".join(content.split())
    for tag in (soup.title, soup.find("h1")):
        if isinstance(tag, Tag) and tag.get_text(strip=True):
            return " ".join(tag.get_text(" ").split())
    return None


def _canonical(soup: BeautifulSoup, source: str) -> str | None:
    href: str | None = None
    for link in soup.find_all("link"):
        rel: str | list[str] = link.get("rel") or []
        rels = rel.split() if isinstance(rel, str) else rel
        if "canonical" in [r.lower() for r in rels] and isinstance(link.get("href"), str):
            href = str(link["href"]).strip()
            break
    if not href:
        href = next(_meta(soup, "og:url"), None)
    if not href:
        return None
    return urljoin(source, href) if re.match(r"(?i)https?://", source) else href


def _published(soup: BeautifulSoup) -> dt.date | None:
    for content in _meta(soup, *PUBLISHED_META):
        date = parse_date(content)
        if date:
            return date
    for script in soup.find_all("script", attrs={"type": re.compile(r"ld\+json", re.IGNORECASE)}):
        for value in json_ld_dates(script.get_text()):
            date = parse_date(value)
            if date:
                return date
    times = soup.find_all("time", limit=MAX_CANDIDATES)
    times.sort(key=lambda t: not (t.has_attr("pubdate") or t.get("itemprop") == "datePublished"
                                  or t.find_parent("article") is not None))
    for time in times:
        date = parse_date(str(time.get("datetime") or time.get_text(" ", strip=True)))
        if date:
            return date
    return None
