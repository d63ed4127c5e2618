"""The vocabulary and tables in src/whimbrel/data: a YAML mapping that names a key twice keeps only
the last value, silently (a second trigger entry for one lemma would hide the first), so no data file
may repeat a key."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "whimbrel" / "data"


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader that refuses a mapping naming one key twice."""


def _mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            raise ValueError(f"key {key!r} repeated at line {key_node.start_mark.line + 1}")
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)


@pytest.mark.parametrize("path", sorted(DATA.rglob("*.yaml")), ids=lambda p: str(p.relative_to(DATA)))
def test_no_data_file_repeats_a_key(path):
    yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)


def test_the_strict_loader_catches_a_repeat():
    with pytest.raises(ValueError, match="repeated"):
        yaml.load("verb:\n  block: 1\n  block: 2\n", Loader=_StrictLoader)


def test_trigger_word_classes_expand_and_an_unknown_class_is_an_error(monkeypatch):
    """A `with:` list's "@class" is replaced by the class's words (data/events/word_classes.yaml), so
    every entry about arms or relief takes the same words; a misspelt class stops the load."""
    from whimbrel.errors import WhimbrelError
    from whimbrel.events import lexicon

    deliver = [e for e in lexicon.entries()[("deliver", "verb")] if e.cameo == "072"][0]
    assert {"tank", "drone", "howitzer"} <= set(deliver.with_)
    assert not any(w.startswith("@") for es in lexicon.entries().values() for e in es for w in e.with_ + e.without)
    assert lexicon._expand(["@money", "support"])[-1] == "support"
    with pytest.raises(WhimbrelError, match="unknown word class @weapon"):
        lexicon._expand(["@weapon"])


def test_no_trigger_entry_names_its_own_lemma_as_a_condition():
    """A trigger's own lemma is always in its phrase: as a `with:` word it would make the condition
    hold for every use of the trigger ("grant" in the money words made any grant economic aid)."""
    from whimbrel.events import lexicon

    own = [(lemma, e.category) for (lemma, _), es in lexicon.entries().items() for e in es
           if lemma in e.with_ or lemma in e.without]
    assert not own


def test_each_trigger_file_holds_its_own_category_alone(monkeypatch):
    """data/events/triggers/ is one file per category, read in the manual's order (the order the
    entries of one lemma are tried in); a category's block pasted into another file stops the load."""
    from whimbrel import data
    from whimbrel.errors import WhimbrelError
    from whimbrel.events import lexicon

    assert [cat for cat, _ in lexicon._trigger_tables()] == list(lexicon.CATEGORIES)
    real = data.load_yaml

    def misplaced(name):
        table = real(name)
        return {**table, "ASSAULT": {}} if name.endswith("/agree.yaml") else table

    monkeypatch.setattr(data, "load_yaml", misplaced)
    with pytest.raises(WhimbrelError, match="agree.yaml.*not AGREE alone"):
        list(lexicon._trigger_tables())
