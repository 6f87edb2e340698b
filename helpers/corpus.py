"""Load the article corpus into pandas: metadata, cleaned text, and what cleaning removed.

A corpus folder holds ``raw/`` (article files exactly as received, never
written by code) and ``articles.csv`` (one metadata row per article). Cleaning
is rule-based and line-level: every dropped line is reported with the rule that
dropped it, so nothing disappears unseen. Bad input raises :class:`CorpusError`
naming the file or row and the problem, or, with ``errors="warn"``, warns and
records an explicit skip.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Literal, Sequence

import pandas as pd

from helpers import config
from helpers.codebook import read_yaml
from helpers.rawtext import CorpusError, CorpusWarning, read_raw, strip_table_controls

__all__ = [
    "CorpusError",
    "CorpusWarning",
    "Corpus",
    "Rule",
    "Cleaned",
    "load_rules",
    "parse_rules",
    "clean_text",
    "read_raw",
    "count_words",
    "load_metadata",
    "read_corpus",
    "load_corpus",
    "analysed_text",
    "cleaning_log",
]

METADATA_COLUMNS = [
    "article_id",
    "source_file",
    "title",
    "published",
    "date_basis",
    "outlet",
    "author",
    "url",
]
OPTIONAL_COLUMNS = ["title_basis", "date_note", "standfirst"]
DATE_BASES = {"stated", "inferred"}
TITLE_BASES = {"stated", "supplied", ""}
ARTICLE_ID_RE = re.compile(r"[a-z0-9][a-z0-9_-]{0,79}")
WORD_RE = re.compile(r"\w+(?:['’.\-]\w+)*")

Errors = Literal["raise", "warn"]
WHERES = ("line", "start")


@dataclass(frozen=True)
class Rule:
    """A boilerplate rule: drop lines that fully match ``pattern``, or (``where="start"``) cut a match off a
    line's start.

    A start rule is for page furniture glued to the first words of the prose (" date 2025-05-16 Leaders met ...").
    """

    rule: str
    pattern: re.Pattern[str]
    why: str = ""
    where: str = "line"


@dataclass
class Cleaned:
    """Result of cleaning one article: body text, its paragraphs' raw line numbers, removed lines."""

    text: str
    paragraph_lines: list[int]
    removed: list[tuple[int, str, str]] = field(default_factory=list)  # (line, text, rule)


@dataclass
class Corpus:
    """The three tables a corpus load produces."""

    articles: pd.DataFrame
    removed: pd.DataFrame
    skipped: pd.DataFrame


# --------------------------------------------------------------------------- rules


def load_rules(path: Path | str | None = None) -> list[Rule]:
    """Read boilerplate rules from YAML (``corpus/boilerplate.yaml`` by default)."""
    path = Path(path) if path else config.data_file("boilerplate.yaml")
    return parse_rules(read_yaml(path, "boilerplate rules", error=CorpusError), source=path)


def parse_rules(data: object, *, source: Path | str) -> list[Rule]:
    """Validate and compile parsed boilerplate rules; errors name the file and the rule."""
    path = Path(source)
    entries = (data or {}).get("rules") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise CorpusError(f"{path}: expected a top-level 'rules:' list")
    rules = []
    for i, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not entry.get("rule") or not entry.get("pattern"):
            raise CorpusError(f"{path}: rule #{i} needs 'rule' and 'pattern'")
        try:
            pattern = re.compile(str(entry["pattern"]), re.IGNORECASE)
        except re.error as exc:
            raise CorpusError(f"{path}: rule #{i} ({entry['rule']}): bad pattern: {exc}") from None
        where = str(entry.get("where", "line"))
        if where not in WHERES:
            raise CorpusError(f"{path}: rule #{i} ({entry['rule']}): 'where' must be one of {', '.join(WHERES)}, "
                              f"not {where!r}")
        rules.append(Rule(str(entry["rule"]), pattern, str(entry.get("why", "")), where))
    return rules


