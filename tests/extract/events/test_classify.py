"""Incident or not, and the ACLED sub-event type, on sentences written for these tests."""

from __future__ import annotations

import pytest

from harmwatch.extract.events.classify import classify


@pytest.mark.parametrize(
    ("text", "sub_type", "weapon"),
    [
        (
            "Warplanes carried out an air strike on a crowded market in the town of Dalvar on Monday, "
            "killing at least 30 civilians, residents said.",
            "Air/drone strike",
            "air strike",
        ),
        (
            "Artillery shelling hit the eastern district of Morvel overnight, killing four people and "
            "wounding nine, local officials said on Tuesday.",
            "Shelling/artillery/missile attack",
            "artillery",
        ),
        (
            "A suicide bomber blew himself up at a checkpoint outside the city on Friday, killing 12 people.",
            "Suicide bomb",
            "suicide bomb",
        ),
        (
            "A roadside bomb struck a minibus near the village of Tarek on Sunday, killing seven passengers.",
            "Remote explosive/landmine/IED",
            "improvised explosive device",
        ),
        (
            "Gunmen stormed the village of Kaveri on Saturday night and shot dead 14 villagers, "
            "survivors said.",
            "Attack",
            "gunmen",
        ),
        (
            "On 4 March 2021, rebel fighters clashed with army soldiers near Oruma. Two soldiers were killed.",
            "Armed clash",
            "firearms",
        ),
        (
            "Armed men abducted 25 students from a boarding school in the north on Wednesday, police said.",
            "Abduction/forced disappearance",
            None,
        ),
        (
            "Security forces opened fire on protesters at the sit-in on Monday, killing at least 11 people, "
            "doctors said.",
            "Excessive force against protesters",
            "gunfire",
        ),
        (
            "A suspected chemical attack with chlorine gas killed 20 people in the besieged town on Saturday.",
            "Chemical weapon",
            "chemical agent",
        ),
        (
            "An angry mob lynched a man accused of theft in the market town on Thursday, police said.",
            "Mob violence",
            None,
        ),
    ],
)
def test_incidents_get_their_type(make_ctx, text, sub_type, weapon):
    kind = classify(make_ctx(text))
    assert kind.is_incident is True
    assert kind.background is False
    assert kind.sub_event_type == sub_type
    assert kind.weapon == weapon


def test_span_points_at_the_deciding_words(make_ctx):
    text = "An air strike hit a wedding party in the village on Monday, killing 20 people."
    kind = classify(make_ctx(text))
    assert kind.span is not None
    assert text[kind.span.start : kind.span.end] == "air strike"


@pytest.mark.parametrize(
    "text",
    [
        # sport written in the words of war
        "The visitors launched attack after attack and crushed the home team 6-0 in the league match on "
        "Saturday. The striker scored twice before half-time as the coach watched his players clash.",
        # a natural disaster with a death toll
        "The death toll from the magnitude 6.8 earthquake rose to 140 on Tuesday as rescuers searched "
        "the rubble of collapsed buildings for survivors.",
        # an accident
        "A bus crash on the mountain road killed 18 passengers on Sunday after the vehicle collided with "
        "a truck, police said. The accident is under investigation.",
        # a military exercise
        "Troops fired artillery and tanks rolled across the plain as the joint military exercise began on "
        "Monday, with drills to last two weeks.",
        # a peaceful protest in ACLED's words
        "On 3 May 2020, in Santa Lucia, teachers held a protest in front of the town hall, demanding the "
        "payment of their salaries.",
        # a policy debate
        "The senate voted on the defence spending bill on Friday after lawmakers agreed on the arms deal "
        "and new sanctions.",
    ],
)
def test_non_incidents(make_ctx, text):
    kind = classify(make_ctx(text))
    assert kind.is_incident is False
    assert kind.sub_event_type is None


def test_trial_of_a_past_massacre_is_background(make_ctx):
    text = (
        "Two former militia leaders pleaded not guilty on Tuesday as their trial opened at the "
        "international criminal court. Prosecutors say their fighters massacred villagers and attacked "
        "civilians in 2014."
    )
    kind = classify(make_ctx(text))
    assert (kind.is_incident, kind.background) == (True, True)


