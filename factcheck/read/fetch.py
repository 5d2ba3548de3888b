"""Fetching web pages, within bounds: the only module that imports httpx.

Owns: one GET of an http(s) URL with a clear User-Agent, connect/read/total timeouts, a
redirect limit, a maximum body size (streamed, so a huge or endless body is cut off, never
loaded), only text content types, retries with backoff on 429/5xx honouring Retry-After,
conditional requests (ETag / Last-Modified), and the address policy.
Must not: parse HTML (``htmlpage.py``) or store anything (``snapshots.py``).

Address policy: articles and fact sources are untrusted input, and CI runners can reach
internal services, so by default every host is resolved and refused when any of its addresses
is loopback, private, link-local, multicast, reserved, unspecified, shared (CGNAT
100.64.0.0/10), IPv6 unique-local or link-local, or a cloud metadata address; an IPv4 address
inside an IPv6 one (mapped, NAT64, 6to4) is judged as IPv4. Redirects are followed by hand so
every hop is checked again. The connection is pinned to the address that was checked (the
request goes to the IP, with the original Host header and TLS server name), so a second DNS
answer cannot swap in another address (DNS rebinding). ``allow_private=True``
(``--allow-private``) lifts the policy for an intranet. Proxy settings from the environment
are ignored: through a proxy the address check would mean nothing.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import ipaddress
import re
import socket
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import httpx

from .. import __version__
from ..errors import FetchError, UsageError
from .limits import DEFAULT_MAX_BYTES

DEFAULT_USER_AGENT = f"factcheck/{__version__} (+https://github.com/factcheck/factcheck)"
DEFAULT_CONNECT_TIMEOUT = 5.0  # seconds
DEFAULT_READ_TIMEOUT = 10.0  # seconds between two reads
DEFAULT_TOTAL_TIMEOUT = 60.0  # seconds for a whole fetch: a slow trickle is cut off too
DEFAULT_MAX_REDIRECTS = 5
DEFAULT_RETRIES = 2  # so at most three attempts
DEFAULT_BACKOFF = 0.5  # seconds before the first retry, doubled each time
DEFAULT_MAX_RETRY_WAIT = 30.0  # a longer Retry-After is cut to this
ACCEPTED_TYPES = ("text/html", "application/xhtml+xml", "text/plain")
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
METADATA_ADDRESSES = frozenset(ipaddress.ip_address(a) for a in (
    "169.254.169.254",  # AWS, GCP, Azure, OpenStack
    "169.254.170.2",  # AWS ECS task metadata
    "100.100.100.200",  # Alibaba Cloud
    "fd00:ec2::254",  # AWS over IPv6
))
SHARED_ADDRESS_SPACE = ipaddress.ip_network("100.64.0.0/10")  # carrier-grade NAT
NAT64_PREFIX = ipaddress.ip_network("64:ff9b::/96")

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Sequence[str]]  # (host, port) -> IP addresses as text


@dataclass(frozen=True)
class FetchResult:
    """What one fetch got: the final page's text, or ``not_modified`` after a 304."""

    url: str  # as requested
    final_url: str  # after redirects
    status: int
    content_type: str  # the media type only, lower case ("text/html")
    text: str  # decoded body; "" when not modified
    etag: str | None
    last_modified: str | None
    redirects: tuple[str, ...]  # each URL redirected to, in order (the last is final_url)
    fetched_at: dt.datetime  # UTC
    not_modified: bool = False


def resolve(host: str, port: int) -> list[str]:
    """The addresses of ``host`` from the system resolver, without duplicates."""
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def address_problem(ip: IPAddress) -> str | None:
    """Why ``ip`` is refused by default ("private", "loopback", ...), or None if public."""
    if isinstance(ip, ipaddress.IPv6Address):  # an IPv4 address inside an IPv6 one
        if ip.ipv4_mapped is not None:
            ip = ip.ipv4_mapped
        elif ip in NAT64_PREFIX:
            ip = ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
        elif ip.sixtofour is not None:
            ip = ip.sixtofour
    if ip in METADATA_ADDRESSES:
        return "cloud metadata"
    checks = (("loopback", ip.is_loopback), ("link-local", ip.is_link_local),
              ("multicast", ip.is_multicast), ("unspecified", ip.is_unspecified),
              ("reserved", ip.is_reserved), ("shared (CGNAT)", ip in SHARED_ADDRESS_SPACE),
              ("private", ip.is_private), ("non-global", not ip.is_global))
    return next((word for word, hit in checks if hit), None)


