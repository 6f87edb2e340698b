"""Propose metadata rows for new articles: ``python -m helpers.ingest --corpus DIR``.

Finds the files in ``raw/`` that have no row in ``articles.csv`` (plain text or
saved web pages) and the rows of news exports in ``exports/`` (CSV or JSONL,
one article per row) not yet imported, and appends one row per article with
what the file states: title, date (``date_basis=stated`` with a ``date_note``
saying where), author, outlet, URL. What it cannot find is left empty and
listed as needing a human. It never rewrites or reorders an existing row, never
changes an existing file in ``raw/`` (an export row becomes a *new* raw file),
writes ``articles.csv`` atomically, and a second run adds nothing.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import re
import sys
import tempfile
import unicodedata
import warnings
from dataclasses import dataclass, field
from pathlib import Path

from helpers import config
from helpers.corpus import ARTICLE_ID_RE, METADATA_COLUMNS
from helpers.rawtext import MAX_ARTICLE_CHARS, WEB_PAGE_SUFFIXES, CorpusError, read_raw, strip_controls
from helpers.webpage import PageMeta, find_dateline, ingest_settings, iso_date, page_metadata

__all__ = ["HEADER", "EXPORT_SUFFIXES", "Ingested", "ingest", "main"]

HEADER = ["article_id", "source_file", "title", "title_basis", "published", "date_basis", "date_note",
          "outlet", "author", "url"]
EXPORT_SUFFIXES = (".csv", ".jsonl", ".ndjson")
TEXT_SUFFIXES = (".txt",)
BYLINE_RE = re.compile(r"(?i:by)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})")


@dataclass
class Ingested:
    """What one run did: rows appended, raw files created from exports, and what needs a human."""

    added: list[dict[str, str]] = field(default_factory=list)
    created: list[str] = field(default_factory=list)
    needs: list[str] = field(default_factory=list)


def _value(text: object) -> str:
    """A metadata value: control characters removed, whitespace collapsed to single spaces."""
    if isinstance(text, list):
        text = ", ".join(str(t) for t in text if t)
    return " ".join(strip_controls("" if text is None else str(text))[0].split())


def slug(title: str, taken: set[str], *, fallback: str = "article") -> str:
    """A unique article_id from a title: ascii, lower-case, hyphenated, at most 60 characters."""
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")
    if len(base) > 60:
        base = base[:61].rsplit("-", 1)[0] if "-" in base[:61] else base[:60]
    base = base or re.sub(r"[^a-z0-9]+", "-", fallback.lower()).strip("-") or "article"
    candidate, n = base, 2
    while candidate in taken:
        candidate, n = f"{base}-{n}", n + 1
    assert ARTICLE_ID_RE.fullmatch(candidate), candidate
    taken.add(candidate)
    return candidate


# --------------------------------------------------------------------------- articles.csv


def _read_table(path: Path) -> tuple[str, list[str], list[dict[str, str]], str]:
    """(original text, header, rows, line terminator) of articles.csv; a missing file is an empty table."""
    if not path.exists():
        return "", list(HEADER), [], "\n"
    try:
        original = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not UTF-8 (byte offset {exc.start}); re-save it as UTF-8 CSV") from None
    if not original.strip():
        return "", list(HEADER), [], "\n"
    reader = csv.DictReader(io.StringIO(original, newline=""))
    header = [str(c).strip() for c in reader.fieldnames or []]
    missing = [c for c in METADATA_COLUMNS if c not in header]
    if missing:
        raise CorpusError(f"{path}: missing column(s) {', '.join(missing)}; fix the header before ingesting")
    rows = [{(k or "").strip(): (v or "").strip() for k, v in row.items() if isinstance(v, str)} for row in reader]
    return original, header, rows, "\r\n" if "\r\n" in original.split("\n", 1)[0] + "\n" else "\n"


def _write_table(path: Path, original: str, header: list[str], new_rows: list[dict[str, str]], eol: str) -> None:
    """Append rows after the file's own bytes (so no user row changes) via a temp file and os.replace."""
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=header, lineterminator=eol, extrasaction="ignore")
    if not original:
        writer.writeheader()
    elif not original.endswith(("\n", "\r")):
        buffer.write(eol)
    for row in new_rows:
        writer.writerow({k: row.get(k, "") for k in header})
    bom = "\ufeff" if path.exists() and path.read_bytes().startswith(b"\xef\xbb\xbf") else ""
    data = (bom + original + buffer.getvalue()).encode("utf-8")
    fd, tmp = tempfile.mkstemp(prefix=".articles-", suffix=".csv.tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# --------------------------------------------------------------------------- sources


def _text_meta(text: str) -> PageMeta:
    """What a plain-text article states: headline on its first line, a dateline, a 'By ...' line."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    first = lines[0] if lines else ""
    title = first if len(first) <= 200 and not first.endswith((".", ",", ";", ":")) else ""
    date, note = find_dateline(text)
    author = ""
    for line in lines[1:12]:
        match = BYLINE_RE.fullmatch(line)
        if match:
            author = match.group(1)
            break
    return PageMeta(title=title, published=date, date_note=note, author=author)


def _export_records(path: Path) -> list[dict[str, object]]:
    """The rows of a CSV or JSONL export, as dicts with lower-cased, stripped column names."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not UTF-8 (byte offset {exc.start}); re-save the export as UTF-8") from None
    if path.suffix.lower() == ".csv":
        csv.field_size_limit(4 * MAX_ARTICLE_CHARS)
        try:
            rows = list(csv.DictReader(io.StringIO(text, newline="")))
        except csv.Error as exc:
            raise CorpusError(f"{path}: not a valid CSV export ({exc})") from None
    else:
        rows = []
        for n, line in enumerate(text.splitlines(), start=1):
            if line.strip():
                try:
                    item = json.loads(line)
                except ValueError as exc:
                    raise CorpusError(f"{path}, line {n}: not valid JSON ({exc.msg})") from None
                if not isinstance(item, dict):
                    raise CorpusError(f"{path}, line {n}: expected one JSON object per line")
                rows.append(item)
    return [{str(k).strip().lower(): v for k, v in row.items() if k is not None} for row in rows]


