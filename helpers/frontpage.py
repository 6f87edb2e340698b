"""The reports' front page (``reports/index.html``): the findings first, then the notebooks.

It is built after the notebooks have run, from what they saved under the
reports folder (the headline chart of notebook 05, the tables of notebooks 02,
03, 05 and 06) and from the corpus itself, so it says, for a reader who does
not read code:

* what the corpus is (articles, outlets, date range, how many dates inferred);
* the headline chart (positions on the ceasefire by side), inlined, and where
  each side stood article by article;
* what changed on that topic, said in one plain sentence ("In short: Russia went
  from conditional support to opposition"), then each move with the sentences
  before and after, and the three largest position shifts on any other topic;
* the most mentioned and the most quoted actors;
* how far the stance coding agrees with the hand coding (or that it has not
  been checked), each section linking to the notebook with the detail.

Every piece of text from the corpus or the tables is HTML-escaped; the page
loads nothing from the network. A missing table (a notebook not run, e.g. with
``--only``) leaves its section out rather than failing.
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
import warnings
from pathlib import Path
from typing import Sequence

import pandas as pd

from helpers import config
from helpers.periods import SCALE_FROM
from helpers.unseen_accuracy import RecordError, read_record, unseen_summary

__all__ = ["REPORT_TITLE", "build"]

REPORT_TITLE = "Diplomacy coverage workbook"
HEADLINE_PREFIX = "05-positions-"
TOP_N = 5
LIST_ARTICLES = 50   # articles listed on the front page; the CSV of notebook 01 has them all
KAPPA = "Cohen's kappa (all cells, 'none' as a label)"
# A stance label as a reader would say it ("Russia went from conditional support to opposition").
STANCE_WORDS = {"support": "support", "conditional": "conditional support", "neutral": "a neutral position",
                "oppose": "opposition", "mixed": "mixed positions"}
BULLET_RE = re.compile(r"^\s*[-–—•*]\s+")  # a list marker the article put before the sentence
esc = html.escape

CSS = """
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; max-width: 72rem;
       margin: 2rem auto; padding: 0 1rem; color: #222; line-height: 1.5; font-size: 16px; }
