"""Web sources: a real HTTP server on loopback serves pages, a sitemap index, a feed and a robots.txt that
these tests write; `citegraph ingest URL` crawls them into both stores. No test touches the internet."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import threading
import time
from datetime import date
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from graph.ingest import ingest_paths
from graph.model import article_key
from loaders.web import USER_AGENT, Crawler, CrawlSettings

ROOT = Path(__file__).resolve().parent.parent


def article(title: str, body: str, canonical: str | None = None, site: str = "Báo Quảng Trị điện tử",
            published: str | None = None) -> bytes:
    """A news page as a provincial portal writes one: head, menu, the article, a footer."""
    head = [f"<title>{title} - {site}</title>", f'<meta property="og:site_name" content="{site}">']
    if canonical:
        head.append(f'<link rel="canonical" href="{canonical}">')
    if published:
        head.append(f'<meta property="article:published_time" content="{published}">')
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n") if p.strip())
    return (f"<!DOCTYPE html><html lang='vi'><head><meta charset='utf-8'>{''.join(head)}</head><body>"
            "<nav><a href='/'>Trang chủ</a> <a href='/tin/'>Thời sự</a></nav>"
            f"<article><h1>{title}</h1>{paragraphs}</article>"
            f"<footer>© {site}. Ghi rõ nguồn khi phát hành lại.</footer></body></html>").encode()


PAGE_A = article(
    "Quảng Trị ban hành kế hoạch về khoa học, công nghệ",
    "Ngày 15/3/2025, Ban Thường vụ Tỉnh ủy Quảng Trị ban hành Kế hoạch thực hiện Nghị quyết số 57-NQ/TW ngày "
    "22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số "
    "quốc gia.\nKế hoạch giao các sở, ngành của tỉnh Quảng Trị xây dựng chương trình hành động trong quý II.",
    canonical="/tin/ke-hoach-57.html", published="2025-03-15")
PAGE_B = article(
    "Quảng Trị sơ kết công tác bảo vệ nền tảng tư tưởng",
    "Ngày 10/1/2024, Tỉnh ủy Quảng Trị sơ kết 5 năm thực hiện Nghị quyết số 35-NQ/TW ngày 22/10/2018 của "
    "Bộ Chính trị về tăng cường bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái.",
    published="2024-01-10")
PAGE_D = article(
    "Nghệ An học tập nghị quyết về chuyển đổi số",
    "Ngày 2/4/2025, Ban Tuyên giáo Tỉnh ủy Nghệ An tổ chức hội nghị học tập, quán triệt Nghị quyết số "
    "57-NQ/TW của Bộ Chính trị tới cán bộ chủ chốt của tỉnh Nghệ An.",
    site="Báo Nghệ An")
PAGE_PRIVATE = article("Tài liệu nội bộ", "Trang này robots.txt không cho phép đọc; Nghị quyết số 18-NQ/TW.")

SITEMAP_INDEX = """<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>{base}/sitemap-tin.xml</loc><lastmod>2025-03-16</lastmod></sitemap>
</sitemapindex>"""
SITEMAP = """<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <url><loc>{base}/tin/ke-hoach-57.html</loc><lastmod>2025-03-15</lastmod></url>
  <url><loc>{base}/tin/so-ket-35.html</loc><lastmod>2024-01-10T08:00:00+07:00</lastmod></url>
  <url><loc>{base}/noi-bo/tai-lieu.html</loc><lastmod>2025-03-01</lastmod></url>
</urlset>"""
FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Thời sự</title><link>{base}/</link><description>Tin mới</description>
  <item><title>Nghệ An học tập nghị quyết</title><link>{base}/tin/nghe-an-57.html</link>
        <pubDate>Wed, 02 Apr 2025 09:00:00 +0700</pubDate></item>
  <item><title>Quảng Trị ban hành kế hoạch</title><link>{base}/tin/ke-hoach-57.html?utm_source=rss</link>
        <pubDate>Sat, 15 Mar 2025 10:00:00 +0700</pubDate></item>
</channel></rss>"""
ROBOTS = "User-agent: *\nDisallow: /noi-bo/\n\nSitemap: {base}/sitemap.xml\n"


