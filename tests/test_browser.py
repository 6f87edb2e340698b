"""Every report page opened in headless Chromium, offline: it renders, logs no console error, requests nothing.

Uses Debian's Chromium (``apt-get install chromium``, ``/usr/bin/chromium``);
the tests are skipped, saying so, when it is not installed. They read the
report of the frozen test corpus built once per session (``fixture_reports``),
and open each page once, in the background as soon as that build is done (a follow-up of
the build, ``tests.conftest.BUILDS``, at low priority), so the browsers run while other
tests do. For each page Chromium dumps the rendered DOM, logs console messages to
stderr, and writes a net log; any http(s) request the page makes (scripts,
fonts, styles, images, dynamic imports) shows there, and every host name is
made unresolvable so nothing could be fetched anyway.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import BUILDS, NICE_BIN, ReportRun

CHROMIUM = next((p for p in (os.environ.get("CHROMIUM", ""), "/usr/bin/chromium", shutil.which("chromium") or "")
                 if p and Path(p).is_file()), None)
pytestmark = pytest.mark.skipif(CHROMIUM is None,
                                reason="Chromium is not installed: apt-get install chromium (Debian's package)")

# http(s) URLs in attributes or CSS/JS that a browser would load (not text, not CSS comments, not xmlns)
LOAD_RE = re.compile(r"""(?:\b(?:src|href|action|poster|data)\s*=\s*["']?\s*|url\(\s*["']?|import\(\s*["']|@import\s+["'])https?://""",
                     re.IGNORECASE)


@pytest.fixture(scope="module")
def browser_reports(fixture_reports) -> Path:
    """The whole report of the frozen test corpus (one build shared by the session)."""
    return fixture_reports.reports


def pages(reports: Path) -> list[Path]:
    return sorted(reports.rglob("*.html"))


def open_in_chromium(page: Path, workdir: Path) -> tuple[str, str, list[str]]:
    """Rendered DOM, console log lines, and the URLs the page itself requested."""
    netlog = workdir / "net.json"
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-sync",
           "--disable-background-networking", "--disable-component-update", "--disable-default-apps",
           "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={workdir / 'profile'}",
           "--enable-logging=stderr", "--v=0", f"--log-net-log={netlog}", "--virtual-time-budget=3000",
           "--dump-dom", page.as_uri()]
    if NICE_BIN:  # background work: it yields the CPU to the tests (run from threads, so no preexec_fn)
        cmd = [NICE_BIN, "-n", str(BUILDS.NICE), *cmd]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
    requested = []
    if netlog.is_file():
        text = netlog.read_text(encoding="utf-8", errors="replace").rstrip().rstrip(",")
        if not text.endswith("}"):
            text += "]}"  # a net log cut short when the browser exits
        try:
            events = json.loads(text).get("events", [])
        except json.JSONDecodeError:
            events = []
        for event in events:
            params = event.get("params") or {}
            # requests of the page carry its origin ("null" for a file:// page); the browser's own have none
            if "url" in params and params.get("initiator") not in (None, "not an origin"):
                requested.append(params["url"])
    return done.stdout, "\n".join(console), requested


def open_every_page(run: ReportRun, work: Path) -> dict[str, tuple[str, str, list[str]]]:
    """Every page of a build opened once in Chromium: its rendered DOM, console lines and requested URLs."""
    found = pages(run.reports)
    with ThreadPoolExecutor(max_workers=3) as pool:  # each page in its own browser and profile
        results = pool.map(lambda item: open_in_chromium(item[1], work / f"run{item[0]}"), enumerate(found))
        return {page.relative_to(run.reports).as_posix(): result for page, result in zip(found, results)}


if CHROMIUM is not None:
    BUILDS.follow("rendered", "fixture_reports", open_every_page)


@pytest.fixture(scope="module")
def rendered(browser_reports) -> dict[str, tuple[str, str, list[str]]]:
    """Every page of the test corpus's report opened once in Chromium, by relative path (see :func:`open_every_page`)."""
    return BUILDS.result("rendered")


def test_every_page_renders_offline_without_errors_or_requests(rendered):
    assert len(rendered) == 13  # index, six full pages, six reader pages
    problems = []
    for name, (dom, console, requested) in rendered.items():
        if "<h1" not in dom or len(dom) < 2000:
            problems.append(f"{name}: did not render (DOM of {len(dom)} characters)")
        if console:
            problems.append(f"{name}: console messages:\n{console}")
        remote = [u for u in requested if u.startswith(("http://", "https://"))]
        if remote:
            problems.append(f"{name}: requested {remote}")
    assert problems == []


def test_no_page_refers_to_the_network(browser_reports):
    for page in pages(browser_reports):
        text = page.read_text(encoding="utf-8")
        assert not LOAD_RE.search(text), f"{page.name}: loads {LOAD_RE.search(text).group(0)!r}"
        assert "<script" not in text, f"{page.name} carries a script"


def test_reader_page_and_front_page_show_their_content(rendered):
    dom = rendered["index.html"][0]
    assert "Where each side stood on the ceasefire" in dom
    assert re.search(r'<img[^>]+src="data:image/png;base64,', dom)
    dom = rendered["reader/05-position-shifts.html"][0]
    assert "Position shifts" in dom and "data:image/png;base64," in dom
