# TimeNet: `make run` starts the whole system on embedded defaults; `make test` runs every test.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-requirements

.PHONY: run test install system-deps lint

install: $(STAMP)

# Re-install only when requirements.txt changes; the stamp records the last good install.
$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --disable-pip-version-check -q -r requirements.txt
	touch $@

system-deps:
	scripts/system-deps.sh

# Foreground; Ctrl-C or SIGTERM stops every process it started (see timenet_site/run.py).
run: $(STAMP)
	$(PY) -m timenet_site.run

# The whole suite on SQLite (the soak for 4 minutes), then the Django suites again on PostgreSQL
# (team profile; the soak for 2 minutes there). docs/trust.md: the 10-minute soak and its cost.
test: $(STAMP) system-deps
	env -u DATABASE_URL -u REDIS_URL $(PY) -m pytest
	env -u REDIS_URL DATABASE_URL=postgres://postgres@127.0.0.1:5432/test TIMENET_SOAK_SECONDS=120 \
	  $(PY) -m pytest tests/tracker tests/labeling tests/security tests/faults tests/e2e

lint: $(STAMP)
	$(PY) -m ruff check .
