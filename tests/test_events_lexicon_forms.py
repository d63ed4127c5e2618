"""Trigger forms the tokenizer or the parse splits (session 23, invented sentences)."""
from __future__ import annotations


def _categories(code_sentence, text):
    return [e.category for e in code_sentence(text).events]


def test_a_call_up_of_reservists_mobilises_as_calling_them_up_does(code_sentence):
    """The tokenizer splits "call-up" into "call" (a compound) and "up": the noun is MOBILIZE 154 with
    up and a word of a draft, as the verb "called up reservists" is; a call to step up efforts is not."""
    assert "MOBILIZE" in _categories(code_sentence, "Armenia ordered a general call-up of men on Sunday.")
    assert "MOBILIZE" in _categories(code_sentence, "Russia announced a partial call-up of 300,000 reservists.")
    assert "MOBILIZE" not in _categories(code_sentence, "The Kenyan president issued a call to step up efforts "
                                                       "against corruption.")
