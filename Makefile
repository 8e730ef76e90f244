# Two commands set everything up on a fresh machine: `make serve` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# Reproducible builds: timestamps come from the last commit, not the clock.
export SOURCE_DATE_EPOCH ?= $(shell git log -1 --format=%ct 2>/dev/null || echo 315532800)
export NO_MKDOCS_2_WARNING := 1

.PHONY: serve build strict test bench score diff clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test,bench]"
	touch $(STAMP)

serve: $(STAMP)
	$(BIN)/mkdocs serve --dev-addr 127.0.0.1:8000 --livereload --dirty

build: $(STAMP)
	$(BIN)/mkdocs build --clean

strict: $(STAMP)
	$(BIN)/mkdocs build --clean --strict

test: $(STAMP)
	@tools/browser_setup.sh
	$(BIN)/python -m pytest -q

# What the working tree does to the chronicle compared with BASE (a branch or any revision): the review report.
BASE ?= main
diff: $(STAMP)
	@tools/diff_branch.sh $(BASE)

bench: $(STAMP)
	$(BIN)/python benchmarks/build.py
	$(BIN)/python benchmarks/render.py
	$(BIN)/python benchmarks/dates.py
	$(BIN)/python benchmarks/dates_languages.py
	$(BIN)/python benchmarks/claims.py
	$(BIN)/python benchmarks/places.py
	$(BIN)/python benchmarks/places_languages.py
	$(BIN)/python benchmarks/extraction.py
	$(BIN)/python benchmarks/languages.py
	$(BIN)/python benchmarks/wars_gold.py
	$(BIN)/python benchmarks/segment.py
	$(BIN)/python benchmarks/ingest.py
	$(BIN)/python benchmarks/big_source.py
	$(BIN)/python benchmarks/search.py
	$(BIN)/python benchmarks/serve.py
	$(BIN)/python benchmarks/scale.py

score: build
	$(BIN)/python ../shared/eval/score.py --site site --gold ../shared/eval/seeds-gold.yaml --seeds ../shared/seeds --claims ../shared/eval/seeds-claims.yaml

clean:
	rm -rf site .cache
