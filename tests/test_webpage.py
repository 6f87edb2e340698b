"""helpers.webpage: the article text and metadata of saved news pages the tests build themselves."""

from __future__ import annotations

import json

import pytest

from helpers.corpus import load_corpus, read_raw
from helpers.webpage import find_dateline, iso_date, page_metadata, page_text

STORY = [
    "ODESA — Port officials and insurers met on Monday to agree new rules for grain ships leaving the "
    "Black Sea, according to three people who attended the closed meeting.",
    "The draft, seen by this newspaper, would let ships carrying wheat and maize sail in convoys escorted "
    "by naval vessels from two neutral countries, with inspections at sea rather than in port.",
    "\u201cWe are asking for predictability, nothing more,\u201d said Marta Kovalenko, who chairs the port "
    "authority's shipping committee. \u201cEvery week of delay costs farmers money they do not have.\u201d",
    "Negotiators expect to present the plan to both governments before the end of the month.",
]
FURNITURE = [
    "Home", "Politics", "Business", "Subscribe", "We use cookies to give you the best experience",
    "Accept all", "Most read", "Heatwave closes schools in three regions", "Football club sold to investors",
    "Related stories", "Rail strike called off after late-night deal", "All rights reserved",
    "Privacy policy", "Sign up for our morning newsletter",
]


def news_page(*, title: str = "Insurers and port officials draft rules for grain convoys",
              meta: bool = True, jsonld: bool = False, story: list[str] | None = None,
              url: str = "https://harbour-courier.example/economy/grain-convoy-rules",
              date: str = "2025-06-02T16:40:00+03:00") -> str:
    """A realistic saved news page: menu, cookie banner, article, "most read" box, related links, footer."""
    head = [f"<title>{title} | The Harbour Courier</title>"]
    if meta:
        head += [
            f'<meta property="og:title" content="{title}">',
            '<meta property="og:site_name" content="The Harbour Courier">',
            f'<meta property="article:published_time" content="{date}">',
            '<meta name="author" content="Oleh Brandt">',
            f'<link rel="canonical" href="{url}">',
        ]
    if jsonld:
        head.append('<script type="application/ld+json">' + json.dumps({
            "@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
            "datePublished": date, "author": [{"@type": "Person", "name": "Oleh Brandt"}],
            "publisher": {"@type": "Organization", "name": "The Harbour Courier"}, "url": url}) + "</script>")
    paragraphs = "\n".join(f"<p>{p}</p>" for p in (STORY if story is None else story))
    return f"""<!DOCTYPE html>
<html lang="en-GB"><head><meta charset="utf-8">
{chr(10).join(head)}
</head><body>
<header class="site-header"><nav class="main-menu"><ul>
<li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li>
<li><a href="/subscribe">Subscribe</a></li></ul></nav></header>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to give you the best experience on our site.</p>
<button>Accept all</button><button>Reject all</button></div>
<main><article class="story">
<h1>{title}</h1>
<div class="byline">By <a href="/authors/oleh-brandt">Oleh Brandt</a></div>
{paragraphs}
</article>
<aside class="most-read"><h2>Most read</h2><ol>
<li><a href="/news/heatwave-schools">Heatwave closes schools in three regions</a></li>
<li><a href="/sport/club-sold">Football club sold to investors</a></li></ol></aside>
<section class="related"><h3>Related stories</h3><ul>
<li><a href="/news/rail-strike">Rail strike called off after late-night deal</a></li></ul></section>
</main>
<footer class="site-footer"><p>Sign up for our morning newsletter</p>
<p>&copy; 2025 The Harbour Courier. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>
</body></html>
"""


def test_text_is_the_story_without_furniture():
    text = page_text(news_page())
    for paragraph in STORY:
        assert paragraph in text
    for junk in FURNITURE:
        assert junk not in text, junk
    assert text.splitlines()[-1] == STORY[-1]