def test_empty_text_is_no_incident(make_ctx):
    kind = classify(make_ctx(""))
    assert (kind.is_incident, kind.sub_event_type, kind.span) == (False, None, None)


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # one violent act, no casualty figure: a short note is still an incident
        (
            "On 12 March 2021, unknown men attacked and burned a primary school in the village of Keru.",
            "Looting/property destruction",
        ),
        (
            "On 4 June 2021, the army bombed rebel positions near the town of Salvo. No casualties were reported.",
            "Air/drone strike",
        ),
        (
            "On 9 July 2021, state police dismantled a cocaine lab in the Orvel district and arrested two men.",
            "Looting/property destruction",
        ),
        (
            "On 2 August 2021, youths threw molotov cocktails at a police van in Tarin. Nobody was hurt.",
            "Mob violence",
        ),
        (
            "On 18 September 2021, the remains of a man were found beside a rural road near Corvan. 1 fatality.",
            "Attack",
        ),
        (
            "On 3 October 2021, a delivery van was set alight by a group of residents in Melto after a dispute.",
            "Mob violence",
        ),
        (
            "On 11 November 2021, settlers uprooted about 60 olive trees on farmland near the village of Qarn.",
            "Looting/property destruction",
        ),
        (
            "On 12 November 2021, an armed group stole 30 goats from herders near Bida.",
            "Looting/property destruction",
        ),
        ("On 14 March 2021, a man threw acid at a nurse walking home in Dorsa.", "Attack"),
        (
            "On 15 March 2021, two journalists were severely beaten by guards outside the ministry in Pello.",
            "Attack",
        ),
        (
            "On 16 March 2021, rebels detonated an explosive device on the road to Marsa. Nobody was hurt.",
            "Remote explosive/landmine/IED",
        ),
        (
            "On 17 March 2021, insurgents forcibly disappeared a teacher in the district of Vanu.",
            "Abduction/forced disappearance",
        ),
        ("On 1st May 2021, forces captured two rebels near Sarn.", "Armed clash"),
        # tear gas with no protest near it is violence, not force against protesters
        (
            "On 13 November 2021, soldiers fired tear gas at farmers trying to reach their fields near Qarn.",
            "Attack",
        ),
        # an armed party that kills: who was killed decides between an attack and a clash
        ("On 5 November 2021, suspected militants killed four people in the hamlet of Dunai.", "Attack"),
        (
            "On 6 November 2021, government forces killed six rebels during an operation near Kassa.",
            "Armed clash",
        ),
        # property is the type only when no one was hurt
        (
            "On 7 November 2021, gunmen shot dead a night guard and burned two shops in the market of Yelwa.",
            "Attack",
        ),
        (
            "On 2 May 2021, rebels fired Grad rockets at the town of Pesky.",
            "Shelling/artillery/missile attack",
        ),
        # harm done by a named party
        ("On 9 June 2021, a herder was wounded by soldiers near the village of Ulo.", "Attack"),
        # the damage a weapon did names the weapon's type, not property destruction
        (
            "On 9 June 2021, an air strike destroyed the house of a teacher in Basra camp. Neighbouring homes "
            "were damaged.",
            "Air/drone strike",
        ),
        # force against protesters, whether the protest word comes before or after the shooting
        (
            "Protesters demanding jobs were shot by police in Leva on Monday.",
            "Excessive force against protesters",
        ),
    ],
)
def test_short_notes_of_one_violent_act(make_ctx, text, sub_type):
    kind = classify(make_ctx(text))
    assert (kind.is_incident, kind.background, kind.sub_event_type) == (True, False, sub_type)


@pytest.mark.parametrize(
    "text",
    [
        # violence named as the cause of a protest
        "On 8 November 2021, traders staged a sit-in outside the town hall of Pelso to demand justice for a "
        "vendor who was beaten by unknown men last month.",
        "On 9 November 2021, residents of Farra protested against the killing of a farmer by bandits.",
        "On 14 November 2021, farmers demonstrated in Urla after floodwater destroyed their crops.",
        # a protest the report calls peaceful, whatever it is about
        "On 2 May 2021, about 200 villagers held a peaceful protest in Dalo against plans to bury the bodies "
        "of virus victims near their homes.",
        # a place named Grad is no rocket
        "On 2 May 2021, residents of Novi Grad held a meeting against a new road.",
        # a road blocked "in both directions" is no exchange of fire
        "On 10 November 2021, protesters angry at fuel prices blocked the coastal highway in both directions.",
        # workers "engaged in" a trade are not engaged in battle
        "On 9 May 2021, contract workers engaged in road building staged a protest in Hanta, demanding their "
        "unpaid wages.",
    ],
)
def test_protests_about_violence_are_not_incidents(make_ctx, text):
    kind = classify(make_ctx(text))
    assert (kind.is_incident, kind.sub_event_type) == (False, None)