def _columns(path: Path, records: list[dict[str, object]], mapping: dict[str, str]) -> dict[str, str]:
    """Which export column feeds each field: ``--map`` first, then the names in ingest.yaml."""
    present = {k for rec in records for k in rec}
    chosen: dict[str, str] = {}
    for fld, names in ingest_settings()["export_columns"].items():
        if fld in mapping:
            col = mapping[fld].strip().lower()
            if records and col not in present:
                raise CorpusError(f"{path}: --map {fld}={mapping[fld]}: no column {mapping[fld]!r} "
                                  f"(columns: {', '.join(sorted(present))})")
            chosen[fld] = col
        else:
            chosen[fld] = next((n for n in names if n in present), "")
    return chosen


def _row_id(export: Path, n: int) -> str:
    stem = re.sub(r"[^A-Za-z0-9_-]+", "-", export.stem).strip("-") or "export"
    return f"{stem}-row{n:04d}.txt"


# --------------------------------------------------------------------------- ingest


def ingest(corpus_dir: Path | str | None = None, *, mapping: dict[str, str] | None = None) -> Ingested:
    """Append a proposed articles.csv row for every new raw file and export row; return what was done."""
    corpus_dir = Path(corpus_dir or config.CORPUS_DIR)
    if not corpus_dir.is_dir():
        raise CorpusError(f"{corpus_dir}: corpus folder not found")
    raw_dir, table_path, exports_dir = config.raw_dir(corpus_dir), config.metadata_path(corpus_dir), corpus_dir / "exports"
    unknown = sorted(set(mapping or {}) - set(ingest_settings()["export_columns"]))
    if unknown:
        raise CorpusError(f"--map: unknown field(s) {', '.join(unknown)}; use one of "
                          f"{', '.join(ingest_settings()['export_columns'])}")
    original, header, rows, eol = _read_table(table_path)
    listed = {r.get("source_file", "") for r in rows}
    urls = {r.get("url", "") for r in rows} - {""}
    taken = {r.get("article_id", "") for r in rows}
    done = Ingested()

    def add(source_file: str, meta: PageMeta, where: str) -> None:
        title = _value(meta.title)
        row = {"article_id": slug(title, taken, fallback=Path(source_file).stem), "source_file": source_file,
               "title": title, "title_basis": "stated" if title else "", "published": meta.published,
               "date_basis": "stated" if meta.published else "", "date_note": _value(meta.date_note),
               "outlet": _value(meta.outlet), "author": _value(meta.author), "url": _value(meta.url)}
        done.added.append(row)
        listed.add(source_file)
        urls.add(row["url"])
        if not title:
            done.needs.append(f"{where}: no headline found; write a title and set title_basis=supplied")
        if not meta.published:
            done.needs.append(f"{where}: needs a date; no date is stated. Fill in published (YYYY-MM-DD), "
                              "date_basis (inferred) and a date_note saying how you know")
        if meta.language and not meta.language.lower().startswith("en"):
            done.needs.append(f"{where}: the page says its language is {meta.language!r}; the workbook's rules are English")

    if exports_dir.is_dir():
        for export in sorted(p for p in exports_dir.iterdir() if p.suffix.lower() in EXPORT_SUFFIXES and p.is_file()):
            records = _export_records(export)
            cols = _columns(export, records, mapping or {})
            if not cols["text"]:
                done.needs.append(f"{export}: no text column (tried {', '.join(ingest_settings()['export_columns']['text'])}); "
                                  "name it with --map text=COLUMN")
                continue
            for n, rec in enumerate(records, start=1):
                where = f"{export.name} row {n}"
                get = {fld: (_value(rec.get(col)) if col else "") for fld, col in cols.items()}
                text = rec.get(cols["text"])
                name = _row_id(export, n)
                if name in listed or (get["url"] and get["url"] in urls):
                    continue
                if not isinstance(text, str) or not text.strip():
                    done.needs.append(f"{where}: no article text; not imported")
                    continue
                data = text.replace("\r\n", "\n").replace("\r", "\n").strip("\n").encode("utf-8") + b"\n"
                target = raw_dir / name
                if target.exists() or target.is_symlink():
                    if target.is_symlink() or target.read_bytes() != data:
                        done.needs.append(f"{where}: raw/{name} already exists with other content; not overwritten")
                        continue
                else:
                    raw_dir.mkdir(parents=True, exist_ok=True)
                    with open(target, "xb") as fh:  # exclusive: never replaces a file
                        fh.write(data)
                    os.chmod(target, 0o644)
                    done.created.append(name)
                date = iso_date(get["published"])
                note = f"export {export.name} row {n}, column {cols['published']}" if date else ""
                if get["published"] and not date:
                    done.needs.append(f"{where}: date {get['published']!r} not understood")
                add(name, PageMeta(title=get["title"], published=date, date_note=note, author=get["author"],
                                   outlet=get["outlet"], url=get["url"]), f"raw/{name} ({where})")

    on_disk = sorted(p for p in raw_dir.iterdir() if not p.name.startswith(".")) if raw_dir.is_dir() else []
    for path in on_disk:
        if path.name in listed or path.is_dir():
            continue
        where = f"raw/{path.name}"
        suffix = path.suffix.lower()
        if suffix not in WEB_PAGE_SUFFIXES and suffix not in TEXT_SUFFIXES:
            done.needs.append(f"{where}: not a .txt or .html file; save the article as UTF-8 text or a web page")
            continue
        try:
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                text = read_raw(path, root=corpus_dir)
        except CorpusError as exc:
            done.needs.append(f"{where}: {str(exc).split(': ', 1)[-1]}")
            continue
        done.needs.extend(f"{where}: {str(w.message).split(': ', 1)[-1]}" for w in caught)
        meta = page_metadata(path.read_bytes().decode("utf-8-sig")) if suffix in WEB_PAGE_SUFFIXES else _text_meta(text)
        add(path.name, meta, where)

    for row in rows:  # rows proposed earlier and still waiting for the user
        if not row.get("published") and row.get("source_file"):
            done.needs.append(f"raw/{row['source_file']} ({row.get('article_id', '')}): still needs a date in articles.csv")
    if done.added:
        _write_table(table_path, original, header, done.added, eol)
    return done