class Fetcher:
    """Fetches pages within bounds. One instance can fetch many URLs; it holds no sockets.

    ``allowed_networks`` lets a few networks through the address policy (an intranet's
    range) without lifting it. ``resolver``, ``sleep``, ``now`` and ``transport`` exist for
    tests: a fake DNS, no real waiting, a fixed clock, an ``httpx.MockTransport``.
    """

    def __init__(self, *, user_agent: str = DEFAULT_USER_AGENT,
                 connect_timeout: float = DEFAULT_CONNECT_TIMEOUT,
                 read_timeout: float = DEFAULT_READ_TIMEOUT,
                 total_timeout: float = DEFAULT_TOTAL_TIMEOUT,
                 max_redirects: int = DEFAULT_MAX_REDIRECTS,
                 max_bytes: int = DEFAULT_MAX_BYTES,
                 retries: int = DEFAULT_RETRIES,
                 backoff: float = DEFAULT_BACKOFF,
                 max_retry_wait: float = DEFAULT_MAX_RETRY_WAIT,
                 allow_private: bool = False,
                 allowed_networks: Sequence[str] = (),
                 resolver: Resolver = resolve,
                 sleep: Callable[[float], None] = time.sleep,
                 now: Callable[[], dt.datetime] | None = None,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.user_agent = user_agent
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.total_timeout = total_timeout
        self.max_redirects = max_redirects
        self.max_bytes = max_bytes
        self.retries = retries
        self.backoff = backoff
        self.max_retry_wait = max_retry_wait
        self.allow_private = allow_private
        try:
            self.allowed_networks = tuple(ipaddress.ip_network(n, strict=False)
                                          for n in allowed_networks)
        except ValueError as exc:
            raise UsageError(f"not a network: {exc}") from None
        self.resolver = resolver
        self.sleep = sleep
        self.now = now or (lambda: dt.datetime.now(dt.UTC))
        self.transport = transport

    def fetch(self, url: str, *, etag: str | None = None,
              last_modified: str | None = None) -> FetchResult:
        """GET ``url``; FetchError (one line, with the URL and status) when it cannot."""
        current = _parse_url(url, url)
        headers = {"User-Agent": self.user_agent,
                   "Accept": "text/html, application/xhtml+xml, text/plain;q=0.8"}
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        deadline = time.monotonic() + self.total_timeout
        redirects: list[str] = []
        seen = {str(current)}
        timeout = httpx.Timeout(self.read_timeout, connect=self.connect_timeout)
        # No keep-alive: each hop gets its own connection, pinned to the address checked.
        limits = httpx.Limits(max_keepalive_connections=0)
        try:
            with httpx.Client(timeout=timeout, limits=limits, follow_redirects=False,
                              trust_env=False, transport=self.transport) as client:
                while True:
                    response, attempts = self._send_with_retries(client, url, current, headers,
                                                                 deadline, bool(redirects))
                    try:
                        location = response.headers.get("location")
                        if response.status_code in REDIRECT_STATUSES and location:
                            current = self._redirect(url, current, location, redirects, seen)
                            continue
                        return self._result(url, current, response, redirects, deadline,
                                            etag, last_modified, attempts)
                    finally:
                        response.close()
        except httpx.HTTPError as exc:
            raise FetchError(self._describe(exc), url) from None
        except OSError as exc:  # below httpx: certificates that cannot be loaded, and the like
            raise FetchError(f"cannot fetch: {exc.strerror or exc}", url) from None

    # -- one hop --

    def _redirect(self, url: str, current: httpx.URL, location: str, redirects: list[str],
                  seen: set[str]) -> httpx.URL:
        target = _parse_url(str(current.join(location.strip())), url)
        if str(target) in seen:
            raise FetchError(f"redirect loop ({current} -> {target})", url)
        if len(redirects) >= self.max_redirects:
            raise FetchError(f"too many redirects (more than {self.max_redirects})", url)
        redirects.append(str(target))
        seen.add(str(target))
        return target

    def _send_with_retries(self, client: httpx.Client, url: str, current: httpx.URL,
                           headers: dict[str, str], deadline: float,
                           redirected: bool) -> tuple[httpx.Response, int]:
        """The response and the number of attempts it took."""
        attempt = 0
        while True:
            response = self._send(client, url, current, headers, redirected)
            if response.status_code not in RETRY_STATUSES or attempt >= self.retries:
                return response, attempt + 1
            wait = self._retry_wait(response.headers.get("retry-after"), attempt)
            if time.monotonic() + wait > deadline:
                response.close()
                raise FetchError(f"HTTP {response.status_code} (waiting {wait:g}s to retry "
                                 f"would pass the {self.total_timeout:g}s limit)", url,
                                 response.status_code)
            response.close()
            self.sleep(wait)
            attempt += 1

    def _retry_wait(self, retry_after: str | None, attempt: int) -> float:
        """Seconds before the next attempt: Retry-After (seconds or a date), else backoff."""
        wait = self.backoff * 2.0 ** attempt
        if retry_after:
            value = retry_after.strip()
            if value.isdigit():
                wait = float(value)
            else:
                when: dt.datetime | None
                try:
                    when = email.utils.parsedate_to_datetime(value)
                except (TypeError, ValueError):
                    when = None
                if when is not None:
                    if when.tzinfo is None:
                        when = when.replace(tzinfo=dt.UTC)
                    wait = (when - self.now()).total_seconds()
        return min(max(wait, 0.0), self.max_retry_wait)

    def _send(self, client: httpx.Client, url: str, current: httpx.URL,
              headers: dict[str, str], redirected: bool) -> httpx.Response:
        """Send to the first checked address that accepts a connection."""
        host = current.raw_host.decode("ascii")
        hop = f" (redirected to {current})" if redirected else ""
        *others, last = self._addresses(url, host, current.port or _default_port(current), hop)
        hop_headers = dict(headers, Host=current.netloc.decode("ascii"))

        def send(address: str) -> httpx.Response:
            request = client.build_request("GET", current.copy_with(host=address),
                                           headers=hop_headers,
                                           extensions={"sni_hostname": host})
            return client.send(request, stream=True)

        for address in others:
            try:
                return send(address)
            except (httpx.ConnectError, httpx.ConnectTimeout):
                continue  # try the host's next address
        return send(last)

    def _addresses(self, url: str, host: str, port: int, hop: str) -> list[str]:
        """The host's addresses, each allowed by the policy (else FetchError)."""
        try:
            ips: list[IPAddress] = [ipaddress.ip_address(host.strip("[]"))]
            literal = True
        except ValueError:
            ips, literal = self._resolve(url, host, port, hop), False
        for ip in ips:
            if any(ip in network for network in self.allowed_networks):
                continue
            problem = address_problem(ip)
            # --allow-private opens an intranet, never the cloud metadata service, whose
            # credentials an article's URL must not be able to reach.
            if problem and (not self.allow_private or problem == "cloud metadata"):
                what = (f"{host} is a {problem} address" if literal
                        else f"{host} resolves to {problem} address {ip}")
                hint = "" if problem == "cloud metadata" else " (use --allow-private)"
                raise FetchError(f"refused: {what}{hint}{hop}", url)
        return [str(ip) for ip in ips]

    def _resolve(self, url: str, host: str, port: int, hop: str) -> list[IPAddress]:
        try:
            found = self.resolver(host, port)
        except (OSError, UnicodeError) as exc:
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            raise FetchError(f"cannot resolve {host}: {reason}{hop}", url) from None
        ips: list[IPAddress] = []
        for text in found:
            try:
                ips.append(ipaddress.ip_address(text.split("%")[0]))  # no IPv6 zone index
            except ValueError:
                continue
        if not ips:
            raise FetchError(f"cannot resolve {host}: no addresses{hop}", url)
        return ips

    # -- the final response --

    def _result(self, url: str, current: httpx.URL, response: httpx.Response,
                redirects: list[str], deadline: float, etag: str | None,
                last_modified: str | None, attempts: int) -> FetchResult:
        status = response.status_code
        where = f" (at {current})" if redirects else ""
        if status == 304 and (etag or last_modified):
            return FetchResult(url=url, final_url=str(current), status=status,
                               content_type="", text="",
                               etag=response.headers.get("etag") or etag,
                               last_modified=response.headers.get("last-modified")
                               or last_modified,
                               redirects=tuple(redirects), fetched_at=self.now(),
                               not_modified=True)
        if status in RETRY_STATUSES and attempts > 1:
            raise FetchError(f"HTTP {status}{where} after {attempts} attempts", url, status)
        if not 200 <= status < 300:
            raise FetchError(f"HTTP {status}{where}", url, status)
        media_type, charset = _content_type(response.headers.get("content-type", ""))
        if media_type not in ACCEPTED_TYPES:
            shown = media_type or "(none given)"
            raise FetchError(f"unsupported content type {shown}{where}", url, status)
        body = self._read(url, response, deadline)
        return FetchResult(url=url, final_url=str(current), status=status,
                           content_type=media_type, text=_decode(body, charset, media_type),
                           etag=response.headers.get("etag"),
                           last_modified=response.headers.get("last-modified"),
                           redirects=tuple(redirects), fetched_at=self.now())

    def _read(self, url: str, response: httpx.Response, deadline: float) -> bytes:
        """The body, streamed: cut off past ``max_bytes`` or the total timeout."""
        too_big = f"response larger than {self.max_bytes} bytes"
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > self.max_bytes:
            raise FetchError(too_big, url, response.status_code)
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():  # decompressed bytes: a gzip bomb is cut off too
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(too_big, url, response.status_code)
            if time.monotonic() > deadline:
                raise FetchError(f"timed out after {self.total_timeout}s in all", url,
                                 response.status_code)
            chunks.append(chunk)
        return b"".join(chunks)

    def _describe(self, exc: httpx.HTTPError) -> str:
        if isinstance(exc, httpx.ConnectTimeout):
            return f"timed out after {self.connect_timeout}s connecting"
        if isinstance(exc, httpx.ReadTimeout):
            return f"timed out after {self.read_timeout}s reading"
        if isinstance(exc, httpx.TimeoutException):
            return "timed out"
        if isinstance(exc, httpx.ConnectError):
            return f"cannot connect: {exc}" if str(exc) else "cannot connect"
        if isinstance(exc, httpx.RemoteProtocolError):
            return f"bad HTTP response: {exc}"
        if isinstance(exc, httpx.DecodingError):
            return f"cannot decode the response: {exc}"
        return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__


def _parse_url(text: str, requested: str) -> httpx.URL:
    """An http(s) URL with a host, without its fragment; else FetchError."""
    try:
        url = httpx.URL(text.strip())
    except (httpx.InvalidURL, ValueError):
        raise FetchError("not a valid URL", requested) from None
    if url.scheme not in ("http", "https"):
        what = f"scheme {url.scheme}" if url.scheme else "URL without a scheme"
        raise FetchError(f"unsupported {what} (only http and https)", requested)
    if not url.host:
        raise FetchError("URL without a host", requested)
    return url.copy_with(fragment=None)


def _default_port(url: httpx.URL) -> int:
    return 443 if url.scheme == "https" else 80


def _content_type(header: str) -> tuple[str, str | None]:
    media_type, _, params = header.partition(";")
    m = re.search(r"""charset\s*=\s*["']?([^"';\s]+)""", params, re.IGNORECASE)
    return media_type.strip().lower(), (m.group(1) if m else None)


def _decode(body: bytes, charset: str | None, media_type: str) -> str:
    """Text from the BOM, the header's charset, an HTML <meta> charset, else UTF-8."""
    for bom, codec in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"),
                       (b"\xfe\xff", "utf-16")):
        if body.startswith(bom):
            return body.decode(codec, errors="replace")
    if charset is None and media_type != "text/plain":
        head = body[:4096].decode("latin-1")
        m = re.search(r"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", head, re.IGNORECASE)
        charset = m.group(1) if m else None
    try:
        return body.decode(charset or "utf-8", errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")