def test_one_violent_word_in_a_long_report_is_no_incident(make_ctx):
    filler = (
        "Members of the finance committee said the budget for the coming year would cover schools, roads "
        "and clinics, and that the figures would be published before the summer recess. "
    )
    text = "The committee attacked the plan on Monday. " + filler * 4
    assert len(text) > 600
    assert classify(make_ctx(text)).is_incident is False
    # the same sentence alone is a brief about an attack
    assert classify(make_ctx("Gunmen attacked the plant on Monday.")).is_incident is True


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # a fight among unarmed rivals is mob violence; with an armed party it stays a clash
        (
            "On 5 June 2021, two rival families clashed with sticks over a land dispute in Hama village. "
            "Three people were injured.",
            "Mob violence",
        ),
        (
            "On 5 June 2021, rebels clashed with soldiers over a land dispute in Hama village. "
            "Three people were injured.",
            "Armed clash",
        ),
    ],
)
def test_who_fights_decides_mob_or_clash(make_ctx, text, sub_type):
    assert classify(make_ctx(text)).sub_event_type == sub_type


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # fire opened on an armed target is a clash, on passengers an attack
        (
            "On 3 June 2021, men on motorbikes opened fire at a police station in Varo. Nobody was hurt.",
            "Armed clash",
        ),
        ("On 3 June 2021, gunmen opened fire at a bus in Varo, killing two passengers.", "Attack"),
        # civilians killed where two armed parties fired at each other: still a clash
        (
            "On 3 June 2021, border troops of two states exchanged fire near Kelda, in which two civilians were "
            "killed.",
            "Armed clash",
        ),
    ],
)
def test_who_was_fired_at_decides_attack_or_clash(make_ctx, text, sub_type):
    assert classify(make_ctx(text)).sub_event_type == sub_type


@pytest.mark.parametrize(
    "text",
    [
        # harm without an attacker in a disaster or an accident report counts for that domain
        "Torrential rain triggered flooding across the delta on Saturday, destroying 300 homes and killing "
        "at least 26 villagers, the relief agency said.",
        "Rescue teams recovered the bodies of nine miners on Monday after a landslide buried their camp.",
        "A minibus and a lorry collided on the coastal road on Friday, killing 14 passengers, police said.",
        "Three soldiers were killed when their truck overturned on a mountain pass on Thursday, the army said.",
        # weapons fired in a drill that hurt no one
        "Warships fired cruise missiles and artillery at floating targets on Wednesday as the annual naval "
        "exercises began off the southern coast.",
    ],
)
def test_harm_without_an_attacker_is_no_incident(make_ctx, text):
    kind = classify(make_ctx(text))
    assert (kind.is_incident, kind.sub_event_type) == (False, None)


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # an attacker named: the accident or disaster words do not explain the harm
        (
            "Gunmen shot at a minibus on the highway on Friday, killing four passengers; the vehicle crashed "
            "into a wall, police said.",
            "Attack",
        ),
        (
            "An air strike flattened a house in the village of Omra on Tuesday, killing eight people, and "
            "rescuers dug through the rubble for survivors.",
            "Air/drone strike",
        ),
    ],
)
def test_harm_with_an_attacker_stays_an_incident(make_ctx, text, sub_type):
    kind = classify(make_ctx(text))
    assert (kind.is_incident, kind.background, kind.sub_event_type) == (True, False, sub_type)


@pytest.mark.parametrize(
    "text",
    [
        "Relatives laid wreaths on Monday at the square where the 1999 bombing of a bus killed 31 people.",
        "Ten years after the massacre at the mine, a monument to the 34 workers shot there was unveiled on "
        "Friday.",
    ],
)
def test_violence_dated_years_back_is_no_new_incident(make_ctx, text):
    kind = classify(make_ctx(text))
    assert not kind.is_incident or kind.background


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # a drone that fires a missile is an air strike, not a missile attack from the ground
        (
            "An armed drone fired a missile at a pickup truck near Sirte on Monday, killing two men.",
            "Air/drone strike",
        ),
        ("Kamikaze drones struck a fuel depot on the edge of the city overnight.", "Air/drone strike"),
        # armed parties trading fire fight each other
        (
            "Police and armed poachers traded fire in the game reserve on Sunday; two poachers died.",
            "Armed clash",
        ),
    ],
)
def test_drones_and_traded_fire(make_ctx, text, sub_type):
    assert classify(make_ctx(text)).sub_event_type == sub_type


def test_an_armed_party_that_attacks_outweighs_a_context_year(make_ctx):
    text = (
        "Insurgents attacked a market town in the east on Saturday, killing 13 people, officials said. "
        "The province has suffered from the insurgency since 2015."
    )
    kind = classify(make_ctx(text))
    assert (kind.is_incident, kind.background, kind.sub_event_type) == (True, False, "Attack")


