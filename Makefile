# gentse_se — every command a newcomer needs. `make help` lists them.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
MANAGE := $(PY) manage.py
DEV := DJANGO_DEBUG=1
STYLEGUIDE := node_modules/gent_styleguide/build
ASSETS := build/static
PYTEST_ARGS ?=

# Local settings, if any (KEY=value lines; see .env.example).
-include .env
export

.PHONY: help install assets mo run serve test test-browser lint format check messages clean backup restore audit bench

help: ## List the commands
	@grep -hE '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F ':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(VENV)/.installed: pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + ")")'
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e ".[dev]"
	$(DEV) $(MANAGE) readability_data -v 0
	touch $@

install: $(VENV)/.installed ## Python virtualenv with the project and its dev tools

node_modules/.installed: package.json package-lock.json .npmrc
	@command -v npm >/dev/null || { echo "npm (Node 18+) is needed: see README.md"; exit 1; }
	npm ci --no-audit --no-fund
	touch $@

$(ASSETS)/.copied: node_modules/.installed
	rm -rf $(ASSETS) && mkdir -p $(ASSETS)/gent/styleguide $(ASSETS)/vendor/jquery-ui
	cp -r $(STYLEGUIDE)/styleguide/img $(ASSETS)/gent/styleguide/
	cp node_modules/jquery-ui/dist/jquery-ui.min.js $(ASSETS)/vendor/jquery-ui/
	@# Source maps are not shipped; drop references to them so collectstatic's
	@# manifest does not look for the missing files.
	grep -rlZ 'sourceMappingURL=' $(ASSETS) | xargs -0 -r sed -i '/sourceMappingURL=/d'
	touch $@

# The style guide's CSS purged to the rules our HTML uses, woff2 font subsets and the
# menu script (tools/assets.py). Rebuilt when a template, the Python of an installed
# app or our JavaScript changes, since PurgeCSS scans them for the classes in use
# (purgecss.config.cjs lists the same folders; demo/ and tools/ are not scanned).
CSS_CONTENT := $(shell find templates static/js gentse_se core pages companies jobcount news search \
	-name '*.html' -o -name '*.py' -o -name '*.js' 2>/dev/null)

$(ASSETS)/.built: $(ASSETS)/.copied $(VENV)/.installed purgecss.config.cjs tools/assets.py $(CSS_CONTENT)
	$(PY) -m tools.assets
	touch $@

assets: $(ASSETS)/.built ## The style guide's CSS (only the rules in use), font subsets and icons in build/static

mo: $(VENV)/.installed ## Compile the .po files
	$(DEV) $(MANAGE) compilemessages --ignore=.venv --ignore=node_modules -v 0

# DJANGO_DEBUG=1 installs the demo app (load_demo_content, ensure_local_admin);
# DJANGO_DEMO=1 keeps it installed for those two even if .env says otherwise.
run: install assets mo ## Fresh clone → the site with demo content on http://127.0.0.1:8000/ (SQLite)
	$(DEV) $(MANAGE) migrate --no-input -v 0
	$(DEV) $(MANAGE) createcachetable
	$(DEV) DJANGO_DEMO=1 $(MANAGE) load_demo_content
	$(DEV) DJANGO_DEMO=1 $(MANAGE) ensure_local_admin
	$(DEV) $(MANAGE) runserver 127.0.0.1:8000

serve: install assets mo ## The production configuration on http://127.0.0.1:8000/ (DEBUG off, gunicorn)
	@test -s .local-secret-key || $(PY) -c 'import secrets; print(secrets.token_urlsafe(50))' > .local-secret-key
	@# Plain HTTP on 127.0.0.1 needs two things switched off: the redirect to HTTPS and
	@# Secure-only cookies. Everything else (HSTS header, security headers, hashed and
	@# compressed static files) stays as in production.
	set -e; \
	export DJANGO_DEBUG=0 DJANGO_SECURE_SSL_REDIRECT=0 DJANGO_SECURE_COOKIES=0; \
	export DJANGO_SECRET_KEY="$${DJANGO_SECRET_KEY:-$$(cat .local-secret-key)}"; \
	export DJANGO_ALLOWED_HOSTS="$${DJANGO_ALLOWED_HOSTS:-127.0.0.1,localhost}"; \
	$(MANAGE) collectstatic --no-input -v 0; \
	$(MANAGE) migrate --no-input -v 0; \
	$(MANAGE) createcachetable; \
	DJANGO_DEMO=1 $(MANAGE) load_demo_content; \
	exec $(VENV)/bin/gunicorn -c gentse_se/gunicorn.conf.py --bind 127.0.0.1:8000 gentse_se.wsgi

lint: install ## ruff (lint and format check) and import-linter (the layers)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache

format: install ## ruff: fix what can be fixed and format
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

check: install ## Django's system checks and the migrations check
	$(DEV) $(MANAGE) check
	$(DEV) $(MANAGE) makemigrations --check --dry-run

test: install assets mo lint check ## Fresh clone → ruff, migrations check, the whole pytest suite
	$(VENV)/bin/pytest $(PYTEST_ARGS)

test-browser: install assets mo ## Only the browser tests (Debian's Chromium)
	$(VENV)/bin/pytest -m browser $(PYTEST_ARGS)

# The production configuration with the demo content (collectstatic, migrate and
# load_demo_content are run by the tool, the last with DJANGO_DEMO=1).
audit: install assets mo ## Lighthouse 12.2.3 (Debian's Chromium) on four pages, production configuration
	$(PY) -m tools.audit

# The speed budgets of docs/performance.md on the bench data (generate_bench_data):
# SQLite (bench.sqlite3), or PostgreSQL when DATABASE_URL is set. With Debian's nginx
# installed it measures nginx as a micro-cache too. BENCH_SECONDS=1 BENCH_SAMPLES=3
# for a quick check that it runs (the figures then mean little).
bench: install assets mo ## Speed budgets, production configuration; writes build/reports/performance-<database>.md
	@command -v wrk >/dev/null || { test "$$(id -u)" = 0 && apt-get install -y -qq wrk >/dev/null || echo "wrk not installed: using the Python load generator"; }
	@command -v nginx >/dev/null || test -x /usr/sbin/nginx || echo "nginx not installed (apt-get install nginx-light): the micro-cache is not measured"
	$(PY) -m tools.bench

backup: install ## Back up the database and media into backups/<date-time>/
	DJANGO_DEBUG=$${DJANGO_DEBUG:-1} $(MANAGE) backup

restore: install ## Restore a backup: make restore BACKUP=backups/<date-time>
	@test -n "$(BACKUP)" || { echo "Say which backup: make restore BACKUP=backups/<date-time>"; exit 2; }
	DJANGO_DEBUG=$${DJANGO_DEBUG:-1} $(MANAGE) restore "$(BACKUP)"

messages: install ## Update the .po files from the code and templates
	$(DEV) $(MANAGE) makemessages -l nl -l en -l fr --no-obsolete --ignore=.venv --ignore=node_modules --ignore=build

clean: ## Remove what the build made (keeps the database and media)
	rm -rf $(VENV) node_modules build staticfiles
	find locale -name '*.mo' -delete