def _norm(line: str) -> str:
    """Comparison key: NFKC, case-folded, whitespace collapsed, outer punctuation dropped."""
    text = unicodedata.normalize("NFKC", line).casefold()
    text = re.sub(r"\s+", " ", text)
    return text.strip(" -–—|:·•*_.")


def _is_headline(key: str, title_key: str, outlet_key: str) -> bool:
    """The headline, alone or as a page title glued to the outlet ("Headline | Outlet", "Outlet - Headline")."""
    if key == title_key:
        return True
    if not outlet_key:
        return False
    for head, tail in ((title_key, outlet_key), (outlet_key, title_key)):
        middle = key[len(head):len(key) - len(tail)]
        if (len(key) > len(head) + len(tail) and key.startswith(head) and key.endswith(tail)
                and not middle.strip(" -–—|:·•")):
            return True
    return False


def clean_text(
    raw: str,
    *,
    title: str = "",
    author: str = "",
    outlet: str = "",
    standfirst: str = "",
    rules: Iterable[Rule] | None = None,
) -> Cleaned:
    """Drop boilerplate lines from one raw article; keep every other line as a paragraph.

    Structural rules come from the metadata (a line that repeats the headline,
    alone or glued to the outlet name, the standfirst, the byline or the outlet label); pattern rules
    from ``boilerplate.yaml``. The headline and standfirst are not lost: they are analysed from the
    metadata (see :func:`analysed_text`), so they are not counted twice.
    A long line repeated verbatim later in the article is dropped as
    ``repeated_line``. Blank lines only separate paragraphs.
    """
    rules = list(load_rules() if rules is None else rules)
    title_key, outlet_key, standfirst_key = _norm(title), _norm(outlet), _norm(standfirst)
    author_keys = {_norm(author), _norm(f"by {author}")} if author.strip() else set()
    paragraphs: list[str] = []
    lines: list[int] = []
    removed: list[tuple[int, str, str]] = []
    seen: set[str] = set()
    line_rules = [r for r in rules if r.where == "line"]
    start_rules = [r for r in rules if r.where == "start"]
    for line_no, line in enumerate(raw.splitlines(), start=1):
        stripped = line.strip()
        if not stripped:
            continue
        stripped = _cut_start(stripped, start_rules, line_no, removed)
        key = _norm(stripped)
        rule = None
        if title_key and _is_headline(key, title_key, outlet_key):
            rule = "headline"
        elif standfirst_key and key == standfirst_key:
            rule = "standfirst"
        elif key in author_keys:
            rule = "byline"
        elif outlet_key and key == outlet_key:
            rule = "outlet_label"
        else:
            for r in line_rules:
                if r.pattern.fullmatch(stripped):
                    rule = r.rule
                    break
        if rule is None and len(key) >= 20 and key in seen:
            rule = "repeated_line"
        if rule is not None:
            removed.append((line_no, stripped, rule))
            continue
        seen.add(key)
        paragraphs.append(stripped)
        lines.append(line_no)
    return Cleaned("\n\n".join(paragraphs), lines, removed)


def _cut_start(line: str, rules: list[Rule], line_no: int, removed: list[tuple[int, str, str]]) -> str:
    """``line`` without the furniture a start rule finds glued to its first words (logged in ``removed``).

    Only a match followed by a space and more text is cut; a line that is nothing but the match is left to
    the line rules, so it is logged once.
    """
    for r in rules:
        found = r.pattern.match(line)
        if found and found.end() < len(line) and line[found.end()].isspace():
            removed.append((line_no, found.group(0).strip(), r.rule))
            return line[found.end():].strip()
    return line


def count_words(text: str) -> int:
    """Words as the workbook counts them: runs of letters/digits, joined by ' ’ . or -."""
    return len(WORD_RE.findall(text))


# --------------------------------------------------------------------------- files


