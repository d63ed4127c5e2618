"""News-body wording of material events (session 23, invented sentences): arson by "set fire
to", mob lynchings, police posts raided by armed groups, and sports "storming" to a win."""
from __future__ import annotations

from conftest import categories as _categories


def test_arson_set_fire_ablaze_alight_is_assault(code_sentence):
    for text in ("Armed herders set fire to houses in a village in Nigeria's Benue state.",
                 "Gunmen set ablaze a mosque in Pakistan's Sindh province on Friday.",
                 "Militants set two buses alight near Kenya's border with Somalia."):
        assert "ASSAULT" in _categories(code_sentence, text), text


def test_tyres_or_effigies_set_on_fire_are_protest(code_sentence):
    for text in ("Demonstrators set fire to an effigy of the Bangladeshi home minister in Dhaka's Paltan area.",
                 "Angry youths in Nigeria's Lagos set tyres ablaze to protest fuel prices."):
        cats = _categories(code_sentence, text)
        assert "PROTEST" in cats and "ASSAULT" not in cats, text


def test_set_fire_in_a_figurative_sense_is_no_event(code_sentence):
    for text in ("The Ghanaian winger set the stadium alight with two late goals.",
                 "Nigeria's new levy on bank transfers set social media on fire this week."):
        assert "ASSAULT" not in _categories(code_sentence, text), text


def test_lynched_is_a_killing(code_sentence):
    for text in ("A mob lynched a suspected thief in Nigeria's Ogun state, police said.",
                 "Villagers lynched two men accused of witchcraft in Kenya's Kisii county."):
        assert "ASSAULT" in _categories(code_sentence, text), text


def test_a_police_post_raided_by_an_armed_group_is_attacked(code_sentence):
    for text in ("Maoist rebels raided a police outpost in India's Jharkhand state overnight.",
                 "Armed men raided a police checkpoint in Pakistan's Balochistan province."):
        assert "ASSAULT" in _categories(code_sentence, text), text


def test_storming_to_a_sports_win_is_no_attack(code_sentence):
    for text in ("Nigeria stormed to a 3-0 victory over Ghana in Abuja.",
                 "Pakistan's openers stormed into a big lead against India.",
                 "Kenya's Faith Kipyegon stormed to gold in the 1500 metres."):
        assert "ASSAULT" not in _categories(code_sentence, text), text
    assert "ASSAULT" in _categories(code_sentence, "Gunmen stormed a hotel in Somalia's capital Mogadishu.")


def test_rioters_setting_buildings_ablaze_riot(code_sentence):
    cats = _categories(code_sentence, "Rioters set shops ablaze in Kenya's Kisumu after the election result.")
    assert "PROTEST" in cats and "ASSAULT" not in cats


def test_evictions_by_authorities_are_coerce(code_sentence):
    for text in ("Kenyan police evicted hundreds of squatters from a forest reserve in Nakuru county.",
                 "Indian officials evicted dozens of families from riverside land in Assam.",
                 "The forced eviction of street traders by Nigerian officials in Abuja drew criticism."):
        assert "COERCE" in _categories(code_sentence, text), text
    assert "COERCE" not in _categories(code_sentence, "A Nairobi landlord evicted a tenant over unpaid rent in Kenya.")


def test_internet_suspended_is_a_shutdown_not_a_concession(code_sentence):
    for text in ("Pakistani authorities suspended mobile internet in Karachi ahead of the opposition rally.",
                 "Bangladeshi authorities suspended mobile data nationwide as protests spread."):
        cats = _categories(code_sentence, text)
        assert "COERCE" in cats and "CONCEDE" not in cats, text


def test_arms_and_warplanes_stationed_are_mobilized(code_sentence):
    for text in ("Azerbaijan stationed tanks near the Armenian border, Armenian officials said.",
                 "Russia stationed fighter jets in Belarus, Ukrainian intelligence said."):
        assert "MOBILIZE" in _categories(code_sentence, text), text


def test_price_or_tax_hikes_withdrawn_or_reversed_are_concessions(code_sentence):
    for text in ("Peru's government withdrew the fuel price hike after a week of road blockades.",
                 "Malawi's government reversed the electricity tariff increase after protests in Lilongwe.",
                 "Sierra Leone's government reversed the ban on opposition rallies on Friday."):
        cats = _categories(code_sentence, text)
        assert "CONCEDE" in cats and "RETREAT" not in cats, text


def test_withdrawn_from_circulation_or_a_competition_is_no_retreat(code_sentence):
    for text in ("Ghana's central bank withdrew the old cedi notes from circulation.",
                 "The Ugandan runner withdrew from the championship with an injury."):
        assert "RETREAT" not in _categories(code_sentence, text), text


def test_captive_aid_workers_released_are_a_retreat_not_aid(code_sentence):
    text = "Al-Shabaab militants released three Kenyan aid workers they had abducted near Dadaab."
    cats = _categories(code_sentence, text)
    assert "RETREAT" in cats and "AID" not in cats


def test_bodies_or_prisoners_handed_over_are_released(code_sentence):
    for text in ("Russia handed over the bodies of 40 Ukrainian soldiers, Ukrainian officials said.",
                 "Azerbaijan handed over five Armenian prisoners at the border on Tuesday."):
        assert "RETREAT" in _categories(code_sentence, text), text


def test_fighter_jets_scrambled_are_mobilized(code_sentence):
    for text in ("Taiwan scrambled fighter jets as Chinese warplanes approached the island.",
                 "South Korea scrambled fighter aircraft after Russian bombers entered its air zone."):
        assert "MOBILIZE" in _categories(code_sentence, text), text
    assert "MOBILIZE" not in _categories(code_sentence, "Kenyan rescuers scrambled to reach survivors of the landslide.")