class Site:
    """A real HTTP server on 127.0.0.1: the files the test gives it, with ETag and Last-Modified, 304 for a
    matching conditional request, and a log of every request (path, headers, status, time)."""

    def __init__(self) -> None:
        self.files: dict[str, tuple[str, bytes]] = {}
        self.slow: dict[str, float] = {}
        self.log: list[dict] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server name
                path = self.path
                entry = {"path": path, "headers": dict(self.headers), "time": time.monotonic()}
                site.log.append(entry)
                time.sleep(site.slow.get(path.split("?")[0], 0))
                found = site.files.get(path.split("?")[0])
                if found is None:
                    entry["status"] = 404
                    self.send_error(404, "Not Found")
                    return
                ctype, body = found
                etag = '"' + hashlib.sha1(body).hexdigest()[:16] + '"'
                if self.headers.get("If-None-Match") == etag:
                    entry["status"] = 304
                    self.send_response(304)
                    self.send_header("ETag", etag)
                    self.end_headers()
                    return
                entry["status"] = 200
                self.send_response(200)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("ETag", etag)
                self.send_header("Last-Modified", formatdate(1741996800, usegmt=True))
                self.end_headers()
                try:
                    self.wfile.write(body)
                except BrokenPipeError:  # the client gave up waiting (the timeout test)
                    pass

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def add(self, path: str, body: str | bytes, ctype: str = "text/html; charset=utf-8") -> str:
        data = body.format(base=self.base).encode("utf-8") if isinstance(body, str) else body
        self.files[path] = (ctype, data)
        return self.base + path

    def requests(self, prefix: str = "/") -> list[dict]:
        return [e for e in self.log if e["path"].startswith(prefix)]


@pytest.fixture
def site():
    s = Site()
    s.thread.start()
    s.add("/robots.txt", ROBOTS, "text/plain")
    s.add("/sitemap.xml", SITEMAP_INDEX, "application/xml")
    s.add("/sitemap-tin.xml", SITEMAP, "application/xml")
    s.add("/rss.xml", FEED, "application/rss+xml")
    s.add("/tin/ke-hoach-57.html", PAGE_A)
    s.add("/tin/so-ket-35.html", PAGE_B)
    s.add("/tin/nghe-an-57.html", PAGE_D)
    s.add("/noi-bo/tai-lieu.html", PAGE_PRIVATE)
    yield s
    s.server.shutdown()
    s.server.server_close()


def _settings(tmp_path: Path, **kw) -> CrawlSettings:
    return CrawlSettings(**{"delay": 0, "cache": tmp_path / "cache", **kw})


def _crawl_into(store, site: Site, tmp_path: Path, **kw):
    crawler = Crawler(_settings(tmp_path, **kw))
    try:
        summary = ingest_paths([site.base + "/sitemap.xml", site.base + "/rss.xml"], store, progress=False,
                               crawler=crawler)
    finally:
        crawler.close()
    return summary, crawler.stats


def test_crawl_sitemap_and_feed_into_the_store_then_nothing_unchanged_is_fetched_again(store, site, tmp_path):
    summary, stats = _crawl_into(store, site, tmp_path)
    stored = {f.path: f for f in summary.files if f.status == "stored"}
    assert set(stored) == {site.base + p for p in ("/tin/ke-hoach-57.html", "/tin/so-ket-35.html",
                                                    "/tin/nghe-an-57.html")}
    assert summary.files_failed == 0
    # robots.txt disallows /noi-bo/: listed in the sitemap, reported, never requested
    ignored = [f for f in summary.files if f.status == "ignored"]
    assert [(f.path, f.error) for f in ignored] == [(site.base + "/noi-bo/tai-lieu.html", "disallowed by robots.txt")]
    assert site.requests("/noi-bo/") == []
    assert stats.disallowed == 1
    # the feed's ?utm_source= copy of a page the sitemap listed is the same page: asked for once
    assert len(site.requests("/tin/ke-hoach-57.html")) == 1 and stats.pages == 3

    # each article is keyed by its canonical URL and cites the central resolution
    page_a = store.get_document(article_key(site.base + "/tin/ke-hoach-57.html", ""))
    assert page_a["source"] == site.base + "/tin/ke-hoach-57.html"
    assert page_a["locality"] == "Quảng Trị" and page_a["date"] == "2025-03-15"
    citing_57 = {r["key"] for r in store.cited_by("57-NQ/TW@2024")}
    assert {article_key(site.base + "/tin/ke-hoach-57.html", ""),
            article_key(site.base + "/tin/nghe-an-57.html", "")} <= citing_57
    # the feed's publication date stands for a page that states none
    assert store.get_document(article_key(site.base + "/tin/nghe-an-57.html", ""))["date"] == "2025-04-02"
    assert all(e["headers"].get("User-Agent") == USER_AGENT for e in site.log)

    before = len(site.log)
    again, stats2 = _crawl_into(store, site, tmp_path)
    pages = [e for e in site.log[before:] if e["path"].startswith("/tin/")]
    assert pages and all(e["headers"].get("If-None-Match") for e in pages)
    assert all(e["status"] == 304 for e in site.log[before:])  # robots, sitemaps, feed and pages alike
    assert again.files_skipped == 3 and again.nodes_created == 0 and again.edges_created == 0
    assert stats2.not_modified == len(site.log) - before


def test_a_changed_page_is_fetched_and_stored_again(site, tmp_path):
    from graph.embedded_store import EmbeddedStore

    with EmbeddedStore(str(tmp_path / "db")) as store:
        _crawl_into(store, site, tmp_path)
        site.add("/tin/so-ket-35.html", PAGE_B.replace("sơ kết 5 năm".encode(), "tổng kết 5 năm".encode()))
        summary, stats = _crawl_into(store, site, tmp_path)
        assert [f.path for f in summary.files if f.status == "stored"] == [site.base + "/tin/so-ket-35.html"]
        assert summary.files_skipped == 2


