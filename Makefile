# Governance site: `make demo` to try it, `make test` to check it. `make help` lists all.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
MANAGE := $(BIN)/python manage.py
PORT ?= 8000

.DEFAULT_GOAL := help

.PHONY: help
help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(STAMP): requirements.txt
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' || \
		{ echo "Python 3.11 or newer is needed (found $$($(PYTHON) --version))."; exit 1; }
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	@touch $(STAMP)

.PHONY: install
install: $(STAMP) ## Create the virtualenv and install the pinned requirements

.PHONY: demo
demo: $(STAMP) ## Set up SQLite, load the demo content and serve it on 127.0.0.1:8000
	$(MANAGE) migrate --noinput
	$(MANAGE) load_demo
	@echo "Serving on http://127.0.0.1:$(PORT)/  (admin: http://127.0.0.1:$(PORT)/admin/)"
	$(MANAGE) runserver 127.0.0.1:$(PORT)

.PHONY: browser
browser: $(STAMP) ## Make sure a Chromium and axe-core are there for the browser tests
	$(BIN)/python tests/browser/axe_core.py
	@if [ -x /usr/bin/chromium ] || [ -n "$$CHROMIUM_PATH" ]; then \
		echo "Browser tests use $${CHROMIUM_PATH:-/usr/bin/chromium}"; \
	else \
		echo "No system Chromium; installing Playwright's own Chromium."; \
		$(BIN)/python -m playwright install chromium || { \
			echo "No browser for the browser tests: install Debian's chromium"; \
			echo "(apt-get install -y chromium) or let Playwright download its own."; exit 1; }; \
	fi

.PHONY: test
test: $(STAMP) browser ## Run the whole test suite (DATABASE_URL selects PostgreSQL)
	$(MANAGE) makemigrations --check --dry-run
	$(BIN)/python -m pytest $(PYTEST_ARGS)

.PHONY: lint
lint: $(STAMP) ## ruff lint and format check
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

.PHONY: format
format: $(STAMP) ## Format the code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

.PHONY: bench
bench: $(STAMP) ## Benchmark with gunicorn and a load generator on loopback
	$(MANAGE) bench $(BENCH_ARGS)

.PHONY: faults
faults: $(STAMP) ## Fault drill on PostgreSQL: 50 readers and an editor, then a restart
	$(MANAGE) fault_drill --readers 50 --duration 60 $(FAULTS_ARGS)
	$(MANAGE) fault_drill --readers 10 --duration 30 --restart-postgres $(FAULTS_ARGS)

.PHONY: clean
clean: ## Remove the virtualenv, the SQLite database and generated files
	rm -rf $(VENV) db.sqlite3 var test-artefacts