def test_extraction_is_deterministic():
    page = news_page()
    assert page_text(page) == page_text(page)
    assert page_metadata(page) == page_metadata(page)


def test_metadata_from_meta_tags():
    meta = page_metadata(news_page())
    assert meta.title == "Insurers and port officials draft rules for grain convoys"
    assert meta.published == "2025-06-02"
    assert meta.date_note == "page meta tag article:published_time"
    assert meta.author == "Oleh Brandt"
    assert meta.outlet == "The Harbour Courier"
    assert meta.url == "https://harbour-courier.example/economy/grain-convoy-rules"
    assert meta.language == "en-GB"


def test_metadata_from_json_ld_only():
    meta = page_metadata(news_page(meta=False, jsonld=True, date="2025-06-05T07:00:00Z"))
    assert meta.published == "2025-06-05"
    assert meta.date_note == "page JSON-LD NewsArticle datePublished"
    assert meta.author == "Oleh Brandt"
    assert meta.outlet == "The Harbour Courier"


def test_date_from_the_url_when_the_page_gives_none():
    url = "https://harbour-courier.example/2025/06/04/grain-convoy-rules"
    page = news_page(meta=False).replace("</head>", f'<link rel="canonical" href="{url}"></head>')
    meta = page_metadata(page)
    assert (meta.published, meta.date_note) == ("2025-06-04", f"URL {url}")


def test_date_from_a_dateline_in_the_text():
    story = ["Published: June 6, 2025", *STORY]
    meta = page_metadata(news_page(meta=False, story=story))
    assert meta.published == "2025-06-06"
    assert meta.date_note == "dateline 'Published: June 6, 2025' (line 2)"


def test_no_date_stated():
    meta = page_metadata(news_page(meta=False))
    assert (meta.published, meta.date_note) == ("", "")
    assert meta.title == "Insurers and port officials draft rules for grain convoys"


@pytest.mark.parametrize(
    "value, date",
    [("2025-06-02T16:40:00+03:00", "2025-06-02"), ("20250603T091500Z", "2025-06-03"), ("20250603091500", "2025-06-03"),
     ("2025-6-3", "2025-06-03"), ("2025-02-30", ""), ("June 3", ""), ("", "")],
)
def test_iso_date(value, date):
    assert iso_date(value) == date


@pytest.mark.parametrize(
    "text, found",
    [("Headline\n date 2025-05-16\nBody.", ("2025-05-16", "dateline 'date 2025-05-16' (line 2)")),
     ("Headline\nMonday, 2 June 2025\nBody.", ("2025-06-02", "dateline 'Monday, 2 June 2025' (line 2)")),
     ("Headline\nSept. 9, 2025\nBody.", ("2025-09-09", "dateline 'Sept. 9, 2025' (line 2)")),
     ("Headline\nThe talks of 2025-05-16 failed.\nBody.", ("", "")),
     ("Headline\nFoo 3, 2025\nBody.", ("", ""))],
)
def test_find_dateline(text, found):
    assert find_dateline(text) == found


def test_loader_reads_a_saved_page_as_its_text(make_corpus):
    title = "Insurers and port officials draft rules for grain convoys"
    root = make_corpus({"grain.html": news_page(), "grain.htm": news_page(title="Second copy")},
                       [{"article_id": "grain", "source_file": "grain.html", "title": title,
                         "published": "2025-06-02", "date_basis": "stated", "outlet": "The Harbour Courier",
                         "author": "Oleh Brandt"},
                        {"article_id": "grain2", "source_file": "grain.htm", "title": "Second copy",
                         "published": "2025-06-02", "date_basis": "stated"}])
    assert read_raw(root / "raw" / "grain.html").splitlines()[0] == title
    articles = load_corpus(root).set_index("article_id")
    assert articles.loc["grain", "text"] == "\n\n".join(STORY)
    assert articles.loc["grain2", "text"] == "\n\n".join(STORY)
