"""The pip and conda environments list the same pinned packages, and CI runs the README's command."""

from __future__ import annotations

import re

import yaml

from helpers import config

ROOT = config.PROJECT_ROOT


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pip_requirements() -> dict[str, str]:
    pins = {}
    for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#")[0].strip()
        if line:
            name, _, version = line.partition("==")
            assert version, f"requirements.txt: {line!r} is not pinned with =="
            pins[_norm(name)] = version.strip()
    return pins


def conda_requirements() -> tuple[dict[str, str], list]:
    env = yaml.safe_load((ROOT / "environment.yml").read_text(encoding="utf-8"))
    pins, pip_section = {}, []
    for dep in env["dependencies"]:
        if isinstance(dep, dict):
            pip_section = dep.get("pip", [])
            continue
        name, _, version = dep.partition("=")
        if _norm(name) in {"python", "pip"}:
            continue
        assert version, f"environment.yml: {dep!r} is not pinned"
        pins[_norm(name)] = version.lstrip("=")
    return pins, pip_section


def test_pip_and_conda_list_the_same_packages_and_versions():
    conda, _ = conda_requirements()
    assert conda == pip_requirements()


def test_conda_env_installs_the_helpers_editable():
    _, pip_section = conda_requirements()
    assert "-e ." in pip_section


def test_constraints_agree_with_requirements():
    constraints = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        if "==" in line and not line.startswith("#"):
            name, _, version = line.partition("==")
            constraints[_norm(name)] = version.strip()
    for name, version in pip_requirements().items():
        assert constraints.get(name) == version, f"constraints.txt pins {name} to {constraints.get(name)}, requirements.txt to {version}"


def test_design_card_packages_are_pinned():
    pins = pip_requirements()
    for name in ["pandas", "matplotlib", "spacy", "jupyterlab", "nbval", "nbconvert"]:
        assert name in pins


def test_ci_runs_the_readme_test_command():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    commands = [line.strip() for line in ci.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    assert commands[-1] == "make check"   # every test, the slow ones too
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    two = readme[readme.index("## Two commands"):].split("```")[1]
    assert [line.split("#")[0].strip() for line in two.strip().splitlines()[1:]] == ["make report", "make check"]


def test_make_test_leaves_out_only_the_slow_tests_and_make_check_runs_them():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    recipes = {m.group(1): m.group(2) for m in re.finditer(r"^(test|check): \$\(STAMP\)\n\t(.+)$", makefile, re.M)}
    assert recipes == {"test": '$(PYTEST) -m "not slow" $(PYTEST_ARGS)', "check": "$(PYTEST) $(PYTEST_ARGS)"}


def test_no_notebook_hacks_sys_path():
    for nb in (ROOT / "notebooks").glob("*.ipynb"):
        text = nb.read_text(encoding="utf-8")
        assert "sys.path" not in text, nb.name
        assert "pip install" not in text, nb.name