def test_fire_traded_bombs_hurled_or_dropped_bullets_sprayed_throats_slit(code_sentence):
    for text in ("Indian and Pakistani troops traded fire across the Line of Control on Monday.",
                 "Militants hurled a bomb at a police van in Pakistan's Peshawar.",
                 "Gunmen sprayed bullets at worshippers outside a church in Nigeria's Ondo state.",
                 "Syrian army helicopters dropped barrel bombs on rebel-held villages near Hama.",
                 "Jihadists slit the throats of five herders in Niger's Tillaberi region."):
        assert "ASSAULT" in _categories(code_sentence, text), text
    for text in ("India and Pakistan traded barbs at the United Nations in New York.",
                 "Farmers in Kenya sprayed pesticide on their crops to fight locusts."):
        assert "ASSAULT" not in _categories(code_sentence, text), text


def test_forces_put_on_combat_readiness_are_mobilized(code_sentence):
    text = "Serbia put its army on the highest level of combat readiness near the Kosovo border."
    assert "MOBILIZE" in _categories(code_sentence, text)


def test_a_grant_of_millions_is_aid(code_sentence):
    text = "The African Development Bank approved a 100 million dollar grant for Somalia."
    assert "AID" in _categories(code_sentence, text)


def test_shooting_a_film_a_video_or_a_proposal_down_is_no_attack(code_sentence):
    """"music" is no guard: people are shot at festivals and concerts (a music video shot is left to
    the actor rules; an attack missed costs a user more than a video coded)."""
    for text in ("The Nigerian director shot a film about the civil war in Enugu last year.",
                 "India's cabinet shot down the proposal to raise fuel prices."):
        assert "ASSAULT" not in _categories(code_sentence, text), text
    for text in ("Police shot two protesters in Kenya's Kisumu on Tuesday.",
                 "Police shot two men dead at the scene in Kenya's Kisumu, video footage showed.",
                 "Gunmen shot dead twelve people at a music festival in southern Israel on Saturday.",
                 "Police shot two protesters during a music concert in Kinshasa."):
        assert "ASSAULT" in _categories(code_sentence, text), text


def test_live_fire_drills_held_are_no_ceasefire(code_sentence):
    cats = _categories(code_sentence, "North Korea held live-fire artillery drills near the South Korean border.")
    assert "MOBILIZE" in cats and "RETREAT" not in cats


def test_troops_amassed_are_mobilized(code_sentence):
    for text in ("Belarus amassed troops and tanks on its border with Ukraine.",
                 "Azerbaijan amassed forces near Nagorno-Karabakh, Armenia said."):
        assert "MOBILIZE" in _categories(code_sentence, text), text


def test_strike_and_sit_in_words_of_african_and_south_asian_press(code_sentence):
    for text in ("Dock workers in Nigeria's Lagos began an industrial action on Monday over unpaid wages.",
                 "Kenyan nurses laid down their tools on Wednesday to push for better pay.",
                 "Opposition workers staged a dharna outside the election commission office in Pakistan's Lahore."):
        assert "PROTEST" in _categories(code_sentence, text), text
    assert "PROTEST" not in _categories(code_sentence, "Kenyan trade unions took no action on the matter in Nairobi.")


def test_clamped_down_is_a_crackdown(code_sentence):
    assert "COERCE" in _categories(code_sentence, "Zimbabwe's government clamped down on dissent ahead of the election.")


def test_relief_dispatched_or_aid_earmarked_is_aid(code_sentence):
    for text in ("India dispatched a medical team and relief supplies to Myanmar after the quake.",
                 "The European Union earmarked 100 million euros in humanitarian assistance for Sudan."):
        assert "AID" in _categories(code_sentence, text), text
    assert "AID" not in _categories(code_sentence, "Kenya's budget allocated 10 billion shillings to road construction.")


def test_captives_set_free_are_released(code_sentence):
    text = "Kidnappers set free a Chinese engineer abducted in Nigeria's Kogi state."
    cats = _categories(code_sentence, text)
    assert "RETREAT" in cats


def test_martyred_soldiers_and_pummelled_positions_are_attacks(code_sentence):
    for text in ("Three Pakistani soldiers were martyred when terrorists attacked a checkpost in Bannu.",
                 "Ukrainian artillery pummelled Russian positions along the front near Robotyne."):
        assert "ASSAULT" in _categories(code_sentence, text), text
    for text in ("Australia pummelled Pakistan by 360 runs in the first Test in Perth.",
                 "The Pakistani boxer pummelled his rival in the third round in Karachi."):
        assert "ASSAULT" not in _categories(code_sentence, text), text


def test_armed_men_neutralised_are_killed(code_sentence):
    for text in ("Nigerian troops neutralised 15 bandits in a clearance operation in Zamfara state.",
                 "Pakistani security forces neutralized four terrorists in an operation in Khyber."):
        assert "ASSAULT" in _categories(code_sentence, text), text
    text = "The Pakistani goalkeeper neutralised the threat from the Indian forwards in Lahore."
    assert "ASSAULT" not in _categories(code_sentence, text)


def test_presence_or_deployment_beefed_up_is_mobilization(code_sentence):
    for text in ("Pakistan's army beefed up its presence along the Afghan border.",
                 "India beefed up its deployment along the Line of Actual Control with two more divisions."):
        assert "MOBILIZE" in _categories(code_sentence, text), text
    assert "MOBILIZE" not in _categories(code_sentence, "The Kenyan bank beefed up its capital base in Nairobi.")