def load_metadata(corpus_dir: Path | str | None = None, *, today: dt.date | None = None) -> pd.DataFrame:
    """Read and validate ``articles.csv``: every problem raises a CorpusError naming the row.

    Checks: required columns, a slug-like unique ``article_id``, a unique
    ``source_file``, an ISO ``published`` date that exists and is not in the
    future, and ``date_basis`` of ``stated`` or ``inferred``.
    """
    path = config.metadata_path(corpus_dir)
    table = _read_metadata_csv(path)
    problems = list(_metadata_problems(table, path, today=today or dt.date.today()))
    if problems:
        raise CorpusError(problems[0][1] if len(problems) == 1 else
                          f"{path}: {len(problems)} problems:\n  " + "\n  ".join(p for _, p in problems))
    return _typed_metadata(table)


def _read_metadata_csv(path: Path) -> pd.DataFrame:
    if not path.exists():
        raise CorpusError(f"{path}: metadata file not found; create it with columns {', '.join(METADATA_COLUMNS)}")
    try:
        raw = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not UTF-8 (byte offset {exc.start}); re-save it as UTF-8 CSV") from None
    if not raw.strip():
        raise CorpusError(f"{path}: metadata file is empty; it needs a header row: {','.join(METADATA_COLUMNS)}")
    import io

    try:
        table = pd.read_csv(io.StringIO(raw), dtype=str, keep_default_na=False, skipinitialspace=False)
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        raise CorpusError(f"{path}: not a valid CSV table ({str(exc).strip()})") from None
    table.columns = [str(c).strip() for c in table.columns]
    missing = [c for c in METADATA_COLUMNS if c not in table.columns]
    if missing:
        raise CorpusError(f"{path}: missing column(s) {', '.join(missing)}; expected {', '.join(METADATA_COLUMNS)}")
    for col in OPTIONAL_COLUMNS:
        if col not in table.columns:
            table[col] = ""
    table = table.map(lambda v: v.strip() if isinstance(v, str) else v)
    strip_table_controls(table, path)
    return table


def _metadata_problems(table: pd.DataFrame, path: Path, *, today: dt.date):
    """Yield (row_index, message) for every invalid metadata row."""
    seen_ids: dict[str, int] = {}
    seen_files: dict[str, int] = {}
    for i, row in table.iterrows():
        where = f"{path}, row {i + 2}"  # +1 header, +1 one-based
        aid = row["article_id"]
        if not aid:
            yield i, f"{where}: article_id is empty"
            continue
        where = f"{where} ({aid})"
        if not ARTICLE_ID_RE.fullmatch(aid):
            yield i, f"{where}: article_id must be a short lower-case slug (letters, digits, '-' or '_')"
        if aid in seen_ids:
            yield i, f"{where}: duplicate article_id, already used on row {seen_ids[aid] + 2}"
        else:
            seen_ids[aid] = i
        src = row["source_file"]
        if not src:
            yield i, f"{where}: source_file is empty"
        elif "/" in src or "\\" in src or src.startswith("."):
            yield i, f"{where}: source_file must be a plain file name inside raw/, got {src!r}"
        elif src in seen_files:
            yield i, f"{where}: source_file {src} is already used on row {seen_files[src] + 2}"
        else:
            seen_files[src] = i
        if not row["title"]:
            yield i, f"{where}: title is empty (if the article has no headline, supply one and set title_basis=supplied)"
        if row["title_basis"] not in TITLE_BASES:
            yield i, f"{where}: title_basis must be 'stated' or 'supplied', got {row['title_basis']!r}"
        date = row["published"]
        if not date:
            yield i, (f"{where}: published date is missing for {src or 'this row'}; give it as YYYY-MM-DD "
                      f"(and date_basis stated or inferred, with a date_note saying where it comes from)")
        else:
            try:
                parsed = dt.date.fromisoformat(date) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else None
            except ValueError:
                yield i, f"{where}: published date {date!r} does not exist"
            else:
                if parsed is None:
                    yield i, f"{where}: published date {date!r} is malformed; give it as YYYY-MM-DD"
                elif parsed > today:
                    yield i, f"{where}: published date {date} is in the future"
                elif parsed.year < 1800:
                    yield i, f"{where}: published date {date} is implausibly early"
        if row["date_basis"] not in DATE_BASES:
            yield i, f"{where}: date_basis must be 'stated' or 'inferred', got {row['date_basis']!r}"


