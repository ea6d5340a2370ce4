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

run: $(STAMP)
	$(PY) -m timenet_site.run

test: $(STAMP) system-deps
	$(PY) -m pytest

lint: $(STAMP)
	$(PY) -m ruff check .
