"""Web sources: pages, sitemaps and RSS/Atom feeds fetched politely into `Source` objects.

`Crawler(settings).crawl(urls)` yields one `WebPage` for every article page it meets: its `Source` (read
like an .html file; `metadata["url"]` is the page's canonical URL, which keys the article), or the
reason it failed. It honours robots.txt (protego), waits `delay` seconds between two requests to one
host (longer when robots.txt asks), sends `USER_AGENT`, follows at most `max_pages` pages, and keeps
every response in an `HttpCache` folder so that the next run asks with If-None-Match /
If-Modified-Since and a 304 answer gives the cached page back (nothing is downloaded again).
Sitemaps (and sitemap indexes) are read with lxml, feeds with feedparser; `since` keeps the entries
dated that day or later (entries without a date are kept). No store code here.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
import os
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from email.utils import parsedate_to_datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

from loaders.model import Source
from loaders.readers import MAX_BYTES, ReadError, read_bytes


def _version() -> str:
    try:
        return version("citegraph")
    except PackageNotFoundError:
        return "dev"


#: what every request says it is; robots.txt rules for "citegraph" apply to it
USER_AGENT = f"citegraph/{_version()} (citation research crawler; honours robots.txt)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
#: a document served as itself (a plan or resolution a portal links as a file): Content-Type → reader format
DOCUMENT_TYPES = {"application/pdf": "pdf", "application/x-pdf": "pdf",
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
                  "text/plain": "txt"}
MAX_SITEMAPS = 50  # sitemap files read at most from one starting URL (an index and its children)
MAX_REDIRECTS = 5


def is_url(text: str) -> bool:
    """True for an http(s) URL (what `citegraph ingest` fetches instead of reading a path)."""
    return text.lower().startswith(("http://", "https://"))


@dataclass
class CrawlSettings:
    """How to crawl: politeness, limits and where the cache lives (None: no cache)."""

    delay: float = 1.0  # seconds between two requests to one host
    max_pages: int = 200  # article pages fetched at most in one crawl
    since: date | None = None  # sitemap and feed entries older than this are not followed
    timeout: float = 30.0  # seconds to connect, and between two bytes of the answer
    cache: Path | None = None
    user_agent: str = USER_AGENT


@dataclass
class CrawlStats:
    """What a crawl did, for people."""

    requests: int = 0
    not_modified: int = 0  # answered 304: the cached copy was used
    pages: int = 0  # article pages fetched (or taken from the cache)
    disallowed: int = 0  # refused by robots.txt
    too_old: int = 0  # sitemap or feed entries before `since`
    not_followed: int = 0  # entries past `max_pages`

    def render(self) -> str:
        return (f"web: {self.pages} pages, {self.requests} requests ({self.not_modified} not modified), "
                f"{self.disallowed} disallowed by robots.txt, {self.too_old} entries before --since, "
                f"{self.not_followed} not followed (--max-pages)")


@dataclass
class WebPage:
    """One article page: its Source, or why there is none (`ignored`: robots.txt said no)."""

    url: str
    source: Source | None = None
    error: str | None = None
    ignored: bool = False
    not_modified: bool = False


class FetchError(Exception):
    """A URL could not be fetched; str() is the reason (HTTP status, timeout, refused connection …)."""


@dataclass
class Response:
    """A fetched (or revalidated) URL."""

    url: str  # the URL after redirects
    data: bytes
    content_type: str
    not_modified: bool = False  # the server answered 304 and `data` is the cached copy
    headers: dict[str, str] = field(default_factory=dict)

    def header(self, name: str) -> str | None:
        return self.headers.get(name.lower())

    @property
    def mime_type(self) -> str:
        """The Content-Type without its parameters, lowercased ("" when the server sent none)."""
        return self.content_type.split(";")[0].strip().lower()


class HttpCache:
    """Responses on disk, one JSON head and one body file a URL (named by the URL's hash)."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)

    def _paths(self, url: str) -> tuple[Path, Path]:
        name = hashlib.sha256(url.encode("utf-8")).hexdigest()[:40]
        return self.folder / f"{name}.json", self.folder / f"{name}.body"

    def get(self, url: str) -> tuple[dict[str, Any], bytes] | None:
        """The stored head and body of `url`, or None."""
        head, body = self._paths(url)
        try:
            return json.loads(head.read_text("utf-8")), body.read_bytes()
        except (OSError, ValueError):
            return None

    def put(self, url: str, response: Response) -> None:
        """Keep a response (body first, then the head that points to it; both written atomically)."""
        head, body = self._paths(url)
        for path, data in ((body, response.data), (head, json.dumps({
                "url": url, "final_url": response.url, "content_type": response.content_type,
                "headers": response.headers, "stored": _now()}, ensure_ascii=False).encode("utf-8"))):
            tmp = path.with_suffix(path.suffix + ".tmp")
            tmp.write_bytes(data)
            os.replace(tmp, path)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _http_date(value: str | None) -> str | None:
    """An HTTP date header as an ISO date-time (UTC), or None."""
    try:
        return parsedate_to_datetime(value).astimezone(UTC).isoformat(timespec="seconds") if value else None
    except (TypeError, ValueError, IndexError):
        return None


class Fetcher:
    """GET with robots.txt, a per-host delay, a User-Agent, a size limit and the conditional cache."""

    def __init__(self, settings: CrawlSettings, stats: CrawlStats | None = None) -> None:
        import requests

        self.settings = settings
        self.stats = stats or CrawlStats()
        self.cache = HttpCache(settings.cache) if settings.cache else None
        self.session = requests.Session()
        self.session.headers["User-Agent"] = settings.user_agent
        self.session.max_redirects = MAX_REDIRECTS
        self._robots: dict[str, Any] = {}  # origin → protego rules, or a reason every URL is refused
        self._last: dict[str, float] = {}  # origin → when its last request ended

    def close(self) -> None:
        self.session.close()

    def allowed(self, url: str) -> str | None:
        """None when robots.txt lets us fetch `url`, else the reason it does not."""
        origin = _origin(url)
        if origin not in self._robots:
            self._robots[origin] = self._read_robots(origin)
        rules = self._robots[origin]
        if isinstance(rules, str):
            return rules
        if rules is not None and not rules.can_fetch(url, self.settings.user_agent):
            return "disallowed by robots.txt"
        return None

    def _read_robots(self, origin: str) -> Any:
        """The origin's robots.txt rules (None: no file, everything allowed; RFC 9309: a 4xx answer
        allows everything, a server error or no answer refuses everything for this run)."""
        from protego import Protego

        try:
            response = self._get(origin + "/robots.txt")
        except FetchError as e:
            status = str(e)
            if status.startswith("HTTP 4"):
                return None
            return f"robots.txt could not be read ({status})"
        return Protego.parse(response.data.decode("utf-8", "replace"))

    def _wait(self, origin: str) -> None:
        delay = self.settings.delay
        rules = self._robots.get(origin)
        if rules is not None and not isinstance(rules, str):
            delay = max(delay, float(rules.crawl_delay(self.settings.user_agent) or 0))
        last = self._last.get(origin)
        if last is not None and (pause := last + delay - time.monotonic()) > 0:
            time.sleep(pause)

    def get(self, url: str) -> Response:
        """Fetch `url` if robots.txt allows it (FetchError otherwise)."""
        refused = self.allowed(url)
        if refused:
            raise FetchError(refused)
        return self._get(url)

    def _get(self, url: str) -> Response:
        import requests

        origin = _origin(url)
        cached = self.cache.get(url) if self.cache else None
        headers = {}
        if cached:
            old = cached[0].get("headers", {})
            if old.get("etag"):
                headers["If-None-Match"] = old["etag"]
            if old.get("last-modified"):
                headers["If-Modified-Since"] = old["last-modified"]
        self._wait(origin)
        self.stats.requests += 1
        try:
            with self.session.get(url, headers=headers, timeout=self.settings.timeout, stream=True) as r:
                if r.status_code == 304 and cached:
                    self.stats.not_modified += 1
                    head, body = cached
                    return Response(head.get("final_url") or url, body, head.get("content_type") or "",
                                    not_modified=True, headers=head.get("headers") or {})
                if r.status_code >= 400:
                    raise FetchError(f"HTTP {r.status_code} {r.reason or ''}".strip())
                if r.status_code != 200:
                    raise FetchError(f"HTTP {r.status_code} {r.reason or ''} (expected 200)".strip())
                data = _read_capped(r)
                response = Response(r.url, data, r.headers.get("Content-Type", ""),
                                    headers={k.lower(): v for k, v in r.headers.items()
                                             if k.lower() in ("etag", "last-modified", "content-type", "date")})
        except requests.Timeout as e:
            raise FetchError(f"timeout (no answer within {self.settings.timeout:g} s)") from e
        except requests.TooManyRedirects as e:
            raise FetchError(f"more than {MAX_REDIRECTS} redirects") from e
        except requests.ConnectionError as e:
            raise FetchError(f"cannot connect ({_root_cause(e)})") from e
        except requests.RequestException as e:
            raise FetchError(f"{type(e).__name__}: {e}") from e
        finally:
            self._last[origin] = time.monotonic()
        if self.cache:
            self.cache.put(url, response)
        return response


def _read_capped(r: Any) -> bytes:
    chunks, size = [], 0
    for chunk in r.iter_content(1 << 16):
        size += len(chunk)
        if size > MAX_BYTES:
            raise FetchError(f"too large (over {MAX_BYTES} bytes)")
        chunks.append(chunk)
    return b"".join(chunks)


def _root_cause(e: BaseException) -> str:
    while e.__context__ is not None and e.__context__ is not e:
        e = e.__context__
    return str(e) or type(e).__name__


def clean_url(url: str) -> str:
    """A URL without its fragment and tracking parameters (utm_*, fbclid …), query sorted (courlan)."""
    from courlan import normalize_url

    try:
        url = normalize_url(url.strip())
    except (ValueError, AttributeError):
        url = url.strip()
    return urldefrag(url)[0]


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


# ---------------------------------------------------------------- sitemaps and feeds


@dataclass
class Entry:
    """A URL a sitemap or a feed lists, with its date (lastmod, or the feed's published/updated)."""

    url: str
    date: date | None = None
    published: str | None = None  # a feed's publication date (ISO), the article's date if it has none
    sitemap: bool = False  # the entry of a sitemap index: another sitemap


def _xml_root(data: bytes) -> Any:
    """The root element of an XML document (no entities, no network), or None."""
    from lxml import etree

    head = data[:512].lstrip()
    if not head.startswith(b"<") or b"<html" in head[:300].lower() or b"<!doctype html" in head[:300].lower():
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)
    try:
        return etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _local(tag: Any) -> str:
    return str(tag).rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def kind_of(response: Response) -> str:
    """"sitemap", "feed", "html" or "other", from the content (servers label feeds many ways)."""
    ctype = response.mime_type
    root = _xml_root(response.data) if ctype not in HTML_TYPES else None
    if root is not None:
        name = _local(root.tag)
        if name in ("urlset", "sitemapindex"):
            return "sitemap"
        if name in ("rss", "feed", "rdf"):
            return "feed"
    if ctype in HTML_TYPES or response.data[:1024].lstrip().lower().startswith((b"<!doctype html", b"<html")):
        return "html"
    return "other"