def _typed_metadata(table: pd.DataFrame) -> pd.DataFrame:
    table = table.copy()
    table["published"] = pd.to_datetime(table["published"], format="%Y-%m-%d")
    table["title_basis"] = table["title_basis"].replace("", "stated")
    return table


# --------------------------------------------------------------------------- corpus

_ARTICLE_COLUMNS = [
    "article_id", "source_file", "title", "title_basis", "published", "date_basis", "date_note",
    "outlet", "author", "url", "standfirst", "text", "n_words", "n_paragraphs", "n_removed", "paragraph_lines",
    "lead", "text_sha256",
]


def _lead(rec: dict, removed: list[tuple[int, str, str]]) -> tuple[tuple[str, str, int], ...]:
    """The headline (when the outlet wrote it) and standfirst as ``(where, text, raw line or 0)``.

    A ``supplied`` title is ours, not the outlet's, so it is never analysed.
    """
    first_line = {rule: line for line, _, rule in reversed(removed)}
    lead = []
    if rec["title_basis"] == "stated" and rec["title"].strip():
        lead.append(("headline", " ".join(rec["title"].split()), first_line.get("headline", 0)))
    if rec.get("standfirst", "").strip():
        lead.append(("standfirst", " ".join(rec["standfirst"].split()), first_line.get("standfirst", 0)))
    return tuple(lead)


# Where a paragraph of the analysed text comes from, in reading order (see analysed_text).
WHERE = ("headline", "standfirst", "body")


def analysed_text(text: str, lead: Sequence[tuple[str, str, int]] = (),
                  paragraph_lines: Sequence[int] = ()) -> tuple[str, list[str], list[int]]:
    """The text the analysis reads: headline, standfirst and body as paragraphs.

    Returns the text, where each paragraph comes from (``headline``,
    ``standfirst``, ``body``) and each paragraph's raw-file line (0 for a
    headline or standfirst known only from the metadata).
    """
    parts = [t for _, t, _ in lead] + [text]
    n_body = len(paragraph_lines) if paragraph_lines else text.count("\n\n") + 1
    where = [w for w, _, _ in lead] + ["body"] * n_body
    lines = [int(line) for _, _, line in lead] + [int(x) for x in paragraph_lines]
    return "\n\n".join(parts), where, lines


