"""Trigger forms the tokenizer or the parse splits (session 23, invented sentences)."""
from __future__ import annotations

from conftest import categories as _categories


def test_a_call_up_of_reservists_mobilises_as_calling_them_up_does(code_sentence):
    """The tokenizer splits "call-up" into "call" (a compound) and "up": the noun is MOBILIZE 154 with
    up and a word of a draft, as the verb "called up reservists" is; a call to step up efforts is not."""
    assert "MOBILIZE" in _categories(code_sentence, "Armenia ordered a general call-up of men on Sunday.")
    assert "MOBILIZE" in _categories(code_sentence, "Russia announced a partial call-up of 300,000 reservists.")
    assert "MOBILIZE" not in _categories(code_sentence, "The Kenyan president issued a call to step up efforts "
                                                       "against corruption.")


def test_a_hartal_a_bandh_or_an_enforced_shutdown_is_a_strike(code_sentence):
    """PROTEST strike (manual: the abandonment of work): the South Asian general strikes a party or a
    union enforces or calls; a government's or a factory's shutdown is none."""
    assert "PROTEST" in _categories(code_sentence, "Shops stayed shut across Dhaka on Sunday as the opposition "
                                                   "enforced a 48-hour hartal.")
    assert "PROTEST" in _categories(code_sentence, "Traders observed a bandh in Kolkata on Monday against the new tax.")
    assert "PROTEST" in _categories(code_sentence, "Unions in Nigeria called a nationwide shutdown over fuel prices.")
    assert "PROTEST" not in _categories(code_sentence, "The US government shutdown entered its third week on Monday.")
    assert "PROTEST" not in _categories(code_sentence, "The factory shutdown left 2,000 workers without pay in Ohio.")


def test_a_plea_of_not_guilty_concedes_nothing(code_sentence):
    """triggers/ plead: a guilty plea yields (CONCEDE); "not guilty" or "innocent" admits nothing,
    as "found not guilty" convicts no one."""
    assert "CONCEDE" in _categories(code_sentence, "A former Kenyan minister pleaded guilty to corruption charges "
                                                   "in Nairobi.")
    assert "CONCEDE" not in _categories(code_sentence, "Three Ugandan opposition activists pleaded not guilty to "
                                                       "treason charges in Kampala on Monday.")
    assert "CONCEDE" not in _categories(code_sentence, "The former Peruvian president pleaded innocent to bribery "
                                                       "charges in Lima.")


def test_prisoners_exchanged_are_released_as_swapped_ones_are(code_sentence):
    """Manual (CONCEDE, RETREAT ambiguities): the actual exchange of prisoners is RETREAT (CAMEO 0841),
    not the sharing of information (COOPERATE 064); fire exchanged is still fighting."""
    assert "RETREAT" in _categories(code_sentence, "Russia and Ukraine exchanged 90 prisoners of war on Friday.")
    assert "COOPERATE" not in _categories(code_sentence, "Russia and Ukraine exchanged 90 prisoners of war on Friday.")
    assert "ASSAULT" in _categories(code_sentence, "Israel and Hezbollah exchanged fire across the border on Tuesday.")


def test_computers_breached_or_infiltrated_are_cyber_coercion(code_sentence):
    """The manual's COERCE cyber ("security breaches"): any verb of breaking into a computer, not only
    "break into"; a compromise deal or a breach of a ceasefire is none."""
    assert "COERCE" in _categories(code_sentence, "Chinese hackers breached the email server of the Czech "
                                                  "foreign ministry.")
    assert "COERCE" in _categories(code_sentence, "Russian military hackers infiltrated the computer network of "
                                                  "the Ukrainian power company.")
    assert "COERCE" not in _categories(code_sentence, "The Kenyan parties reached a compromise deal on Monday.")


def test_aid_blocked_is_withheld_a_bill_blocked_is_rejected(code_sentence):
    """COERCE withhold (manual: "withhold food/medical supplies"): blocking aid, fuel or a convoy keeps
    it from people; blocking a bill is a legislature's rejection, blocking a road a protest."""
    assert "COERCE" in _categories(code_sentence, "The Sudanese army blocked aid convoys to Darfur last week.")
    assert "COERCE" in _categories(code_sentence, "Israel blocked humanitarian aid to Gaza on Sunday.")
    assert "COERCE" not in _categories(code_sentence, "The US Senate blocked a spending bill on Tuesday.")


def test_what_slams_into_something_criticises_no_one(code_sentence):
    """triggers/ slam not_next [into]: a missile, a car or a plane slamming into something is an
    impact; "slammed the government" stays ACCUSE disapprove."""
    for text in ("A Russian missile slammed into an apartment block in Dnipro on Saturday.",
                 "A truck slammed into a police checkpoint in Kabul.",
                 "A Ukrainian drone slammed into an oil depot in Russia's Belgorod region."):
        assert "ACCUSE" not in _categories(code_sentence, text), text
    assert "ACCUSE" in _categories(code_sentence, "The Kenyan opposition slammed the government over the new tax.")