def reader_format(response: Response) -> str | None:
    """How an answer is read as a source: "html" for a page, "pdf", "docx" or "txt" for a document served as
    a file (by its Content-Type, or by its first bytes and the address's extension when a server says only
    `application/octet-stream`); None for anything else (an image, an archive, a legacy .doc)."""
    if kind_of(response) == "html":
        return "html"
    if fmt := DOCUMENT_TYPES.get(response.mime_type):
        return fmt
    if response.data.startswith(b"%PDF-"):
        return "pdf"
    if response.data.startswith(b"PK") and urlsplit(response.url).path.lower().endswith(".docx"):
        return "docx"
    return None


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(str(text).strip()[:10]) if text else None
    except ValueError:
        return None


def sitemap_entries(data: bytes, base: str) -> list[Entry]:
    """<url> (pages) and <sitemap> (other sitemaps) entries of a sitemap, with their lastmod."""
    root = _xml_root(data)
    if root is None:
        return []
    out = []
    for element in root:
        name = _local(element.tag)
        if name not in ("url", "sitemap"):
            continue
        fields = {_local(child.tag): (child.text or "").strip() for child in element}
        if fields.get("loc"):
            out.append(Entry(urljoin(base, fields["loc"]), _day(fields.get("lastmod")), sitemap=name == "sitemap"))
    return out