def read_corpus(
    corpus_dir: Path | str | None = None,
    *,
    errors: Errors = "raise",
    rules: Iterable[Rule] | None = None,
    today: dt.date | None = None,
    progress: bool | None = None,
) -> Corpus:
    """Load a corpus folder into ``articles``, ``removed`` (cleaning log) and ``skipped`` tables.

    With ``errors="raise"`` (default) the first problem raises :class:`CorpusError`.
    With ``errors="warn"`` each bad article is skipped with a :class:`CorpusWarning`
    and listed in ``skipped`` (article_id, source_file, problem); a broken
    metadata file as a whole still raises. ``progress`` shows a tqdm bar while
    reading; ``None`` shows it only for more than 500 articles.
    """
    if errors not in ("raise", "warn"):
        raise ValueError(f"errors must be 'raise' or 'warn', got {errors!r}")
    corpus_dir = Path(corpus_dir or config.CORPUS_DIR)
    if not corpus_dir.is_dir():
        raise CorpusError(f"{corpus_dir}: corpus folder not found")
    raw_dir = config.raw_dir(corpus_dir)
    if not raw_dir.is_dir():
        raise CorpusError(f"{raw_dir}: raw/ folder not found; put the article files there")
    path = config.metadata_path(corpus_dir)
    rules = list(load_rules(config.data_file("boilerplate.yaml", corpus_dir)) if rules is None else rules)
    table = _read_metadata_csv(path)
    skipped: list[dict] = []

    def problem(article_id: str, source_file: str, message: str) -> None:
        if errors == "raise":
            raise CorpusError(message)
        warnings.warn(f"skipped: {message}", CorpusWarning, stacklevel=3)
        skipped.append({"article_id": article_id, "source_file": source_file, "problem": message})

    bad_rows: set[int] = set()
    for i, message in _metadata_problems(table, path, today=today or dt.date.today()):
        if i not in bad_rows:
            bad_rows.add(i)
            problem(table.at[i, "article_id"], table.at[i, "source_file"], message)
    table = _typed_metadata(table.drop(index=sorted(bad_rows)))

    listed = set(table["source_file"]) | {s["source_file"] for s in skipped}
    on_disk = sorted(p.name for p in raw_dir.iterdir()
                     if (p.is_file() or p.is_symlink()) and not p.name.startswith("."))
    if not on_disk and table.empty:
        raise CorpusError(f"{raw_dir}: the corpus is empty; add article files and a row for each in {path.name}")
    for name in on_disk:
        if (raw_dir / name).is_symlink():
            if name not in listed:
                problem("", name, f"{raw_dir / name}: is a symbolic link; refused. Copy the article file itself into raw/")
        elif name not in listed:
            problem("", name, f"{raw_dir / name}: no row in {path.name}; add one (article_id, title, published, ...)")

    rows, removed = [], []
    records = table.to_dict("records")
    if (len(records) > 500) if progress is None else progress:
        from tqdm.auto import tqdm

        records = tqdm(records, desc="reading articles", unit="article")
    for rec in records:
        file = raw_dir / rec["source_file"]
        if not file.is_file() and not file.is_symlink():
            problem(rec["article_id"], rec["source_file"],
                    f"{path} ({rec['article_id']}): source_file {rec['source_file']} not found in {raw_dir}")
            continue
        try:
            raw = read_raw(file, root=corpus_dir)
        except CorpusError as exc:
            problem(rec["article_id"], rec["source_file"], str(exc))
            continue
        cleaned = clean_text(raw, title=rec["title"], author=rec["author"], outlet=rec["outlet"],
                             standfirst=rec["standfirst"], rules=rules)
        if not cleaned.text.strip():
            problem(rec["article_id"], rec["source_file"],
                    f"{file}: no article text left after removing boilerplate; check the file or boilerplate.yaml")
            continue
        rows.append({
            **rec,
            "text": cleaned.text,
            "n_words": count_words(cleaned.text),
            "n_paragraphs": len(cleaned.paragraph_lines),
            "n_removed": len(cleaned.removed),
            "paragraph_lines": tuple(cleaned.paragraph_lines),
            "lead": _lead(rec, cleaned.removed),
            "text_sha256": hashlib.sha256(cleaned.text.encode("utf-8")).hexdigest(),
        })
        removed.extend(
            {"article_id": rec["article_id"], "line": line, "text": text, "rule": rule}
            for line, text, rule in cleaned.removed
        )

    articles = pd.DataFrame(rows, columns=_ARTICLE_COLUMNS)
    articles["published"] = pd.to_datetime(articles["published"])
    articles["n_words"] = articles["n_words"].astype("int64")
    articles = articles.sort_values(["published", "article_id"], kind="stable").reset_index(drop=True)
    removed_df = pd.DataFrame(removed, columns=["article_id", "line", "text", "rule"])
    order = {aid: i for i, aid in enumerate(articles["article_id"])}
    removed_df = (removed_df.assign(_o=removed_df["article_id"].map(order))
                  .sort_values(["_o", "line"], kind="stable").drop(columns="_o").reset_index(drop=True))
    skipped_df = pd.DataFrame(skipped, columns=["article_id", "source_file", "problem"])
    return Corpus(articles, removed_df, skipped_df)


def load_corpus(corpus_dir: Path | str | None = None, *, errors: Errors = "raise",
                progress: bool | None = None) -> pd.DataFrame:
    """One row per article, ordered by ``published`` then ``article_id``, with cleaned ``text``."""
    return read_corpus(corpus_dir, errors=errors, progress=progress).articles


def cleaning_log(corpus_dir: Path | str | None = None, *, errors: Errors = "raise") -> pd.DataFrame:
    """Every line cleaning removed: ``article_id, line, text, rule``."""
    return read_corpus(corpus_dir, errors=errors).removed
