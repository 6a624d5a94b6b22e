"""The perpetrator, its country and kind, and how the report attributes the act."""

from __future__ import annotations

import pytest

from harmwatch.extract.actors.perpetrator import find_mentions, find_perpetrator


@pytest.mark.parametrize(
    ("text", "name", "country", "kind"),
    [
        (
            "Russian air strikes hit a market in the town of Ardel on Monday, killing 40 people.",
            "Russia",
            "RU",
            "state",
        ),
        (
            "An air strike by the Saudi-led coalition hit a funeral hall in the capital on Saturday, "
            "killing 50 mourners.",
            "Saudi-led coalition",
            "SA",
            "state",
        ),
        (
            "Israeli forces opened fire on a car near the crossing on Friday, killing two men.",
            "Israel",
            "IL",
            "state",
        ),
        (
            "An IDF strike destroyed a house in the camp overnight, killing six people.",
            "Israel",
            "IL",
            "state",
        ),
        (
            "Al-Shabab fighters stormed a hotel in the port city on Sunday and killed 12 guests.",
            "al-Shabab",
            None,
            "non_state",
        ),
        (
            "Houthi rebels fired a missile at a residential district on Tuesday, killing three people.",
            "Houthis",
            None,
            "non_state",
        ),
        (
            "The Rapid Support Forces attacked the village of Umkar on Monday, killing 25 civilians.",
            "Rapid Support Forces",
            None,
            "non_state",
        ),
        (
            "Gunmen attacked a bus on the highway on Thursday, killing nine passengers.",
            "gunmen",
            None,
            "non_state",
        ),
    ],
)
def test_named_perpetrators(make_ctx, text, name, country, kind):
    perp = find_perpetrator(make_ctx(text))
    assert (perp.name, perp.country, perp.kind) == (name, country, kind)
    assert perp.span is not None
    assert text[perp.span.start : perp.span.end] == perp.text


def test_generic_state_forces_take_the_reports_country(make_ctx):
    text = (
        "Sudanese activists said the army bombed a market in the south of the city on Sunday, "
        "killing 31 people. The army did not comment on the strike."
    )
    perp = find_perpetrator(make_ctx(text))
    assert (perp.country, perp.kind) == ("SD", "state")


def test_claim_of_responsibility(make_ctx):
    text = (
        "A car bomb exploded outside a police station on Monday, killing eight people. "
        "The Islamic State group claimed responsibility for the attack in a statement."
    )
    perp = find_perpetrator(make_ctx(text))
    assert (perp.name, perp.kind, perp.attribution) == ("Islamic State", "non_state", "claimed")


def test_accused_actor_is_alleged(make_ctx):
    text = (
        "Witnesses accused Syrian government forces of shelling the hospital on Tuesday, killing five people."
    )
    perp = find_perpetrator(make_ctx(text))
    assert (perp.country, perp.attribution) == ("SY", "alleged")


def test_passive_voice_without_actor_is_unknown(make_ctx):
    text = "Five people were killed when a bomb went off in a crowded street on Friday, officials said."
    perp = find_perpetrator(make_ctx(text))
    assert (perp.name, perp.country, perp.kind, perp.span) == ("unknown", None, "unknown", None)


def test_country_named_as_a_place_is_not_the_actor(make_ctx):
    text = "A bomb in Yemen killed six people at a checkpoint on Monday, officials said."
    perp = find_perpetrator(make_ctx(text))
    assert perp.name == "unknown"


def test_a_state_force_without_its_country_is_the_country_the_report_names_most():
    # names and demonyms both count ("Kenya", "Kenyan"); a country named once is outnumbered
    text = "Police fired on a march in Kenya, and a Ghanaian reporter said Kenya had denied it; Kenyan officials were silent."
    assert [(m.name, m.key) for m in find_mentions(text)] == [("police", ("state", "KE"))]
    [m] = find_mentions("The army shelled the town on Monday.")
    assert (m.key, m.country) == (("gstate", "army"), None)


def test_onlookers_and_investigators_of_an_unclaimed_attack_are_no_perpetrator(make_ctx):
    text = (
        "Ruritanian soldiers look on outside the church of Saint Ives after the blast.\n"
        "A bomb tore through the church during the morning service on Sunday, killing 40 people. "
        "Police suspect the device was hidden under a bench. No group has claimed responsibility "
        "for the attack."
    )
    perp = find_perpetrator(make_ctx(text))
    assert perp.name == "unknown"


def test_an_unclaimed_attack_keeps_an_actor_the_report_makes_its_agent(make_ctx):
    text = (
        "Gunmen stormed a village in the north on Monday, killing 12 people, officials said. "
        "No group has claimed responsibility for the attack."
    )
    perp = find_perpetrator(make_ctx(text))
    assert (perp.name, perp.kind) == ("gunmen", "non_state")