def feed_entries(data: bytes, base: str) -> list[Entry]:
    """The article links of an RSS, Atom or RDF feed (feedparser), with their dates."""
    import feedparser

    parsed = feedparser.parse(data, response_headers={"content-location": base})
    out = []
    for item in parsed.entries:
        link = item.get("link")
        if not link:
            continue
        stamp = item.get("published_parsed") or item.get("updated_parsed")
        day = date(*stamp[:3]) if stamp else None
        published = item.get("published_parsed")
        out.append(Entry(urljoin(base, link), day,
                         published=date(*published[:3]).isoformat() if published else None))
    return out


def _newest_first(entries: list[Entry]) -> list[Entry]:
    return sorted(entries, key=lambda e: (e.date is None, -(e.date.toordinal() if e.date else 0)))


# ---------------------------------------------------------------- the crawl


class Crawler:
    """Pages, sitemaps and feeds → `WebPage`s, politely; `stats` says what it did."""

    def __init__(self, settings: CrawlSettings | None = None) -> None:
        self.settings = settings or CrawlSettings()
        self.stats = CrawlStats()
        self.fetcher = Fetcher(self.settings, self.stats)
        self._seen: set[str] = set()  # URLs asked for and canonical URLs met in this crawl

    def close(self) -> None:
        self.fetcher.close()

    def crawl(self, urls: Iterable[str]) -> Iterator[WebPage]:
        """Every article page reachable from `urls` (pages, sitemaps, feeds), each once."""
        for url in urls:
            yield from self._start(url)

    def _start(self, url: str) -> Iterator[WebPage]:
        url = clean_url(url)
        try:
            response = self.fetcher.get(url)
        except FetchError as e:
            yield self._refused(url, str(e))
            return
        kind = kind_of(_gunzipped(response))
        if kind in ("sitemap", "feed"):
            failed: list[WebPage] = []
            entries = self._entries(url, _gunzipped(response), kind, failed)
            yield from failed
            yield from self._pages(entries)
        else:
            self._seen.add(url)
            yield self._page(url, response, None)

    def _entries(self, url: str, response: Response, kind: str, failed: list[WebPage]) -> list[Entry]:
        """The pages a sitemap (with its child sitemaps) or a feed lists, newest first, `since` applied;
        child sitemaps that could not be fetched go to `failed`."""
        since = self.settings.since
        if kind == "feed":
            entries = feed_entries(response.data, response.url)
        else:
            entries, todo, read = [], [(url, response)], 0
            while todo and read < MAX_SITEMAPS:
                sitemap_url, r = todo.pop(0)
                read += 1
                for e in sitemap_entries(_gunzipped(r).data, r.url):
                    if not e.sitemap:
                        entries.append(e)
                    elif since and e.date and e.date < since:
                        continue  # a child sitemap unchanged since before `since` lists nothing newer
                    elif e.url != sitemap_url and read + len(todo) < MAX_SITEMAPS:
                        try:
                            todo.append((e.url, self.fetcher.get(e.url)))
                        except FetchError as err:
                            failed.append(self._refused(e.url, str(err)))
        kept = [e for e in entries if not (since and e.date and e.date < since)]
        self.stats.too_old += len(entries) - len(kept)
        return _newest_first(kept)

    def _pages(self, entries: list[Entry]) -> Iterator[WebPage]:
        for entry in entries:
            url = clean_url(entry.url)
            if url in self._seen:
                continue
            self._seen.add(url)
            if self.stats.pages >= self.settings.max_pages:
                self.stats.not_followed += 1
                continue
            try:
                response = self.fetcher.get(url)
            except FetchError as e:
                yield self._refused(url, str(e))
                continue
            yield self._page(url, response, entry)

    def _refused(self, url: str, reason: str) -> WebPage:
        disallowed = reason == "disallowed by robots.txt"
        self.stats.disallowed += disallowed
        return WebPage(url, error=reason, ignored=disallowed)

    def _page(self, url: str, response: Response, entry: Entry | None) -> WebPage:
        """An article page read like an .html file, or a PDF, Word or text document read like such a file; its
        canonical URL (else its URL) keys it."""
        self.stats.pages += 1
        fmt = reader_format(response)
        if fmt is None:
            ctype = response.mime_type or "none"
            return WebPage(url, error=f"neither a page nor a PDF, Word or text document (Content-Type: {ctype})")
        try:
            source = read_bytes(response.data, url, fmt)
        except ReadError as e:
            return WebPage(url, error=e.reason)
        meta = source.metadata
        canonical = clean_url(urljoin(response.url, meta.get("url") or response.url))
        if canonical != url and canonical in self._seen:
            return WebPage(url, error=f"same canonical URL as a page already read ({canonical})", ignored=True)
        self._seen.add(canonical)
        meta["url"] = canonical
        meta["fetched_url"] = url
        meta["fetched"] = _now()
        meta["last_modified"] = _http_date(response.header("last-modified"))
        if not meta.get("date") and entry and entry.published:
            meta["date"] = entry.published
        source.path = url
        return WebPage(url, source=source, not_modified=response.not_modified)


def _gunzipped(response: Response) -> Response:
    """A gzip-compressed sitemap (.xml.gz served as a file) unpacked, within the size limit."""
    if not response.data.startswith(b"\x1f\x8b"):
        return response
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(response.data)) as f:
            data = f.read(MAX_BYTES + 1)
    except (OSError, EOFError):
        return response
    if len(data) > MAX_BYTES:
        return response
    return Response(response.url, data, "application/xml", response.not_modified, response.headers)
