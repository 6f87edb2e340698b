"""Saved web pages (``.html``/``.htm`` in raw/): the article text and the page's own metadata.

The text is what trafilatura judges to be the article: menus, cookie banners,
"most read" boxes, related links and footers are left out. Metadata (title,
date, author, site name, canonical URL, language) comes from trafilatura first
and falls back to the page's own meta tags (``og:*``, ``article:published_time``)
and JSON-LD ``NewsArticle`` objects; each date says where it was found, so
``date_basis=stated`` can be checked. Everything runs offline and deterministically.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from helpers.codebook import read_yaml

__all__ = ["PageMeta", "page_text", "page_metadata", "find_dateline", "iso_date", "ingest_settings"]

SETTINGS_FILE = Path(__file__).with_name("ingest.yaml")


@dataclass(frozen=True)
class PageMeta:
    """What a saved page says about itself; empty strings where it says nothing."""

    title: str = ""
    published: str = ""  # YYYY-MM-DD
    date_note: str = ""  # where the date was found
    author: str = ""
    outlet: str = ""
    url: str = ""
    language: str = ""


@lru_cache(maxsize=1)
def ingest_settings() -> dict[str, Any]:
    """The column names, meta tags and dateline patterns in ``helpers/ingest.yaml``."""
    data = read_yaml(SETTINGS_FILE, "ingest settings")
    if not isinstance(data, dict):
        raise ValueError(f"{SETTINGS_FILE}: expected a mapping")
    return data


def _extract(html: str) -> Any:
    """trafilatura's reading of the page (text and metadata), or None when it finds no article."""
    import trafilatura
    from trafilatura.settings import use_config

    config = use_config()
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")  # no signal-based timeout: same result every run
    return trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=False, include_images=False,
        favor_precision=True, deduplicate=False, config=config,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


def page_text(html: str) -> str:
    """The article text of a saved page, one paragraph a line ("" when no article is found)."""
    doc = _extract(html)
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def iso_date(value: str) -> str:
    """The YYYY-MM-DD that a timestamp starts with ("2025-06-03T09:15Z", "20250603T091500Z"), else ""."""
    value = (value or "").strip()
    match = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)", value) or re.match(r"(\d{4})(\d{2})(\d{2})(?:\b|T|\d{6})", value)
    if not match:
        return ""
    try:
        return dt.date(*(int(g) for g in match.groups())).isoformat()
    except ValueError:
        return ""


def _date_from_groups(groups: dict[str, str | None]) -> str:
    try:
        if groups.get("month"):
            month = groups["month"] or ""
            for fmt in ("%B", "%b"):
                try:
                    number = dt.datetime.strptime(month[:3] if fmt == "%b" else month, fmt).month
                    break
                except ValueError:
                    continue
            else:
                return ""
            return dt.date(int(groups["y"] or 0), number, int(groups["d"] or 0)).isoformat()
        return dt.date(int(groups["y"] or 0), int(groups["m"] or 0), int(groups["d"] or 0)).isoformat()
    except (ValueError, TypeError):
        return ""


def find_dateline(text: str) -> tuple[str, str]:
    """(date, note) from a dateline in the article's first lines, e.g. ``("2025-05-16", "dateline 'date 2025-05-16' (line 2)")``."""
    settings = ingest_settings()
    patterns = [re.compile(p, re.IGNORECASE) for p in settings.get("dateline_patterns", [])]
    limit, seen = int(settings.get("dateline_lines", 12)), 0
    for line_no, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen += 1
        if seen > limit:
            break
        for pattern in patterns:
            match = pattern.search(line)
            if match and (date := _date_from_groups(match.groupdict())):
                return date, f"dateline {line.strip()[:60]!r} (line {line_no})"
    return "", ""


def _own_metadata(html: str) -> dict[str, list[tuple[str, str]]]:
    """Every (value, where) the page states in meta tags and JSON-LD, per field, in settings order."""
    import lxml.html

    settings = ingest_settings()
    found: dict[str, list[tuple[str, str]]] = {}
    try:
        tree = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return found
    types = set(settings.get("jsonld_types", []))
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text_content())
        except ValueError:
            continue
        items = data if isinstance(data, list) else data.get("@graph", [data]) if isinstance(data, dict) else []
        for item in items:
            kinds = item.get("@type") if isinstance(item, dict) else None
            kinds = set(kinds) if isinstance(kinds, list) else {kinds}
            if not kinds & types:
                continue
            kind = sorted(k for k in kinds if k in types)[0]
            author, publisher = item.get("author"), item.get("publisher")
            if isinstance(author, list):
                author = ", ".join(a.get("name", "") if isinstance(a, dict) else str(a) for a in author)
            elif isinstance(author, dict):
                author = author.get("name", "")
            if isinstance(publisher, dict):
                publisher = publisher.get("name", "")
            for field, value, key in [("title", item.get("headline"), "headline"),
                                      ("published", item.get("datePublished"), "datePublished"),
                                      ("author", author, "author"), ("outlet", publisher, "publisher"),
                                      ("url", item.get("url"), "url"), ("language", item.get("inLanguage"), "inLanguage")]:
                if isinstance(value, str) and value.strip():
                    found.setdefault(field, []).append((value.strip(), f"JSON-LD {kind} {key}"))
    for field, specs in settings.get("meta_tags", {}).items():
        for spec in specs:
            attr, _, name = spec.partition("=")
            for node in tree.xpath(f"//meta[translate(@{attr}, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', "
                                   f"'abcdefghijklmnopqrstuvwxyz')='{name.lower()}']"):
                value = (node.get("content") or "").strip()
                if value:
                    found.setdefault(field, []).append((value, f"meta tag {name}"))
    for node in tree.xpath('//link[@rel="canonical"]'):
        if node.get("href"):
            found.setdefault("url", []).append((node.get("href").strip(), "link rel=canonical"))
    lang = tree.get("lang")
    if lang:
        found.setdefault("language", []).append((lang.strip(), "html lang"))
    return found


def page_metadata(html: str) -> PageMeta:
    """Title, date (with its source), author, outlet, canonical URL and language of a saved page."""
    doc = _extract(html)
    own = _own_metadata(html)

    def pick(field: str, attr: str) -> str:
        value = getattr(doc, attr, None) if doc is not None else None
        if isinstance(value, str) and value.strip():
            return " ".join(value.split())
        return " ".join(own[field][0][0].split()) if own.get(field) else ""

    url = pick("url", "url")
    stated = [(iso_date(v), f"page {where}") for v, where in own.get("published", []) if iso_date(v)]
    match = re.search(ingest_settings()["url_date_pattern"], url) if url else None
    if match and (in_url := _date_from_groups(match.groupdict())):
        stated.append((in_url, f"URL {url}"))
    date, note = "", ""
    extracted = iso_date(getattr(doc, "date", None) or "") if doc is not None else ""
    if extracted:
        sources = [where for d, where in stated if d == extracted]
        date, note = extracted, sources[0] if sources else "page markup (a date element found by trafilatura)"
    elif stated:
        date, note = stated[0]
    if not date:
        date, note = find_dateline(page_text(html))
    return PageMeta(
        title=pick("title", "title"), published=date, date_note=note, author=pick("author", "author"),
        outlet=pick("outlet", "sitename"), url=url, language=pick("language", "language"),
    )