def test_since_limits_sitemaps_and_feeds_to_newer_entries(site, tmp_path):
    crawler = Crawler(_settings(tmp_path, since=date(2025, 1, 1)))
    pages = list(crawler.crawl([site.base + "/sitemap.xml", site.base + "/rss.xml"]))
    assert sorted(p.url for p in pages if p.source) == [site.base + "/tin/ke-hoach-57.html",
                                                        site.base + "/tin/nghe-an-57.html"]
    assert site.requests("/tin/so-ket-35") == []
    assert crawler.stats.too_old == 1


def test_max_pages_and_the_delay_between_requests_to_one_host(site, tmp_path):
    crawler = Crawler(_settings(tmp_path, max_pages=1, delay=0.3))
    pages = list(crawler.crawl([site.base + "/rss.xml"]))
    assert [p.url for p in pages] == [site.base + "/tin/nghe-an-57.html"]  # the newest entry first
    assert crawler.stats.not_followed == 1
    times = [e["time"] for e in site.log]
    assert len(times) == 3  # robots.txt, the feed, one page
    assert all(b - a >= 0.29 for a, b in zip(times, times[1:], strict=False))


def test_failed_urls_are_reported_with_their_reason(site, tmp_path):
    site.add("/tai-lieu.pdf", b"%PDF-1.4 not really", "application/pdf")
    site.add("/cham.html", PAGE_D)
    site.slow["/cham.html"] = 2.0
    crawler = Crawler(_settings(tmp_path, timeout=0.5))
    pages = {p.url: p for p in crawler.crawl([site.base + "/khong-co.html", site.base + "/tai-lieu.pdf",
                                              site.base + "/cham.html", "http://127.0.0.1:9/"])}
    assert pages[site.base + "/khong-co.html"].error == "HTTP 404 Not Found"
    assert pages[site.base + "/tai-lieu.pdf"].error.startswith("truncated or corrupt PDF")  # read as a PDF
    assert pages[site.base + "/cham.html"].error.startswith("timeout")
    assert pages["http://127.0.0.1:9/"].error.startswith("robots.txt could not be read (cannot connect")


def test_a_plan_served_as_a_pdf_or_word_file_is_read_like_the_same_file_on_disk(site, tmp_path):
    from fixtures_build import write_docx, write_pdf

    plan = ("Kế hoạch thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển "
            "khoa học, công nghệ.")
    pdf = write_pdf(tmp_path / "ke-hoach.pdf", [plan]).read_bytes()
    docx = write_docx(tmp_path / "ke-hoach.docx", plan, [("Số hiệu", "12-KH/TU")]).read_bytes()
    site.add("/van-ban/ke-hoach.pdf", pdf, "application/pdf")
    site.add("/van-ban/ke-hoach.docx", docx, "application/octet-stream")  # servers often say no more
    site.add("/anh/logo.png", b"\x89PNG\r\n\x1a\n" + bytes(64), "image/png")
    crawler = Crawler(_settings(tmp_path))
    urls = [site.base + p for p in ("/van-ban/ke-hoach.pdf", "/van-ban/ke-hoach.docx", "/anh/logo.png")]
    try:
        pages = {p.url: p for p in crawler.crawl(urls)}
    finally:
        crawler.close()
    for url, fmt in zip(urls[:2], ("pdf", "docx"), strict=True):
        page = pages[url]
        assert page.error is None and page.source.metadata["format"] == fmt
        assert page.source.metadata["url"] == url  # the file's address keys it, as a page's canonical URL does
        assert "Nghị quyết số 57-NQ/TW" in " ".join(page.source.text.split())
    assert pages[urls[2]].error == "neither a page nor a PDF, Word or text document (Content-Type: image/png)"

def test_cli_ingests_urls_beside_paths_and_keeps_the_cache_under_the_store(site, tmp_path):
    db = tmp_path / "db"
    cmd = [sys.executable, "-m", "graph.cli", "ingest", "--db", str(db), "--delay", "0", "-q",
           str(ROOT / "examples" / "quang-tri-trien-khai-57-nq-tw-2025.txt"), site.base + "/rss.xml",
           site.base + "/khong-co.html"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}  # the embedded store at --db
    run = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert run.returncode == 2, run.stderr  # one URL failed, the rest stored
    assert f"failed: {site.base}/khong-co.html: HTTP 404 Not Found" in run.stderr
    assert "web: 2 pages" in run.stderr
    assert any((db / "web-cache").glob("*.body"))
    again = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert "(3 unchanged, skipped)" in again.stderr, again.stderr  # the example file and both pages
    assert "5 requests (4 not modified)" in again.stderr  # robots.txt, the feed, two pages; the 404 again
