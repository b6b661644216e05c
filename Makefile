# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
HOST ?= 127.0.0.1

.PHONY: run test lint format messages compile-messages setup clean-db prod bench screenshots

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet ".[dev]"
	touch $@

# The browser tests' node packages (axe-core, the Nu HTML Checker), installed where npm exists and re-installed when
# the lock file changes. No install scripts: vnu-jar's would fetch a Java runtime, and the machine's Java is used.
# Without npm the accessibility and HTML-validity tests skip and say why.
NODE_STAMP := node_modules/.installed

$(NODE_STAMP): package-lock.json
	npm ci --no-audit --no-fund --ignore-scripts
	touch $@

ifneq ($(shell command -v npm 2>/dev/null),)
setup: $(VENV)/.installed $(NODE_STAMP)
else
setup: $(VENV)/.installed
endif

# Compiled catalogues are committed; this rebuilds them without GNU gettext when a .po file changes.
compile-messages: setup
	$(PY) manage.py compile_catalogues

# Links in e-mails (printed to the console in development) point to the address runserver listens on.
SITE_URL = http://$(HOST):$(PORT)
DEMO_CREDENTIALS := demo-admin.txt

run: setup compile-messages
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content
	$(PY) manage.py set_site_address $(SITE_URL)
	$(PY) manage.py create_demo_admin --url $(SITE_URL) --credentials-file $(DEMO_CREDENTIALS)
	@echo "Serving on $(SITE_URL)/ (Ctrl-C stops). The admin's user name and password are in $(DEMO_CREDENTIALS)."
	PORTAL_WAGTAILADMIN_BASE_URL=$(SITE_URL) $(PY) manage.py runserver $(HOST):$(PORT)

test: setup
	$(PY) -m pytest

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: setup
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Needs GNU gettext (a developer's machine, not a fresh one): updates the catalogues from the code.
messages: setup
	$(PY) manage.py makemessages --locale fi --locale sv --no-obsolete --ignore ".venv/*" --ignore "node_modules/*"
	$(PY) manage.py compile_catalogues

# The production-shaped stack: two gunicorn app servers and the task worker (Procfile), on the PostgreSQL and Redis
# of PORTAL_DATABASE_URL and PORTAL_REDIS_URL, with production settings. The environment comes from the shell or a
# .env file (see .env.example and docs/deployment.md). Ctrl-C stops all three.
PROD_PORT_A ?= 8101
PROD_PORT_B ?= 8102
PROD := DJANGO_SETTINGS_MODULE=portal.settings.production $(VENV)/bin/honcho

prod: setup compile-messages
	$(PROD) run $(PY) manage.py check --deploy
	$(PROD) run $(PY) manage.py migrate --noinput
	$(PROD) run $(PY) manage.py collectstatic --noinput --verbosity 0
	@echo "App servers on http://127.0.0.1:$(PROD_PORT_A)/ and http://127.0.0.1:$(PROD_PORT_B)/ (Ctrl-C stops all)"
	PORTAL_PORT_A=$(PROD_PORT_A) PORTAL_PORT_B=$(PROD_PORT_B) $(PROD) start

clean-db:
	rm -f db.sqlite3

# The load benchmark: seeds bench.sqlite3 (or PORTAL_DATABASE_URL's PostgreSQL), serves it with gunicorn and the
# production settings, loads it with wrk and writes docs/benchmarks.md. Needs wrk (Debian: apt-get install wrk).
bench: setup compile-messages
	@command -v wrk >/dev/null || { echo "wrk is not installed. On Debian or Ubuntu: sudo apt-get install wrk (macOS: brew install wrk)."; exit 1; }
	$(PY) -m benchmark.run

# Screenshots of the home page, an experiment and the catalog at phone and desktop widths, into docs/screenshots/:
# run after a change to the look and commit them with it (docs/design.md). Needs Chromium (Debian: chromium).
screenshots: setup compile-messages
	$(PY) docs/screenshots/make.py
