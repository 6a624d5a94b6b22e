"""The role an actor's mention plays in its sentence, read from the dependency parse."""

from __future__ import annotations

import pytest

from harmwatch.extract.actors.frames import role_of


def _role(make_ctx, text: str, name: str):
    ctx = make_ctx(text)
    start = text.index(name)
    return role_of(ctx.doc, start, start + len(name))


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Militia fighters shelled the village of Orlo on Monday.", "Militia fighters", "agent"),
        ("The market was shelled by the Rapid Support Forces on Monday.", "Rapid Support Forces", "agent"),
        ("A Houthi attack hit the port of Varsa on Friday.", "Houthi", "agent"),
        ("The Taliban carried out three raids on police posts overnight.", "Taliban", "agent"),
        ("The governor blamed al-Shabab for the bombing of the hotel.", "al-Shabab", "blamed"),
        ("The minister blamed the bombing on the Islamic State.", "Islamic State", "blamed"),
        ("Police accused Boko Haram of burning the school.", "Boko Haram", "blamed"),
        ("Boko Haram claimed responsibility for the bombing in a video.", "Boko Haram", "blamed"),
        ("The army said it struck a weapons depot in the town.", "army", "blamed"),
        ("Police suspect the device was planted overnight.", "Police", "speaker"),
        ("Investigators suspected separatists of planting the mine.", "suspected separatists", "blamed"),
        ("Soldiers look on as rescuers search the rubble of the church.", "Soldiers", "speaker"),
        ("Gunmen fired on the positions of the Malian army near the border.", "Malian army", "target"),
        ("The rebels launched an attack on Russian troops near the river.", "Russian troops", "target"),
        ("A spokesman of the Arab coalition spoke to reporters in Varsa.", "Arab coalition", "describer"),
        ("Hamas officials gave a death toll of twelve.", "Hamas", "describer"),
        ("Three people died in a blast in Nigeria on Sunday.", "Nigeria", "place"),
    ],
)
def test_roles(make_ctx, text, name, role):
    assert _role(make_ctx, text, name) == role


def test_a_hypothetical_attacker_is_no_agent(make_ctx):
    text = "Officials warned that militant groups may be planning further attacks on churches."
    assert _role(make_ctx, text, "militant groups") is None


def test_members_of_a_group_are_its_agents(make_ctx):
    text = "Armed Boko Haram members burned a school near the market of Kelori on Sunday."
    assert _role(make_ctx, text, "Boko Haram") == "agent"
