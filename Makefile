# whimbrel: make install | demo | test | bench | eval | train
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: install demo test test-all bench eval train lock clean

install: $(STAMP)

$(STAMP): pyproject.toml constraints.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade "pip>=24"
	$(PY) -m pip install -q -c constraints.txt -e ".[test,ray]"  # ray: the fast suite runs one small Ray test
	touch $(STAMP)

demo: install
	$(VENV)/bin/whimbrel demo

test: install
	$(PY) -m pytest -q

test-all: install
	$(PY) -m pytest -q -m ""

bench: install
	$(PY) bench/run.py
	$(PY) bench/extraction.py
	$(PY) bench/ingest.py
	$(PY) bench/long_input.py
	$(PY) bench/nothing_lost.py
	$(PY) bench/scale.py
	$(PY) bench/web.py

eval: install
	$(VENV)/bin/whimbrel evaluate ../shared/dev/plover-gsr-cameo.dev.json
	$(VENV)/bin/whimbrel evaluate tests/gold/news

# The learned event model (src/whimbrel/data/event_model): training data from the gold the model may
# learn from (data/train; news sentences are offsets read from ../shared), then a seeded training run.
train: install
	$(PY) tools/build_event_train.py
	$(PY) tools/train_event_model.py

# Regenerate the constraints file from the current venv (pins every transitive dependency).
lock:
	$(PY) -m pip freeze --exclude-editable | grep -v '^-e' > constraints.txt

clean:
	rm -rf $(VENV) build dist src/*.egg-info
