"""Fetching within bounds, against a local server on 127.0.0.1 (never the network)."""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import time
from collections.abc import Sequence

import httpx
import pytest
from webserver import ETAG, LAST_MODIFIED, WebServer

from factcheck.errors import FetchError
from factcheck.read.fetch import DEFAULT_USER_AGENT, Fetcher, address_problem

HOSTS = {"public.test": ["127.0.0.1"], "intranet.test": ["10.0.0.5"],
         "meta.test": ["169.254.169.254"], "mixed.test": ["93.184.216.34", "192.168.1.7"],
         "news.test": ["2606:4700::1111"]}
PUBLIC = "93.184.216.34"


def fake_resolver(host: str, port: int) -> Sequence[str]:
    """A DNS without the network: names ending in .test only."""
    if host not in HOSTS:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    return HOSTS[host]


class Sleeps(list[float]):
    """An injected sleep that only records how long it was asked to wait."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def fetcher(**options: object) -> Fetcher:
    # Timeouts far above a local answer's time: a loaded machine must not turn a test of
    # status codes into a timeout (the timeout tests set their own short ones).
    defaults: dict[str, object] = {"allow_private": True, "connect_timeout": 5.0,
                                   "read_timeout": 5.0, "sleep": Sleeps()}
    return Fetcher(**{**defaults, **options})  # type: ignore[arg-type]


def test_a_page_with_its_headers_and_metadata(web: WebServer) -> None:
    result = fetcher().fetch(web.url("/article-meta"))
    assert (result.status, result.content_type, result.redirects) == (200, "text/html", ())
    assert result.url == result.final_url == web.url("/article-meta")
    assert "Acme has over $2 trillion" in result.text and not result.not_modified
    assert result.fetched_at.tzinfo is not None
    assert (dt.datetime.now(dt.UTC) - result.fetched_at).total_seconds() < 60


def test_user_agent_and_accept_headers(web: WebServer) -> None:
    text = fetcher().fetch(web.url("/headers")).text
    assert f"user-agent: {DEFAULT_USER_AGENT}" in text
    assert DEFAULT_USER_AGENT.startswith("factcheck/")
    assert "accept: text/html" in text


def test_redirect_chain_is_followed_and_recorded(web: WebServer) -> None:
    result = fetcher().fetch(web.url("/redirect/1"))
    assert result.final_url == web.url("/article-meta")
    assert result.redirects == (web.url("/redirect/2"), web.url("/redirect/3"),
                                web.url("/article-meta"))
    assert result.url == web.url("/redirect/1")


@pytest.mark.parametrize("path, message", [
    ("/loop/a", "redirect loop"),
    ("/hops/0", "too many redirects (more than 5)"),
    ("/to-ftp", "unsupported scheme ftp"),
    ("/missing", "HTTP 404"),
    ("/gone", "HTTP 410"),
    ("/binary", "unsupported content type application/octet-stream"),
    ("/json", "unsupported content type application/json"),
    ("/no-type", "unsupported content type (none given)"),
])
def test_failures_are_one_line_fetch_errors(web: WebServer, path: str, message: str) -> None:
    with pytest.raises(FetchError) as error:
        fetcher().fetch(web.url(path))
    assert message in str(error.value)
    assert str(error.value).startswith(web.url(path) + ": ")
    assert "\n" not in str(error.value)
    if message.startswith("HTTP "):
        assert error.value.status == int(message.split()[1])


def test_the_redirect_limit_is_configurable(web: WebServer) -> None:
    result = fetcher(max_redirects=10).fetch(web.url("/hops/0"))
    assert len(result.redirects) == 10 and result.final_url == web.url("/hops/10")


def test_429_is_retried_after_retry_after_seconds(web: WebServer) -> None:
    sleeps = Sleeps()
    result = fetcher(sleep=sleeps).fetch(web.url("/rate-limited"))
    assert result.status == 200
    assert sleeps == [1.0] and web.hits["/rate-limited"] == 2


def test_retry_after_as_an_http_date(web: WebServer) -> None:
    sleeps = Sleeps()
    now = dt.datetime(2025, 1, 6, 10, 0, 0, tzinfo=dt.UTC)
    fetcher(sleep=sleeps, now=lambda: now).fetch(web.url("/rate-limited-date"))
    assert sleeps == [5.0]


def test_a_long_retry_after_is_capped(web: WebServer) -> None:
    sleeps = Sleeps()
    fetcher(sleep=sleeps, max_retry_wait=2.0).fetch(web.url("/rate-limited-long"))
    assert sleeps == [2.0]


def test_5xx_is_retried_with_exponential_backoff(web: WebServer) -> None:
    sleeps = Sleeps()
    assert fetcher(sleep=sleeps).fetch(web.url("/unavailable-once")).status == 200
    assert sleeps == [0.5]
    sleeps.clear()
    web.reset()
    with pytest.raises(FetchError, match="HTTP 503 after 3 attempts") as error:
        fetcher(sleep=sleeps).fetch(web.url("/unavailable"))
    assert error.value.status == 503
    assert sleeps == [0.5, 1.0] and web.hits["/unavailable"] == 3


def test_no_retries_when_asked(web: WebServer) -> None:
    with pytest.raises(FetchError, match=r"HTTP 500$"):
        fetcher(retries=0).fetch(web.url("/server-error"))
    assert web.hits["/server-error"] == 1


def test_a_wait_past_the_total_time_limit_gives_up(web: WebServer) -> None:
    with pytest.raises(FetchError, match="would pass the 0.5s limit"):
        fetcher(total_timeout=0.5).fetch(web.url("/rate-limited"))


def test_a_slow_response_times_out(web: WebServer) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match=r"timed out after 0.3s reading"):
        fetcher(retries=0, read_timeout=0.3).fetch(web.url("/slow"))
    # the page answers after 5 s: well under that means the 0.3 s read timeout cut it off,
    # with room for a loaded machine (a bound of 0.9 s failed once under load)
    assert time.monotonic() - started < 3


def test_a_trickling_body_is_cut_off_by_the_total_timeout(web: WebServer) -> None:
    with pytest.raises(FetchError, match=r"timed out after 0.4s in all"):
        fetcher(total_timeout=0.4).fetch(web.url("/trickle"))


@pytest.mark.parametrize("path", ["/big", "/endless", "/declared-big"])
def test_a_body_over_the_limit_is_cut_off(web: WebServer, path: str) -> None:
    started = time.monotonic()
    with pytest.raises(FetchError, match="response larger than 1000000 bytes"):
        fetcher(max_bytes=1_000_000).fetch(web.url(path))
    # "/endless" never ends: the cap must stop it (5 s failed once at a load of 14 on two
    # cores; the cap cuts it off in well under a second on an idle machine)
    assert time.monotonic() - started < 30


def test_charsets_from_header_meta_and_compressed_bodies(web: WebServer) -> None:
    f = fetcher()
    assert "Café" in f.fetch(web.url("/latin1")).text
    assert "\u201cQuoted\u201d" in f.fetch(web.url("/meta-charset")).text
    assert "Acme grows again" in f.fetch(web.url("/gzip")).text
    plain = f.fetch(web.url("/plain"))
    assert plain.content_type == "text/plain" and plain.text.startswith("Acme has")


def test_conditional_requests_report_not_modified(web: WebServer) -> None:
    f = fetcher()
    first = f.fetch(web.url("/conditional"))
    assert (first.etag, first.last_modified) == (ETAG, LAST_MODIFIED)
    again = f.fetch(web.url("/conditional"), etag=first.etag)
    assert again.not_modified and again.status == 304 and again.text == ""
    assert again.etag == ETAG  # from the 304, else the one sent
    by_date = f.fetch(web.url("/conditional"), last_modified=LAST_MODIFIED)
    assert by_date.not_modified
    changed = f.fetch(web.url("/conditional"), etag='"v0"')
    assert not changed.not_modified and changed.status == 200


# --- the address policy ----------------------------------------------------------------------

def test_loopback_is_refused_by_default_and_never_contacted(web: WebServer) -> None:
    with pytest.raises(FetchError) as error:
        Fetcher().fetch(web.url("/article-meta"))
    assert "refused: 127.0.0.1 is a loopback address (use --allow-private)" in str(error.value)
    assert web.hits["/article-meta"] == 0


@pytest.mark.parametrize("host, message", [
    ("intranet.test", ("refused: intranet.test resolves to private address 10.0.0.5 "
                       "(use --allow-private)")),
    ("meta.test", "refused: meta.test resolves to cloud metadata address 169.254.169.254"),
    ("mixed.test", "refused: mixed.test resolves to private address 192.168.1.7"),
    ("nowhere.test", "cannot resolve nowhere.test"),
])
def test_names_are_checked_after_resolution(host: str, message: str) -> None:
    with pytest.raises(FetchError, match=message.replace("(", r"\(").replace(")", r"\)")):
        Fetcher(resolver=fake_resolver).fetch(f"http://{host}/page")


def test_every_redirect_hop_is_checked_again(web: WebServer) -> None:
    f = Fetcher(resolver=fake_resolver, allowed_networks=["127.0.0.1/32"], read_timeout=0.5)
    with pytest.raises(FetchError) as error:
        f.fetch(web.url("/to-intranet", host="public.test"))
    assert "refused: intranet.test resolves to private address 10.0.0.5" in str(error.value)
    assert "redirected to http://intranet.test:" in str(error.value)
    with pytest.raises(FetchError, match="cloud metadata address 169.254.169.254"):
        f.fetch(web.url("/to-metadata", host="public.test"))
    assert web.hits["/to-intranet"] == 1 and web.hits["/article-meta"] == 0


def test_the_connection_goes_to_the_checked_address(web: WebServer) -> None:
    """public.test exists only in the fake resolver: reaching the server proves the pin."""
    f = Fetcher(resolver=fake_resolver, allowed_networks=["127.0.0.0/8"], read_timeout=0.5)
    result = f.fetch(web.url("/headers", host="public.test"))
    assert f"host: public.test:{web.port}" in result.text
    assert result.final_url == web.url("/headers", host="public.test")


def test_allow_private_lifts_the_policy(web: WebServer) -> None:
    HOSTS["intranet-local.test"] = ["127.0.0.1"]
    try:
        f = Fetcher(resolver=fake_resolver, allow_private=True)
        assert f.fetch(web.url("/article-meta", host="intranet-local.test")).status == 200
    finally:
        del HOSTS["intranet-local.test"]


def test_allow_private_never_opens_the_cloud_metadata_service() -> None:
    with pytest.raises(FetchError, match="cloud metadata address 169.254.169.254"):
        Fetcher(resolver=fake_resolver, allow_private=True).fetch("http://meta.test/latest")


def test_an_unreachable_address_falls_back_to_the_next(web: WebServer) -> None:
    HOSTS["two.test"] = ["127.0.0.2", "127.0.0.1"]  # nothing listens on 127.0.0.2
    try:
        f = Fetcher(resolver=fake_resolver, allow_private=True, connect_timeout=0.5)
        assert f.fetch(web.url("/article-meta", host="two.test")).status == 200
    finally:
        del HOSTS["two.test"]


def test_https_is_pinned_with_the_original_server_name() -> None:
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, headers={"Content-Type": "text/html"},
                              content=b"<p>Hello.</p>")

    f = Fetcher(resolver=fake_resolver, transport=httpx.MockTransport(handler))
    result = f.fetch("https://news.test/story#section")
    request = seen[0]
    assert request.url.host == "2606:4700::1111" and request.url.scheme == "https"
    assert request.headers["host"] == "news.test"
    assert request.extensions["sni_hostname"] == "news.test"
    assert result.final_url == "https://news.test/story"


@pytest.mark.parametrize("address, problem", [
    ("10.0.0.5", "private"), ("192.168.1.1", "private"), ("172.16.0.1", "private"),
    ("127.0.0.1", "loopback"), ("169.254.169.254", "cloud metadata"),
    ("169.254.10.10", "link-local"), ("100.64.1.1", "shared (CGNAT)"),
    ("224.0.0.1", "multicast"), ("0.0.0.0", "unspecified"), ("240.0.0.1", "reserved"),
    ("::1", "loopback"), ("fc00::1", "private"), ("fd12:3456::1", "private"),
    ("fe80::1", "link-local"), ("fd00:ec2::254", "cloud metadata"),
    ("::ffff:10.0.0.1", "private"), ("::ffff:127.0.0.1", "loopback"),
    ("::ffff:169.254.169.254", "cloud metadata"), ("64:ff9b::a00:5", "private"),
    ("2002:7f00:1::", "loopback"), ("64:ff9b::808:808", None),
    (PUBLIC, None), ("2606:4700::1111", None), ("8.8.8.8", None),
])
def test_address_policy(address: str, problem: str | None) -> None:
    assert address_problem(ipaddress.ip_address(address)) == problem


@pytest.mark.parametrize("url, message", [
    ("ftp://example.test/file", "unsupported scheme ftp"),
    ("file:///etc/passwd", "unsupported scheme file"),
    ("example.test/page", "URL without a scheme"),
    ("http://", "URL without a host"),
])
def test_only_http_and_https_urls(url: str, message: str) -> None:
    with pytest.raises(FetchError, match=message):
        Fetcher(resolver=fake_resolver).fetch(url)