h1 { margin-bottom: 0.2rem; } h2 { margin-top: 2.2rem; border-bottom: 1px solid #ddd; padding-bottom: 0.2rem; }
.lede { font-size: 1.1rem; color: #333; } .meta, .more, .small { color: #555; } .small { font-size: 0.9rem; }
table { border-collapse: collapse; margin: 0.6rem 0; font-size: 0.95rem; }
th, td { padding: 0.3rem 0.7rem; vertical-align: top; text-align: left; }
th { border-bottom: 1px solid #888; } tbody tr:nth-child(odd) { background: #f6f6f6; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 1rem 0; } figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
figcaption { color: #555; font-size: 0.9rem; }
.shift { margin: 1rem 0 1.4rem; } .shift h3 { margin: 0 0 0.3rem; font-size: 1.05rem; }
blockquote { margin: 0.3rem 0 0.5rem 0; padding: 0.2rem 0.8rem; border-left: 4px solid #ccc; background: #fafafa; }
.when { font-size: 0.9rem; color: #555; margin: 0.4rem 0 0; }
ol.notebooks li { margin-bottom: 0.7rem; }
"""


# --------------------------------------------------------------------------- inputs


def _read_csv(path: Path) -> pd.DataFrame | None:
    try:
        return pd.read_csv(path, keep_default_na=False, na_values=[""]) if path.is_file() else None
    except Exception:
        return None


def _corpus(corpus_dir: Path | str | None):
    from helpers.corpus import read_corpus

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # skipped articles are counted here and listed in notebook 01
        return read_corpus(corpus_dir, errors="warn")


def _topic_labels(corpus_dir: Path | str | None) -> dict[str, str]:
    try:
        from helpers.codebooks import load_codebooks

        return load_codebooks(corpus_dir).topic_labels
    except Exception:
        return {}


def _date(value, inferred: bool = False) -> str:
    try:
        d = pd.Timestamp(value)
    except (TypeError, ValueError):
        return str(value)
    if pd.isna(d):
        return "no date"
    return f"{'≈' if inferred else ''}{d.day} {d:%B %Y}"


def _link(infos, prefix: str, text: str) -> str:
    for info in infos:
        if info.path.name.startswith(prefix):
            return f'<a href="reader/{esc(info.html_name)}">{esc(text)}</a>'
    return ""


def _more(infos, prefix: str, text: str) -> str:
    link = _link(infos, prefix, text)
    return f'<p class="more">{link}</p>' if link else ""


# --------------------------------------------------------------------------- sections


def _corpus_section(corpus, corpus_dir) -> tuple[str, dict]:
    """The corpus in a few sentences, plus a numbered list of the articles; and article facts for later sections."""
    if corpus is None:
        return "<p class=meta>The corpus could not be read; notebook 01 says why.</p>", {}
    arts = corpus.articles
    skipped = len(corpus.skipped)
    skipped_text = f" {skipped} file(s) skipped, listed in notebook 01." if skipped else ""
    if arts.empty:
        return f"<p class=meta>Corpus: no articles.{esc(skipped_text)}</p>", {}
    n = len(arts)
    first, last = arts["published"].min(), arts["published"].max()
    span = _date(first) if first == last else f"{_date(first)} to {_date(last)}"
    outlets = sorted({o for o in arts["outlet"] if str(o).strip()})
    no_outlet = int((arts["outlet"].astype(str).str.strip() == "").sum())
    inferred = int((arts["date_basis"] == "inferred").sum())
    digest = hashlib.sha256("\n".join(arts["text_sha256"]).encode()).hexdigest()[:12]
    outlet_text = (f"from {len(outlets)} named outlet{'s' if len(outlets) != 1 else ''} ({', '.join(outlets)})"
                   if outlets else "none naming its outlet")
    if outlets and no_outlet:
        outlet_text += f"; {no_outlet} do{'es' if no_outlet == 1 else ''} not name the outlet"
    dates = ("every date is stated in the article" if not inferred else
             f"{f'all {n} dates were' if inferred == n else f'{inferred} of the {n} dates were'} inferred from the events the "
             "articles report (marked ≈ here and in the charts; notebook 01 says how)")
    text = (f"Corpus: {n} article{'s' if n != 1 else ''}, {span}, {outlet_text}; {dates}.{skipped_text}"
            f" Fingerprint {digest}.")
    rows = []
    facts = {}
    for i, (_, a) in enumerate(arts.sort_values(["published", "article_id"], kind="stable").iterrows(), start=1):
        when = _date(a["published"], a["date_basis"] == "inferred")
        outlet = str(a["outlet"]).strip() or "outlet not stated"
        facts[a["article_id"]] = {"no": i, "when": when, "title": str(a["title"]), "outlet": outlet}
        rows.append(f'<tr><td class=num>{i}</td><td>{esc(when)}</td><td>{esc(str(a["title"]))}</td>'
                    f"<td>{esc(outlet)}</td></tr>")
    listing = ("<table><thead><tr><th class=num>no.</th><th>date</th><th>title</th><th>outlet</th></tr></thead>"
               f"<tbody>{''.join(rows[:LIST_ARTICLES])}</tbody></table>")
    if len(rows) > LIST_ARTICLES:
        listing += (f"<p class=small>showing {LIST_ARTICLES} of {len(rows):,} articles — full table: "
                    "tables/01-articles.csv</p>")
    return f"<p class=meta>{esc(text)}</p>\n{listing}", facts


def _headline_section(reports: Path, infos, labels: dict[str, str], facts: dict) -> tuple[str, str]:
    """The headline chart (inlined PNG) and where each side stood on its topic, article by article."""
    pngs = sorted((reports / "figures").glob(f"{HEADLINE_PREFIX}*.png"))
    if not pngs:
        return "", ""
    png = pngs[0]
    topic = png.stem[len(HEADLINE_PREFIX):]
    label = labels.get(topic, topic.replace("_", " "))
    inline = label[:1].lower() + label[1:] if label[1:2].islower() else label
    data = base64.b64encode(png.read_bytes()).decode("ascii")
    parts = [f"<h2>Where each side stood on the {esc(inline)}</h2>"]
    table = _read_csv(reports / "tables" / f"{HEADLINE_PREFIX}{topic}.csv")
    at_scale = len(facts) > SCALE_FROM  # the chart is by period; steps article by article would be thousands
    if table is not None and len(table) and "level" in table and not at_scale:
        sides = table[table["level"] == "side"]
        items = []
        for who, rows in sides.groupby("who", sort=False):
            steps = " → ".join(f"{r['label']} ({facts.get(r['article_id'], {}).get('when', r['date'])})"
                               for _, r in rows.iterrows())
            items.append(f"<li><strong>{esc(str(who))}</strong>: {esc(steps)}</li>")
        if items:
            parts.append(f"<p>Each side's position on the {esc(inline)} in every article that reports one "
                         "(in publication order; <em>mixed</em> means the article reports more than one stance):</p>"
                         f"<ul>{''.join(items)}</ul>")
    parts.append(f'<figure><img src="data:image/png;base64,{data}" alt="Chart: positions on the {esc(inline)} '
                 'by side, by person and by country, article by article">'
                 + ("<figcaption>Each side's share of statements supporting it, per period, with a 95% band; the "
                    "statements behind every point are in notebook 05.</figcaption></figure>" if at_scale else
                    "<figcaption>Support is +1, conditional support +0.5, neutral 0, opposition −1; each article is a "
                    "column, in publication order. The chart and the sentence behind every point are in notebook 05."
                    "</figcaption></figure>"))
    parts.append(_more(infos, "05", "Notebook 05: every position and the sentence that decided it"))
    return "\n".join(parts), topic


def _shifts_section(reports: Path, infos, labels: dict[str, str], facts: dict, topic: str = "") -> str:
    """What changed on the headline topic, then the three largest position shifts, each with its evidence."""
    frames = []
    for name, key, kind in (("05-changes-by-side.csv", "side", "side"), ("05-changes-by-actor.csv", "actor_id", "actor")):
        table = _read_csv(reports / "tables" / name)
        if table is not None and len(table) and key in table:
            frames.append(table.assign(who=table[key], kind=kind))
    if not frames:
        return ""
    changes = pd.concat(frames, ignore_index=True)
    changes["size"] = changes["score_change"].astype(float).abs()
    changes = changes.sort_values(["size", "kind", "to_date", "who"], ascending=[False, False, True, True],
                                  kind="stable")
    changes = changes.drop_duplicates(["topic", "from_article", "to_article", "from_evidence", "to_evidence"])
    names = _actor_names()
    out = []
    on_topic = changes[(changes["topic"] == topic) & (changes["kind"] == "side")].head(3) if topic else changes.head(0)
    if len(on_topic):
        label = labels.get(topic, topic.replace("_", " "))
        inline = label.lower() if label[1:2].islower() else label
        moves = [f"{_the(_who(c, names))} went from {_stance_words(c['from_label'])} "
                 f"({_when(facts, c['from_article'])}) to {_stance_words(c['to_label'])} "
                 f"({_when(facts, c['to_article'])})" for _, c in on_topic.iterrows()]
        out += [f"<h2>What changed on the {esc(inline)}, and why</h2>",
                f"<p><strong>In short:</strong> {esc('; '.join(moves))}.</p>",
                "<p>Below, every move of a side's position on it between two consecutive articles that report one, "
                "largest first, with the sentence that decided the position before and after the move: that "
                "sentence is why the position was coded so. The number is the change in score (support +1, "
                "conditional +0.5, neutral 0, opposition −1).</p>"]
        out += [_shift(c, labels, facts, names) for _, c in on_topic.iterrows()]
    rest = changes.drop(index=on_topic.index).head(3)
    if len(rest):
        out += ["<h2>The largest shifts on any proposal</h2>",
                "<p>The positions that moved most between two consecutive articles that report them (a move from "
                "support to opposition counts −2). A move can reflect what each outlet chose to report as much as a "
                "change of policy: the sentences show which.</p>"]
        out += [_shift(c, labels, facts, names) for _, c in rest.iterrows()]
    out.append(_more(infos, "05", "Notebook 05: every change, for every side and actor"))
    return "\n".join(out)


def _who(c: pd.Series, names: dict[str, str]) -> str:
    return _side_name(c["who"]) if c["kind"] == "side" else names.get(c["who"], c["who"])


def _the(name: str) -> str:
    """A name as the subject of a sentence: "the US", "the EU", but "Russia"."""
    return f"the {name}" if name.isupper() and len(name) <= 3 else name


def _stance_words(label) -> str:
    return STANCE_WORDS.get(str(label), str(label))


def _when(facts: dict, article_id: str) -> str:
    return facts.get(article_id, {}).get("when", str(article_id))


def _signed(value) -> str:
    """A score change with a true minus sign: +2.00, −1.50."""
    return f"{float(value):+.2f}".replace("-", "−")


def _sentence(text) -> str:
    """An evidence sentence as quoted: without a list marker ("- ") the article put before it."""
    return BULLET_RE.sub("", str(text))


def _shift(c: pd.Series, labels: dict[str, str], facts: dict, names: dict[str, str]) -> str:
    """One shift: who, on what, from which stance to which, and the sentence before and after."""
    who = _who(c, names)
    topic = labels.get(c["topic"], str(c["topic"]).replace("_", " "))
    before, after = facts.get(c["from_article"], {}), facts.get(c["to_article"], {})
    return (
        '<div class="shift">'
        f"<h3>{esc(str(who))} on {esc(topic.lower() if topic[1:2].islower() else topic)}: "
        f"{esc(str(c['from_label']))} → {esc(str(c['to_label']))} ({_signed(c['score_change'])})</h3>"
        f"<p class=when>Before, {esc(_where(before, c['from_article']))}:</p>"
        f"<blockquote>{esc(_sentence(c['from_evidence']))}</blockquote>"
        f"<p class=when>After, {esc(_where(after, c['to_article']))}:</p>"
        f"<blockquote>{esc(_sentence(c['to_evidence']))}</blockquote></div>")


def _where(fact: dict, article_id: str) -> str:
    if not fact:
        return str(article_id)
    return f"article {fact['no']}, {fact['when']}, “{fact['title']}” ({fact['outlet']})"


def _side_name(side: str) -> str:
    from helpers.palette import side_name

    return side_name(str(side))


def _actor_names(corpus_dir: Path | str | None = None) -> dict[str, str]:
    try:
        from helpers.codebooks import load_codebooks

        table = load_codebooks(corpus_dir).actor_table()
        return dict(zip(table["actor_id"], table["name"]))
    except Exception:
        return {}


def _actors_section(reports: Path, infos) -> str:
    mentioned = _read_csv(reports / "tables" / "02-mentions-per-actor.csv")
    quoted = _read_csv(reports / "tables" / "03-speakers.csv")
    parts = []
    if mentioned is not None and len(mentioned):
        rows = "".join(f"<tr><td>{esc(str(r['name']))}</td><td class=num>{int(r['name_mentions'])}</td>"
                       f"<td class=num>{int(r['articles'])}</td></tr>"
                       for _, r in mentioned.head(TOP_N).iterrows())
        parts.append("<h3>Most mentioned</h3><table><thead><tr><th>actor</th><th class=num>mentions by name</th>"
                     f"<th class=num>articles</th></tr></thead><tbody>{rows}</tbody></table>"
                     + _more(infos, "02", "Notebook 02: every actor, article by article"))
    if quoted is not None and len(quoted):
        quoted = quoted[quoted["actor_id"].astype(str).str.strip().ne("") & ~quoted["name"].astype(str).str.startswith("(")]
        rows = "".join(f"<tr><td>{esc(str(r['name']))}</td><td class=num>{int(r['quotes'])}</td>"
                       f"<td class=num>{int(r['quoted_words'])}</td>"
                       f"<td class=num>{float(r['share_of_quoted_words']) * 100:.0f}%</td></tr>"
                       for _, r in quoted.head(TOP_N).iterrows())
        parts.append("<h3>Most quoted</h3><table><thead><tr><th>speaker</th><th class=num>quotations</th>"
                     "<th class=num>quoted words</th><th class=num>share of all quoted words</th></tr></thead>"
                     f"<tbody>{rows}</tbody></table>"
                     + _more(infos, "03", "Notebook 03: every quotation and its speaker"))
    return ("<h2>Who is talked about, and who gets to speak</h2>\n" + "\n".join(parts)) if parts else ""


def _accuracy_section(reports: Path, infos) -> str:
    metrics = _read_csv(reports / "tables" / "06-metrics.csv")
    if metrics is None:
        return ""
    m = dict(zip(metrics["measure"], pd.to_numeric(metrics["value"], errors="coerce")))
    more = _more(infos, "06", "Notebook 06: the comparison cell by cell, and every disagreement")
    head = "<h2>How far to trust the stance coding</h2>"
    gold = m.get("hand-coded (cell, stance) pairs", 0) or 0
    if not gold:
        return (head + "<p>No article of this corpus is hand-coded, so the machine's stance coding has not been "
                "checked against a human reading. Treat every position above as a lead to verify in its evidence "
                "sentence; notebook 06 explains how to add a hand-coded sample.</p>" + _unseen_paragraph() + more)
    both, machine = m.get("pairs both coded", 0), m.get("machine-coded (cell, stance) pairs", 0)

    def pct(key: str) -> str:
        value = m.get(key)
        return "n/a" if value is None or pd.isna(value) else f"{value * 100:.0f}%"

    def num(key: str) -> str:
        value = m.get(key)
        return "n/a" if value is None or pd.isna(value) else f"{value:.2f}"

    return (head + f"<p>Against a hand coding of the same articles: of the {int(machine)} positions the machine "
            "coded (an actor's stance on a proposal in one article), "
            f"{int(both)} ({pct('precision')}) are also in the hand coding; of the {int(gold)} hand-coded positions, "
            f"the machine finds {int(both)} ({pct('recall')}). Cohen's kappa, which corrects agreement for chance, "
            f"is {esc(num(KAPPA))}. "
            "The rules were written by people who had read these articles, so read these figures as an upper "
            "bound: agreement on new coverage will be lower.</p>" + _unseen_paragraph() + more)


def _unseen_paragraph() -> str:
    """The recorded accuracy on coverage the rules were not written against (``make accuracy``)."""
    try:
        text = unseen_summary(read_record())
    except RecordError as exc:
        text = f"The accuracy record could not be read: {exc}"
    return f"<p>{esc(text)}</p>"


def _notebooks_section(infos) -> str:
    items = "\n".join(
        f'  <li><a href="reader/{esc(i.html_name)}">{esc(i.title)}</a> '
        f'(<a href="{esc(i.html_name)}">with the code</a>)<br>'
        f"<span class=small>{esc(i.purpose)}</span></li>"
        for i in infos)
    return ("<h2>The notebooks</h2>\n<p>Each notebook is given as a reader's version (code hidden) and in full, "
            "code included. Every count can be traced to the sentences that produced it; every table is also "
            "saved as a CSV under <code>tables/</code>, every chart as a PNG with its data under "
            f"<code>figures/</code>.</p>\n<ol class=notebooks>\n{items}\n</ol>")


def build(infos: Sequence, *, corpus_dir: Path | str | None = None, reports_dir: Path | str | None = None) -> str:
    """The front page's HTML."""
    reports = Path(reports_dir or config.REPORTS_DIR)
    try:
        corpus = _corpus(corpus_dir)
        corpus_error = ""
    except Exception as exc:  # the front page must still say what went wrong
        corpus, corpus_error = None, str(exc)
    corpus_html, facts = _corpus_section(corpus, corpus_dir)
    if corpus_error:
        corpus_html = f"<p class=meta>The corpus could not be read: {esc(corpus_error)}</p>"
    labels = _topic_labels(corpus_dir)
    headline, topic = _headline_section(reports, infos, labels, facts)
    sections = [
        "<h2>The corpus</h2>\n" + corpus_html + _more(infos, "01", "Notebook 01: the articles, and what cleaning removed"),
        headline,
        _shifts_section(reports, infos, labels, facts, topic),
        _actors_section(reports, infos),
        _accuracy_section(reports, infos),
        _notebooks_section(infos),
    ]
    body = "\n\n".join(s for s in sections if s)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(REPORT_TITLE)}</title>
<style>{CSS}</style>
</head>
<body>
<h1>{esc(REPORT_TITLE)}</h1>
<p class=lede>Who is mentioned, who is quoted, and who backs or rejects which proposal in this coverage of the
2025 Russia-Ukraine peace efforts, article by article. Every finding below links to the notebook that shows
the sentences it comes from.</p>

{body}
</body>
</html>
"""