def test_a_spokesman_of_one_party_names_another_as_the_attacker(make_ctx):
    text = (
        "Spokesman of Saudi-led coalition: Houthi militias shelled a hospital in the port city\n"
        "The spokesman of the Saudi-led coalition said on Friday that Houthi militias targeted the "
        "hospital with mortar shells, killing 20 people."
    )
    perp = find_perpetrator(make_ctx(text))
    assert perp.name == "Houthis"


def test_the_force_fired_on_is_a_target(make_ctx):
    text = (
        "On 2 May, rebel fighters of the Free Hills Front fired with heavy weapons on the positions "
        "of the military forces of Chad near the border town of Abu."
    )
    perp = find_perpetrator(make_ctx(text))
    assert perp.country != "TD"


def test_a_group_name_written_in_another_case(make_ctx):
    text = "On 6 May, Al shabaab militants shot and killed two soldiers at a checkpoint near the town."
    perp = find_perpetrator(make_ctx(text))
    assert perp.name == "al-Shabab"


def test_forces_named_before_their_country(make_ctx):
    text = "On 1 May, military forces of India shelled a village across the line, killing two people."
    perp = find_perpetrator(make_ctx(text))
    assert (perp.country, perp.kind) == ("IN", "state")


def test_blaming_the_attack_on_a_party_makes_it_the_perpetrator(make_ctx):
    text = (
        "Russian jets were seen over the city on Monday night.\n"
        "Airstrikes destroyed a clinic in the old town overnight, killing 14 people. "
        "The opposition negotiator blamed the attack on Syrian government forces."
    )
    perp = find_perpetrator(make_ctx(text))
    assert perp.country == "SY"


@pytest.mark.parametrize(
    "text",
    [
        "Attackers threw a grenade into a bar in the capital's eastern district on Saturday night, "
        "wounding nine people.",
        "A suicide bomber blew himself up in a bus station on Monday, killing seven people. No group "
        "has claimed the attack.",
        "Two suicide bombers detonated explosives in a crowded square on Friday, killing 11 people. "
        "It was not clear who had sent them.",
    ],
)
def test_the_doer_named_only_by_the_act_is_no_party(make_ctx, text):
    assert find_perpetrator(make_ctx(text)).name == "unknown"


def test_a_force_named_as_an_ally_did_not_act(make_ctx):
    text = (
        "Members of a militia allied to Chad's army killed 14 herders in the village of Mato on "
        "Sunday, survivors said. The militiamen burned the herders' tents."
    )
    perp = find_perpetrator(make_ctx(text))
    assert (perp.kind, perp.country) == ("non_state", None)


def test_the_group_the_attackers_belong_to_is_the_perpetrator(make_ctx):
    text = (
        "Gunmen on motorcycles killed nine worshippers at a mosque near Tera on Friday. The gunmen are "
        "believed to belong to the Islamic State Sahel Province, a local official said."
    )
    assert find_perpetrator(make_ctx(text)).name == "Islamic State"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Separatist fighters killed four farmers in their fields near the town on Saturday, "
            "officials said.",
            "separatist fighters",
        ),
        (
            "Militants hurled a grenade at a police patrol in a busy market on Sunday, wounding eight "
            "shoppers, police said.",
            "militants",
        ),
    ],
)
def test_generic_attackers_who_threw_or_killed(make_ctx, text, name):
    assert find_perpetrator(make_ctx(text)).name == name


def test_a_headline_victim_is_no_perpetrator(make_ctx):
    title = "Four vigilantes killed in ambush near Dikwa"
    text = (
        title + "\n\nGunmen ambushed a patrol of the local vigilante force on the road to Dikwa on "
        "Saturday, killing four of its members, a commander said."
    )
    assert find_perpetrator(make_ctx(text, title=title)).name != "vigilantes"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen on motorbikes killed a teacher and two pupils outside a school in the village of "
        "Tindara on Tuesday. Several groups linked to al-Qaeda operate in the region.",
        "A bomb tore through a bus station in the town of Kelvora on Monday, killing five travellers. "
        "Jihadists affiliated with al-Qaeda have been active around the town for years.",
    ],
)
def test_a_group_named_as_a_sponsor_did_not_act(make_ctx, text):
    assert find_perpetrator(make_ctx(text)).name != "al-Qaeda"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Abu Sayyaf gunmen, who have pledged allegiance to Islamic State, beheaded two fishermen "
            "on an island off Sulu province on Thursday, the military said.",
            "Abu Sayyaf",
        ),
        (
            "Fighters of the Oromo Liberation Army (OLA) stopped a minibus in the West Arsi zone on "
            "Sunday and shot dead seven passengers, officials said.",
            "Oromo Liberation Army",
        ),
        (
            "Factions of the Syrian National Army shelled the outskirts of Manbij on Friday, "
            "killing three farmers, a monitor said.",
            "Syrian National Army",
        ),
    ],
)
def test_armed_groups_of_the_broad_list(make_ctx, text, name):
    assert find_perpetrator(make_ctx(text)).name == name
