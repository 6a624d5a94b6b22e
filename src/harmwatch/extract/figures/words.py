"""Vocabularies of casualty figures: outcome words, victim groups, non-person units, toll cues."""

from __future__ import annotations

import re

# a word right after the figure's noun phrase ("12 people were killed", "51 dead")
KILLED_AFTER = frozenset(
    "killed dead died die dies slain massacred murdered executed perished lynched suffocated "
    "succumbed deaths death fatalities fatality bodies corpses beheaded assassinated".split()
)
INJURED_AFTER = frozenset(
    "injured wounded hurt injuries injury wounds hospitalized hospitalised maimed".split()
)
# a word right before the figure ("killing at least 82", "wounding 11 others")
KILLED_BEFORE = frozenset(
    "killed killing kills kill massacred massacring massacre slaughtered slaughtering slew slay slays "
    "executed executing murdered murdering murders".split()
)
INJURED_BEFORE = frozenset(
    "wounded wounding wounds wound injured injuring injures injure hurt hurting".split()
)
# "the deaths of 25 children", "the wounding of up to 650 others"
KILLED_OF = frozenset("death deaths body bodies killing killings murder murders lives massacre".split())
INJURED_OF = frozenset("injury injuries wounding wounds".split())
# skipped between the figure's noun phrase and its outcome word ("were reportedly killed")
LINK_WORDS = frozenset(
    "were was have has had been are is be being reportedly reported also all later subsequently "
    "allegedly believed feared thought said confirmed known to may might could initially already "
    "now who that which instantly critically seriously severely lightly slightly badly gravely "
    "mortally fatally either both appeared appear seemed remain remained still".split()
)
# between "were" and "killed" in a distant predicate
PASSIVE_LINKS = frozenset(
    "reportedly also all later subsequently allegedly been being confirmed found pronounced declared".split()
)
# a figure's clause does not run past these
CLAUSE_STOPS = frozenset("that which when after while because it he she they we i".split())
PASSIVE_AUX = frozenset("was were been being be is are get got gets".split())
# outcome verbs that take an object in the active voice ("gunmen killed 5 villagers")
TRANSITIVE = frozenset(
    "killed wounded injured massacred murdered executed hurt assassinated beheaded maimed".split()
)
TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight overnight "
    "morning evening night afternoon last this".split()
)
# nouns after "a"/"an" that are not victims ("a car bomb killed ...", "a statement said")
NOT_VICTIMS = frozenset(
    "bomb blast explosion attack strike airstrike shell missile rocket drone device car vehicle truck "
    "bus statement report spokesman spokeswoman source official number total toll series wave lot "
    "group couple handful week day month year hour minute time result way part area site place".split()
)
# "killed or wounded", "dead and missing": combined counts are not figures
COMBINED_WITH = frozenset(
    "killed dead died wounded injured hurt missing injuring wounding killing casualties disappeared".split()
)
CASUALTY_COMBINERS = frozenset({"or", "and/or", "/", "and"})

# victim groups: word -> group label (GOLD vocabulary where it has one)
GROUPS: dict[str, str] = {}
for _label, _words in {
    "people": "people persons person individuals individual others other more victims victim residents "
    "resident villagers villager worshippers worshipper passengers passenger pilgrims bystanders "
    "members member relatives inhabitants guests mourners shoppers patients patient "
    "refugees refugee migrants displaced protesters protester demonstrators demonstrator students "
    "student workers worker farmers farmer fishermen teachers teacher employees employee staff "
    "prisoners prisoner detainees detainee tribesmen elders adults adult nationals foreigners "
    "internationals hostages hostage",
    "civilians": "civilians civilian noncombatants non-combatants",
    "children": "children child kids kid boys boy girls girl minors minor infants infant babies baby "
    "toddlers toddler schoolchildren teenagers teenager",
    "women": "women woman mothers mother",
    "men": "men man",
    "soldiers": "soldiers soldier troops servicemen serviceman servicemembers personnel army",
    "fighters": "fighters fighter militants militant insurgents insurgent rebels rebel jihadists "
    "jihadist gunmen gunman attackers attacker terrorists terrorist combatants combatant militiamen "
    "militiaman extremists extremist assailants assailant snipers sniper suspects suspect bandits",
    "police": "police policemen policeman officers officer policewomen policewoman cops cop guards "
    "guard gendarmes gendarme",
    "aid workers": "aid humanitarians volunteers volunteer",
    "journalists": "journalists journalist reporters reporter photographers photographer cameraman",
    "medical staff": "doctors doctor nurses nurse paramedics paramedic medics medic",
}.items():
    for _w in _words.split():
        GROUPS[_w] = _label

