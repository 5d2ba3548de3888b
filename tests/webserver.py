"""A local web server for the fetch and sources tests: 127.0.0.1, a free port, fixture pages.

Every behaviour the fetcher must handle has a path here: redirects and loops, errors, rate
limits, slow and endless bodies, binary content, conditional requests, and source pages whose
excerpt is intact, reformatted, edited or gone. ``WebServer.hits`` counts requests per path so
tests can tell that a refused URL was never requested. Nothing here touches the network.
"""

from __future__ import annotations

import contextlib
import gzip
import http.server
import ipaddress
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any

EXCERPT = ("The partnership's first fund will seek to unlock $30 billion of private equity "
           "capital - and more later")
ETAG = '"v1"'
LAST_MODIFIED = "Mon, 06 Jan 2025 10:00:00 GMT"

PAGE_META = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Acme grows | Example News</title>
<meta property="og:title" content="Acme grows again">
<meta property="article:published_time" content="2025-01-15T08:30:00+00:00">
<link rel="canonical" href="/news/acme-grows">
<script>var tracking = "Acme has $9 trillion";</script>
</head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
<article>
<h1>Acme grows again</h1>
<p>Acme has over $2 trillion in assets under management, the company said on Tuesday.</p>
<div class="ad-slot">Buy our product now!</div>
<p>Jane Doe co-founded Acme in 2012 &amp; still runs it.</p>
</article>
<footer>Copyright Example News</footer>
</body></html>
"""

PAGE_JSON_LD = """<!DOCTYPE html>
<html><head><title>Widgets report</title>
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Example"},
  {"@type": "NewsArticle", "headline": "Widgets report", "datePublished": "2024-11-03T12:00:00Z"}
]}
</script></head>
<body><main><p>Widget sales rose 12% in the third quarter, the report says.</p></main></body>
</html>
"""


def source_page(body: str) -> str:
    return (f"<!DOCTYPE html><html><head><title>Press release</title></head><body>"
            f"<nav>Menu</nav><article><h1>Press release</h1>{body}</article>"
            f"<footer>Contact</footer></body></html>")


EXCERPT_PAGES = {
    # the excerpt word for word
    "/source/intact": source_page(
        f"<p>Today we announce a new fund. {EXCERPT}. Questions to the press office.</p>"),
    # the same words with other whitespace, a curly apostrophe, an em dash and an nbsp
    "/source/reformatted": source_page(
        "<p>Today we announce a new fund. The partnership&#8217;s first fund will\n   seek "
        "to unlock&nbsp;$30 billion of private  equity capital &mdash; and more later. "
        "Questions to the press office.</p>"),
    # a word changed: only a fuzzy match remains
    "/source/edited": source_page(
        "<p>Today we announce a new fund. The partnership's first fund will aim to unlock "
        "$30 billion of private equity capital - and more later.</p>"),
    # the excerpt is gone
    "/source/removed": source_page("<p>Today we announce a new fund. Details later.</p>"),
    # the excerpt moved to another part of the page (reached through a 301)
    "/source/new-home": source_page(
        f"<p>Other news first.</p><ul><li>Also: {EXCERPT}.</li></ul>"),
}


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server
    protocol_version = "HTTP/1.0"  # bodies end when the connection closes: easy streaming

    def log_message(self, format: str, *args: object) -> None:
        return

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        with self.server.lock:
            self.server.hits[path] += 1
            count = self.server.hits[path]
        route = ROUTES.get(path)
        if route is None and path in EXCERPT_PAGES:
            return self.send_page(EXCERPT_PAGES[path])
        if route is None:
            return self.send_page("<p>Not here.</p>", status=404)
        try:
            route(self, count)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client hung up, as it should on a body that is too long

    # -- helpers --

    def send_page(self, body: str | bytes, status: int = 200,
                  content_type: str = "text/html; charset=utf-8",
                  headers: dict[str, str] | None = None) -> None:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def redirect(self, location: str, status: int = 302) -> None:
        self.send_response(status)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def stream(self, chunks: Iterator[bytes], content_type: str = "text/html") -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.end_headers()
        for chunk in chunks:
            self.wfile.write(chunk)
            self.wfile.flush()


def _page(body: str | bytes, **kw: object) -> Callable[[_Handler, int], None]:
    return lambda h, _n: h.send_page(body, **kw)  # type: ignore[arg-type]


def _flaky(status: int, failures: int, headers: dict[str, str]) -> Callable[[_Handler, int],
                                                                              None]:
    def route(h: _Handler, n: int) -> None:
        if n <= failures:
            h.send_page("<p>Try later.</p>", status=status, headers=headers)
        else:
            h.send_page(PAGE_META)
    return route


def _slow(h: _Handler, _n: int) -> None:
    time.sleep(5.0)  # far past the tests' read timeout, before any byte
    h.send_page(PAGE_META)


def _trickle(h: _Handler, _n: int) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"<html><body><p>"
        for _ in range(100):
            time.sleep(0.05)  # each read is quick, the whole body is not
            yield b"a "
    h.stream(chunks())


def _big(h: _Handler, _n: int) -> None:
    h.stream(b"<p>" + b"x" * 65_536 + b"</p>\n" for _ in range(40))  # ~2.6 MB, no length


def _endless(h: _Handler, _n: int) -> None:
    def chunks() -> Iterator[bytes]:
        while True:
            yield b"<p>" + b"y" * 16_384 + b"</p>\n"
    h.stream(chunks())


def _declared_big(h: _Handler, _n: int) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Content-Length", "999999999")
    h.end_headers()
    h.wfile.write(b"<p>short</p>")


def _conditional(h: _Handler, _n: int) -> None:
    if (h.headers.get("If-None-Match") == ETAG
            or h.headers.get("If-Modified-Since") == LAST_MODIFIED):
        h.send_response(304)
        h.send_header("ETag", ETAG)
        h.end_headers()
        return
    h.send_page(EXCERPT_PAGES["/source/intact"],
                headers={"ETag": ETAG, "Last-Modified": LAST_MODIFIED})


def _echo_headers(h: _Handler, _n: int) -> None:
    lines = "".join(f"<li>{k.lower()}: {v}</li>" for k, v in h.headers.items())
    h.send_page(f"<html><body><ul>{lines}</ul></body></html>")


def _to_path(path: str) -> Callable[[_Handler, int], None]:
    return lambda h, _n: h.redirect(path)


def _to_host(host: str, path: str) -> Callable[[_Handler, int], None]:
    return lambda h, _n: h.redirect(f"http://{host}:{h.server.server_address[1]}{path}")


ROUTES: dict[str, Callable[[_Handler, int], None]] = {
    "/article-meta": _page(PAGE_META),
    "/article-jsonld": _page(PAGE_JSON_LD),
    "/plain": _page("Acme has over $2 trillion in assets.\n", content_type="text/plain"),
    "/latin1": _page("<p>Caf\xe9 prices rose.</p>".encode("latin-1"),
                     content_type="text/html; charset=iso-8859-1"),
    "/meta-charset": _page('<html><head><meta charset="windows-1252"></head><body><p>'
                           "\u201cQuoted\u201d</p></body></html>".encode("cp1252"),
                           content_type="text/html"),
    "/gzip": lambda h, _n: h.send_page(gzip.compress(PAGE_META.encode()),
                                       headers={"Content-Encoding": "gzip"}),
    "/redirect/1": lambda h, _n: h.redirect("/redirect/2", 301),
    "/redirect/2": lambda h, _n: h.redirect("/redirect/3", 307),
    "/redirect/3": lambda h, _n: h.redirect("/article-meta", 302),
    "/loop/a": lambda h, _n: h.redirect("/loop/b"),
    "/loop/b": lambda h, _n: h.redirect("/loop/a"),
    **{f"/hops/{i}": _to_path(f"/hops/{i + 1}") for i in range(10)},
    "/hops/10": _page(PAGE_META),
    "/to-ftp": lambda h, _n: h.redirect("ftp://files.example/a.txt"),
    "/to-intranet": _to_host("intranet.test", "/article-meta"),
    "/to-metadata": _to_host("meta.test", "/latest/meta-data/"),
    "/missing": _page("<p>Gone.</p>", status=404),
    "/gone": _page("<p>Gone.</p>", status=410),
    "/rate-limited": _flaky(429, 1, {"Retry-After": "1"}),
    "/rate-limited-date": _flaky(429, 1, {"Retry-After": "Mon, 06 Jan 2025 10:00:05 GMT"}),
    "/rate-limited-long": _flaky(429, 1, {"Retry-After": "86400"}),
    "/unavailable-once": _flaky(503, 1, {}),
    "/unavailable": _flaky(503, 1000, {}),
    "/server-error": _page("<p>Oops.</p>", status=500),
    "/slow": _slow,
    "/trickle": _trickle,
    "/big": _big,
    "/endless": _endless,
    "/declared-big": _declared_big,
    "/binary": _page(b"\x89PNG\r\n\x1a\n\x00\x00binary", content_type="application/octet-stream"),
    "/no-type": lambda h, _n: h.send_page("<p>Untyped.</p>", content_type=""),
    "/json": _page('{"a": 1}', content_type="application/json"),
    "/empty": _page("   ", content_type="text/html"),
    "/conditional": _conditional,
    "/headers": _echo_headers,
    "/source/moved": lambda h, _n: h.redirect("/source/new-home", 301),
}


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    lock: threading.Lock
    hits: Counter[str]


class WebServer:
    """The running server: ``url(path)`` to address it, ``hits`` to see what was asked."""

    def __init__(self, server: _Server) -> None:
        self._server = server
        self.port = server.server_address[1]

    def url(self, path: str, host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    @property
    def hits(self) -> Counter[str]:
        return self._server.hits

    def reset(self) -> None:
        with self._server.lock:
            self._server.hits.clear()


def forbid_dns(monkeypatch: Any) -> None:
    """Make the system resolver refuse every name: a test that resolves for real fails.

    IP literals still "resolve" (no lookup is made for them), so the local server works.
    """
    real = socket.getaddrinfo

    def guarded(host: Any, *args: Any, **kwargs: Any) -> Any:
        try:
            ipaddress.ip_address(str(host))
        except ValueError:
            raise socket.gaierror(socket.EAI_NONAME,
                                  f"DNS lookups are off in tests: {host}") from None
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", guarded)


@contextlib.contextmanager
def serve() -> Iterator[WebServer]:
    """Run the server on 127.0.0.1 and a free port for the duration of the block."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.lock = threading.Lock()
    server.hits = Counter()
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield WebServer(server)
    finally:
        server.shutdown()
        server.server_close()