def _print(done: Ingested, corpus_dir: Path, out: io.TextIOBase) -> None:
    if not done.added and not done.needs:
        print(f"{corpus_dir}: nothing new; every file in raw/ and every export row has a row in articles.csv", file=out)
        return
    for name in done.created:
        print(f"created raw/{name}", file=out)
    for row in done.added:
        date = f"{row['published']} ({row['date_note']})" if row["published"] else "NO DATE"
        print(f"added {row['article_id']}: {row['source_file']}, {row['title'] or 'NO TITLE'!r}, {date}, "
              f"author {row['author'] or '-'}, outlet {row['outlet'] or '-'}", file=out)
    if done.needs:
        print(f"\nneeds a human ({len(done.needs)}):", file=out)
        for item in done.needs:
            print(f"  - {item}", file=out)


def main(argv: list[str] | None = None) -> int:
    """Command line: propose rows, print what was added and what needs a human; 2 on a corpus error."""
    parser = argparse.ArgumentParser(prog="python -m helpers.ingest", description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=None, help="corpus folder (default: the workbook's corpus)")
    parser.add_argument("--map", action="append", default=[], metavar="FIELD=COLUMN",
                        help="export column for a field, e.g. --map text=body (repeatable)")
    args = parser.parse_args(argv)
    mapping = {}
    for item in args.map:
        fld, sep, col = item.partition("=")
        if not sep or not fld.strip() or not col.strip():
            parser.error(f"--map {item!r}: expected FIELD=COLUMN, e.g. text=body")
        mapping[fld.strip()] = col.strip()
    corpus_dir = args.corpus or config.CORPUS_DIR
    try:
        done = ingest(corpus_dir, mapping=mapping)
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    _print(done, Path(corpus_dir), sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