# a figure followed by one of these counts things, not people
NOT_PEOPLE = frozenset(
    "year years yr yrs month months week weeks day days hour hours minute minutes second seconds am pm "
    "a.m. p.m. times time km kilometres kilometers kilometre kilometer miles mile metres meters metre "
    "meter feet ft percent per % cent dollars dollar euros euro pounds pound million billion trillion "
    "strikes strike airstrikes airstrike raids raid attacks attack rockets rocket missiles missile "
    "shells shell bombs bomb drones drone rounds buildings building homes home houses house villages "
    "village towns town hospitals hospital schools school vehicles vehicle cars car trucks truck "
    "tanks tank tons tonnes ton kg kilograms points point goals goal seats votes countries country "
    "incidents incident cases case locations sites site storeys stories floors floor beds bed "
    "families-displaced hectares acres shekels dinars rupees naira liters litres gallons bullets "
    "projectiles mortars explosions blasts shots arrests arrested displaced homeless missing "
    "degrees points-based times-a-day th st nd rd generations households names heads "
    "tents apartments flats floors shelters mosques churches".split()
)
MONTHS = frozenset(
    "january february march april may june july august september october november december jan feb mar "
    "apr jun jul aug sep sept oct nov dec".split()
)
# "a 12-year-old", "aged 12": ages are not figures
AGE_AFTER_RE = re.compile(r"^\s*(?:-|–)?\s*(?:years?|yrs?|months?|weeks?|days?)\b[\s-]*(?:old|of age)?", re.I)
FRACTION_AFTER_RE = re.compile(r"^\s*-?\s*(?:fifths?|thirds?|quarters?|halves|half|tenths?|fourths?)\b", re.I)
TOLL_NOUNS = frozenset({"toll", "tolls", "tally"})
NUMBER_OF_KILLED = frozenset("dead deaths killed victims fatalities bodies".split())
NUMBER_OF_INJURED = frozenset("injured wounded injuries".split())
# words between a toll noun and its figure ("the death toll has risen to 40")
TOLL_LINKS = frozenset(
    "rose rises risen rising climbed climbs climbing jumped jumps increased increases increasing reached "
    "reaches hit hits passed passes topped tops exceeded exceeds surpassed stood stands stand stood was is "
    "were are has have had been now to at of reach could may might would will be put puts putting "
    "set sets further later since then already also more climb rise grew grow grown gone went soared "
    "soars mounted mounting had officially".split()
)
# "including 20 children", "among them 4 women": a subgroup of the figure before
SUBGROUP_BEFORE = frozenset({"including", "includes", "include", "included", "among", "incl."})
# "Four of them", "two of his students": a part of a figure given before
OF_WHOLE = frozenset("them whom the those these his her their its which".split())
OF_OUTCOME = frozenset("dead killed deceased victims fatalities slain injured wounded".split())
AMONG_AFTER = frozenset({"among", "amongst"})

# single victims: "a man was killed", "killing a policeman"
SINGLE_DETERMINERS = frozenset({"a", "an", "one"})

# "killed a man and his son": one relative each
POSSESSIVES = frozenset({"his", "her", "their"})
KIN = frozenset(
    "son daughter wife husband brother sister father mother child baby infant grandson granddaughter "
    "nephew niece cousin uncle aunt grandfather grandmother fiancee fiance".split()
)
# groups of armed people, kept out of the overall (civilian) toll range
ARMED = frozenset({"fighters", "soldiers", "police"})
