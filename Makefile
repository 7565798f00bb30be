# filingcheck: `make help` lists the targets.
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
FC := $(VENV)/bin/filingcheck
# The demo keeps its own data dir, apart from ./data (what `make ingest` fills): it is wiped on
# every run. It says how to point the README's commands at it (--data-dir or the environment).
DEMO_DIR ?= data/demo
WATCHLIST ?= watchlist.toml
ARTICLE ?= fixtures/articles/cerebras-ipo.md
TICKER ?= CBRS
# Extra flags for `make ingest`, e.g. INGEST_FLAGS="--mirror fixtures/edgar" to work offline.
INGEST_FLAGS ?=

.DEFAULT_GOAL := help
.PHONY: help install demo ingest verify report test acceptance-bulk bench bench-bulk accuracy articles lint docs clean

help: ## Show this help
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-9s %s\n", $$1, $$2}'

install: $(VENV)/.installed ## Create .venv and install filingcheck with its dev tools

# The pip that `python3 -m venv` ships, not upgraded: what a user with plain `pip install` gets
# (pyproject.toml declares everything the code imports, so no newer pip is needed to find it).
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet -e '.[dev]'
	$(PY) -m pip check
	touch $@

demo: install ## Offline demo: ingest the bundled Cerebras fixtures into data/demo, verify the article, write report.html
	@rm -rf $(DEMO_DIR)
	$(FC) --data-dir $(DEMO_DIR) ingest --ticker $(TICKER) --mirror fixtures/edgar
	@echo; echo "== revenue as filed (latest value of each period) =="
	$(FC) --data-dir $(DEMO_DIR) series revenue --ticker $(TICKER)
	@echo; echo "== report =="
	$(FC) --data-dir $(DEMO_DIR) report $(ARTICLE) --ticker $(TICKER) --out report.html
	@echo; echo "== verification of $(ARTICLE) =="
	@$(FC) --data-dir $(DEMO_DIR) verify $(ARTICLE) --ticker $(TICKER); status=$$?; \
	  if [ $$status -eq 2 ]; then exit 2; fi; \
	  echo; echo "(exit status $$status: 1 means some figures drifted or went stale, as shown above)"; \
	  echo "The demo's data is in $(DEMO_DIR): run the README's commands with --data-dir $(DEMO_DIR)"; \
	  echo "(or export FILINGCHECK_DATA_DIR=$(DEMO_DIR)); duckdb: .venv/bin/duckdb $(DEMO_DIR)/filingcheck.duckdb"

ingest: install ## Fetch and load new filings for every company in watchlist.toml (needs SEC_USER_AGENT)
	$(FC) ingest --watchlist $(WATCHLIST) $(INGEST_FLAGS)

verify: install ## Re-verify the tracked articles of watchlist.toml and say what changed
	$(FC) verify --watchlist $(WATCHLIST)

report: install ## Write report.html for ARTICLE about TICKER from the data in ./data
	$(FC) report $(ARTICLE) --ticker $(TICKER) --out report.html

test: install ## Run the test suite, spread over every core (pytest-xdist)
	$(PY) -m pytest -q -n auto

acceptance-bulk: install ## Bulk mode end to end over 2,000 synthetic filings served on 127.0.0.1 (about 20 min: the fetch keeps to 10 requests/s)
	FILINGCHECK_BULK_FILINGS=2000 $(PY) -m pytest -q --timeout 3600 tests/test_bulk_acceptance.py

bench: install ## Print extraction speed against a bare lxml parse, crosscheck agreement, and the cost of hostile inputs
	$(PY) -m bench.bench_extract
	$(PY) -m bench.hostile

bench-bulk: install ## Bulk extract: documents/s with 1 and 2 workers, per-task overhead (offline)
	$(PY) -m bench.bulk

accuracy: install ## Per metric: HTML readings vs the filer's inline XBRL over the corpus (agreed/disagreed/silent)
	$(PY) -m bench.accuracy

articles: install ## Score verify on the real articles of ../shared/articles/real (verdicts decided by hand)
	$(PY) -m bench.score_articles -v

lint: install ## Lint with ruff
	$(VENV)/bin/ruff check core pipeline extractors warehouse tests bench

clean: ## Remove the demo data, reports and caches
	rm -rf $(DEMO_DIR) report.html report.md report.json test-artifacts .pytest_cache

docs: install ## Regenerate the README's command reference from the real --help texts
	$(PY) -m pipeline.cli_docs README.md
