"""HTML page → main article text plus title, date and canonical URL (trafilatura; never any network)."""

from __future__ import annotations

import html as html_lib
import re
from typing import Any

import lxml.html
import trafilatura
from trafilatura.settings import use_config

from loaders.boilerplate import drop_chrome_lines

# Deeper than any real page; deeper pages are flattened before parsing (libxml2 and trafilatura recurse).
MAX_DEPTH = 200
_TAG = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>")
_VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
         "track", "wbr"}


#: the page's date from its markup and address only, never guessed from its running text, where the first
#: date is often that of a document the page cites (`Nghị định … ngày 03/02/2020`); a page without one is
#: dated by its own dateline (loaders/document.py)
_DATE_FROM_MARKUP = {"original_date": True, "extensive_search": False}


def _config():
    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # no signal-based timeout (not thread safe)
    return config


def nesting_depth(markup: str) -> int:
    """Deepest element nesting, counted over the tags (a cheap scan, no parser)."""
    depth = deepest = 0
    for closing, name, self_closing in _TAG.findall(markup):
        if name.lower() in _VOID or self_closing:
            continue
        depth = max(depth - 1, 0) if closing else depth + 1
        deepest = max(deepest, depth)
    return deepest


def flatten(markup: str) -> str:
    """Drop the tags past MAX_DEPTH, keeping their text, so that parsers never recurse too deep."""
    out: list[str] = []
    depth = 0
    pos = 0
    for m in _TAG.finditer(markup):
        out.append(markup[pos:m.start()])
        pos = m.end()
        closing, name, self_closing = m.group(1), m.group(2).lower(), m.group(3)
        if name in _VOID or self_closing:
            out.append(m.group(0))
            continue
        if closing:
            if depth <= MAX_DEPTH:
                out.append(m.group(0))
            depth = max(depth - 1, 0)
        else:
            depth += 1
            if depth <= MAX_DEPTH:
                out.append(m.group(0))
    out.append(markup[pos:])
    return "".join(out)


def _meta(markup: str) -> dict[str, Any]:
    """Title, date, canonical URL and site name from <head>, without fetching anything."""
    meta: dict[str, Any] = {}
    try:
        doc = lxml.html.document_fromstring(markup)
    except (ValueError, lxml.etree.ParserError):
        return meta
    def first(*xpaths: str) -> str | None:
        for xp in xpaths:
            for v in doc.xpath(xp):
                v = " ".join(str(v).split())
                if v:
                    return html_lib.unescape(v)
        return None
    meta["title"] = first("//meta[@property='og:title']/@content", "//title/text()", "//h1//text()")
    meta["url"] = first("//link[@rel='canonical']/@href", "//meta[@property='og:url']/@content")
    meta["date"] = first("//meta[@property='article:published_time']/@content",
                         "//meta[@name='pubdate' or @name='publishdate' or @name='date']/@content",
                         "//time/@datetime")
    meta["publisher"] = first("//meta[@property='og:site_name']/@content",
                              "//meta[@name='author' or @name='copyright']/@content")
    return {k: v for k, v in meta.items() if v}


def html_to_text(markup: str) -> tuple[str, dict[str, Any]]:
    """The page's main content as text (chrome removed) and its metadata."""
    if nesting_depth(markup) > MAX_DEPTH:
        markup = flatten(markup)
    meta = _meta(markup)
    result = trafilatura.bare_extraction(markup, include_comments=False, include_tables=True,
                                         favor_recall=True, with_metadata=True, config=_config(),
                                         date_extraction_params=_DATE_FROM_MARKUP)
    text = ""
    if result is not None:
        data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
        text = data.get("text") or ""
        for key in ("title", "date", "url"):
            if data.get(key) and key not in meta:
                meta[key] = data[key]
        if data.get("sitename") and "publisher" not in meta:
            meta["publisher"] = data["sitename"]
        author = " ".join(str(data.get("author") or "").split())
        if author and 2 <= len(author.split()) <= 4 and author not in text:
            text = f"{text.rstrip()}\n\n{author}"  # the byline the extractor took out of the text
    if not text.strip():
        doc = lxml.html.document_fromstring(markup)
        for bad in doc.xpath("//script|//style|//nav|//header|//footer"):
            bad.drop_tree()
        text = doc.text_content()
    return drop_chrome_lines(text).strip(), meta
