"""helpers.codebook.read_yaml on hostile files: oversize, anchors and aliases, billion laughs."""

from __future__ import annotations

import time

import pytest

from helpers.codebook import MAX_YAML_BYTES, CodebookError, read_yaml


def test_plain_yaml_reads(tmp_path):
    path = tmp_path / "topics.yaml"
    path.write_text("topics:\n  - id: ceasefire\n    terms: [truce, ceasefire]\n", encoding="utf-8")
    assert read_yaml(path, "topics") == {"topics": [{"id": "ceasefire", "terms": ["truce", "ceasefire"]}]}


def test_oversize_file_refused(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text("# padding\n" * (MAX_YAML_BYTES // 10 + 1), encoding="utf-8")
    size = path.stat().st_size
    with pytest.raises(CodebookError) as info:
        read_yaml(path, "actors")
    assert str(info.value) == f"{path}: {size:,} bytes is over the limit of 1,000,000 bytes for a actors file"


def test_alias_refused_with_line(tmp_path):
    path = tmp_path / "actors.yaml"
    path.write_text("base: &b\n  side: Russia\nputin: *b\n", encoding="utf-8")
    with pytest.raises(CodebookError) as info:
        read_yaml(path, "actors")
    assert str(info.value) == (f"{path}: YAML anchor &b at line 1, column 7 is not allowed in a actors file; "
                               "write the value out in full")


def test_bare_alias_refused(tmp_path):
    path = tmp_path / "topics.yaml"
    path.write_text("a: 1\nb: *missing\n", encoding="utf-8")
    with pytest.raises(CodebookError, match=r"topics.yaml: YAML alias \*missing at line 2, column 4 is not allowed"):
        read_yaml(path, "topics")


def test_billion_laughs_fails_fast(tmp_path):
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev},*{prev}]")
    path = tmp_path / "stance_cues.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    start = time.perf_counter()
    with pytest.raises(CodebookError) as info:
        read_yaml(path, "stance cues")
    assert time.perf_counter() - start < 1.0
    message = str(info.value)
    assert message.startswith(f"{path}: YAML anchor &a at line 1, column 4 is not allowed")
    assert len(message) < 300


def test_anchor_refused_through_the_corpus_loader(tmp_path):
    from helpers.corpus import CorpusError, load_rules

    path = tmp_path / "boilerplate.yaml"
    path.write_text("rules:\n  - &r {rule: x, pattern: 'x'}\n  - *r\n", encoding="utf-8")
    with pytest.raises(CorpusError, match=r"boilerplate.yaml: YAML anchor &r at line 2, column 5"):
        load_rules(path)
