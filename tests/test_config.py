"""helpers.config: every path from the project root, overridable by environment variables."""

from __future__ import annotations

import importlib

from helpers import config


def test_default_paths():
    root = config.PROJECT_ROOT
    assert (root / "pyproject.toml").is_file()
    assert config.raw_dir(root / "corpus") == root / "corpus" / "raw"
    assert config.metadata_path(root / "corpus") == root / "corpus" / "articles.csv"


def test_environment_overrides(monkeypatch, tmp_path):
    monkeypatch.setenv("WORKBOOK_CORPUS_DIR", str(tmp_path / "c"))
    monkeypatch.setenv("WORKBOOK_REPORTS_DIR", str(tmp_path / "r"))
    try:
        cfg = importlib.reload(config)
        assert cfg.CORPUS_DIR == tmp_path / "c"
        assert cfg.FIGURES_DIR == tmp_path / "r" / "figures"
    finally:
        monkeypatch.delenv("WORKBOOK_CORPUS_DIR")
        monkeypatch.delenv("WORKBOOK_REPORTS_DIR")
        importlib.reload(config)


def test_corpus_codebook_overrides_the_shipped_one(tmp_path):
    assert config.data_file("actors.yaml", tmp_path) == config.DEFAULT_DATA_DIR / "actors.yaml"
    (tmp_path / "actors.yaml").write_text("actors: []\n", encoding="utf-8")
    assert config.data_file("actors.yaml", tmp_path) == tmp_path / "actors.yaml"


def test_a_kernel_gets_absolute_paths_for_relative_settings(monkeypatch, tmp_path):
    # A kernel starts in notebooks/: "shared/devset" given at the project root must reach it as an absolute path,
    # read from the environment as it is now (a test or a caller may set it after helpers.config was imported).
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("WORKBOOK_CORPUS_DIR", "shared/devset")
    monkeypatch.setenv("WORKBOOK_CACHE_DIR", "")
    monkeypatch.delenv("WORKBOOK_REPORTS_DIR", raising=False)
    env = config.child_env(EXTRA="1")
    assert env["WORKBOOK_CORPUS_DIR"] == str(tmp_path.resolve() / "shared" / "devset")
    assert env["WORKBOOK_CACHE_DIR"] == ""  # unset stays unset: the kernel takes the default
    assert "WORKBOOK_REPORTS_DIR" not in env
    assert env["EXTRA"] == "1"
