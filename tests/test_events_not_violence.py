"""Words of violence used of courts, markets and matches (session 23, invented sentences): a legal
or bidding battle, beating rivals to a contract, a side of a match at play. The same words of
armed forces keep their ASSAULT."""
from __future__ import annotations

from conftest import categories as _categories


def test_a_battle_in_court_or_for_a_company_is_no_fighting(code_sentence):
    for text in ("A former teacher has won a legal battle against a private school in Leeds.",
                 "The Zambian miner won a bidding war for the copper project, beating two rivals.",
                 "The Kenyan bank is locked in a takeover battle with a Nigerian lender."):
        assert "ASSAULT" not in _categories(code_sentence, text), text
    for text in ("Ukrainian troops won a fierce battle for the town of Vuhledar.",
                 "Government forces battled rebels near Goma on Sunday.",
                 "Police beat protesters in Harare on Monday."):
        assert "ASSAULT" in _categories(code_sentence, text), text