@pytest.mark.parametrize(
    "text",
    [
        # a harm word whose clause names an armed agent after it is a violent act, though rescuers
        # search for people trapped under the rubble (an accident word)
        "On Sunday evening two brothers were reportedly killed and three other civilians injured in an "
        "alleged strike carried out by the army on their family's farmhouse outside Dawra. Neighbours "
        "searched the rubble for anyone still trapped. The killing of the brothers was confirmed by a "
        "cousin.",
        "Four farmers were killed on Tuesday when their hut was hit by militia fighters near the river, "
        "and a fifth man remained trapped under the debris, a local chief said.",
    ],
)
def test_harm_with_an_armed_agent_after_it_stays_an_incident(make_ctx, text):
    kind = classify(make_ctx(text))
    assert kind.is_incident and not kind.background


@pytest.mark.parametrize(
    "text",
    [
        # a vehicle of an armed force is no attacker: the collision stays an accident
        "A schoolboy was killed on Monday when he was hit by a military truck that lost control on the "
        "coast road, police said; two passers-by were trapped under the vehicle.",
    ],
)
def test_a_vehicle_of_an_armed_force_is_no_armed_agent(make_ctx, text):
    kind = classify(make_ctx(text))
    assert not kind.is_incident


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # an ambush names no target by itself: on a bus of travellers it is an attack on civilians
        (
            "Gunmen ambushed a passenger bus on the road to Korvan on Thursday, killing 11 travellers "
            "and wounding six, officials said.",
            "Attack",
        ),
        (
            "Armed men ambushed a convoy of aid trucks north of Selma on Monday and killed two drivers.",
            "Attack",
        ),
        # ...and on a patrol of soldiers it is a clash
        (
            "Insurgents ambushed an army patrol near Dorvo on Tuesday, and soldiers fought back for two "
            "hours. Four soldiers were killed.",
            "Armed clash",
        ),
        (
            "Fighters of the movement ambushed pro-government forces in the hills on Sunday, killing "
            "an officer and wounding three others.",
            "Armed clash",
        ),
        (
            "Several security personnel were killed when insurgents attacked a supply convoy near the "
            "city on Friday.",
            "Armed clash",
        ),
        # "and" joins two verbs of one act: "shot and killed two soldiers" hit soldiers
        ("On 3 May 2021, a rebel sniper shot and killed two soldiers near the base.", "Armed clash"),
        # "killed as militants ...": the armed party starts a new clause, it is not who was killed
        (
            "Nine villagers killed as militants raid a farming hamlet\n\nMilitants raided the hamlet of "
            "Tevo on Sunday, shooting farmers in their fields, residents said.",
            "Attack",
        ),
    ],
)
def test_who_was_ambushed_or_killed_decides_attack_or_clash(make_ctx, text, sub_type):
    assert classify(make_ctx(text)).sub_event_type == sub_type


def test_troops_firing_on_people_who_were_protesting_is_force_against_protesters(make_ctx):
    text = (
        "Soldiers opened fire on villagers protesting against the closure of a market in the town of "
        "Ravel on Monday, killing six people, witnesses said."
    )
    assert classify(make_ctx(text)).sub_event_type == "Excessive force against protesters"


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # no one hurt: the looting is the type though attackers are named
        (
            "Armed youths looted and burned the cattle market of Tamar on Friday, destroying 80 stalls. "
            "No casualties were reported, the county commissioner said. The attackers fled.",
            "Looting/property destruction",
        ),
        # no one hurt, but the raiders were fought off: armed parties clashed
        (
            "On 2 May 2021, militants attacked the village of Nado and burned down 30 huts before "
            "being repelled by the army in a gun battle. No casualties were reported.",
            "Armed clash",
        ),
        # people hurt: the attackers' violence is the type
        (
            "Attackers looted and burned the cattle market of Tamar on Friday and shot dead three traders, "
            "the county commissioner said.",
            "Attack",
        ),
    ],
)
def test_property_is_the_type_only_where_no_one_was_hurt(make_ctx, text, sub_type):
    assert classify(make_ctx(text)).sub_event_type == sub_type


def test_a_device_that_did_not_go_off_names_no_weapon(make_ctx):
    text = (
        "Gunmen opened fire on worshippers at a church in Lero on Sunday, killing eight people, police "
        "said. Soldiers later found an unexploded bomb near the gate and defused two explosive devices."
    )
    assert classify(make_ctx(text)).sub_event_type == "Attack"
