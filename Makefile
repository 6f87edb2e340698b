# Two commands on a fresh machine (Python 3.11+ and pip; no conda needed):
#   make report   build .venv if missing, run every notebook headless, write HTML to reports/
#   make check    build .venv if missing, run every test: pytest over tests/ and nbval over notebooks/ (CI runs it)
# make test is the everyday loop: the same without the tests marked slow (two whole-report builds of the
# hostile and the barren corpus).
# Conda users: see environment.yml and README.md.

PYTHON ?= $(shell command -v python3.11 2>/dev/null || command -v python3)
VENV   ?= .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
PYTEST_ARGS ?=
ACCURACY_ARGS ?=
CORPUS ?= corpus

.PHONY: report test check notebooks benchmark accuracy env lock clean clean-cache ingest

env: $(STAMP)

$(STAMP): requirements.txt constraints.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is needed; set PYTHON=/path/to/python3.11")'
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.txt -c constraints.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@touch $(STAMP)

report: $(STAMP)
	$(BIN)/python -m helpers.report

PYTEST := $(BIN)/python -m pytest tests notebooks --nbval-lax --nbval-current-env \
		--nbval-sanitize-with tests/nbval_sanitize.cfg -p no:cacheprovider

test: $(STAMP)
	$(PYTEST) -m "not slow" $(PYTEST_ARGS)

check: $(STAMP)
	$(PYTEST) $(PYTEST_ARGS)

# Re-execute the notebooks and store their outputs (after changing code or corpus).
notebooks: $(STAMP)
	$(BIN)/python -m helpers.report --in-place

# Propose articles.csv rows for new files in $(CORPUS)/raw/ and new rows of $(CORPUS)/exports/*.csv|jsonl.
ingest: $(STAMP)
	$(BIN)/python -m helpers.ingest --corpus $(CORPUS)

benchmark: $(STAMP)
	$(BIN)/python benchmarks/bench_pipeline.py --notebooks
	$(BIN)/python benchmarks/bench_report.py --n 1000 10000 --repeat 2
	$(BIN)/python benchmarks/bench_long.py

# Stance coding against the hand coding: corpus/ (seeds) and ../shared/devset when present.
# A plain `make accuracy` also records the figures the reports quote (benchmarks/results/accuracy.csv);
# a run with ACCURACY_ARGS (one part, the parser path, listings) leaves the record alone.
accuracy: $(STAMP)
	$(BIN)/python benchmarks/accuracy.py $(if $(ACCURACY_ARGS),,--record benchmarks/results/accuracy.csv) $(ACCURACY_ARGS)

# Refresh constraints.txt from the working .venv after changing requirements.txt.
lock: $(STAMP)
	@{ echo "# Full resolved set (pip freeze of a working .venv); used as constraints so a fresh"; \
	   echo "# machine gets the same transitive versions. Regenerate with: make lock"; \
	   $(BIN)/python -m pip freeze --exclude-editable | grep -v -E '^(pip|setuptools)=='; } > constraints.txt

clean-cache:
	rm -rf .cache

clean: clean-cache
	rm -rf $(VENV) reports/*.html reports/reader reports/figures reports/tables
