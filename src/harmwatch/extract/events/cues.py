"""Cue words for incident detection and ACLED sub-event types (data only).

Each cue is ``(label, regex, weight, weapon)``: ``label`` is an ACLED sub-event type, or one of
the pseudo-labels below; the regex runs on lower-cased text with word boundaries added around it.
Pseudo-labels:

* ``_violence``: violent words that say nothing of the type ("attack", "killed by gunfire").
* ``~<type>``: weak cues of a type (aircraft, blasts): they choose a type, never make an incident.
* ``_when``: words that date one incident ("on Tuesday", "last night"); reports without them are
  more likely statistics, trials or memorials.
* ``_on_armed``, ``_on_civilians``: who was hit; they decide between an armed clash and an attack.
* ``_casualty``: harm words ("killed", "wounded"); they support an incident, never decide one.
* ``_protest``, ``_sport``, ``_business``, ``_disaster``, ``_accident``, ``_exercise``,
  ``_policy``, ``_trial``, ``_memorial``, ``_statistics``: domains of reports that are not about a
  new violent incident; their cues are in ``events.domains`` and end ``CUES``.
"""

from __future__ import annotations

import re

from harmwatch.extract.actors.names import DEMONYMS
from harmwatch.extract.events.domains import DOMAIN_CUES, PROTESTERS

AIR = "Air/drone strike"
SHELLING = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
SUICIDE = "Suicide bomb"
GRENADE = "Grenade"
CHEMICAL = "Chemical weapon"
ATTACK = "Attack"
CLASH = "Armed clash"
ABDUCTION = "Abduction/forced disappearance"
SEXUAL = "Sexual violence"
LOOTING = "Looting/property destruction"
MOB = "Mob violence"
PROTEST_FORCE = "Excessive force against protesters"

# types named for a weapon or means: they win over the ground types (attack, clash) when clearly cued
MECHANISM_TYPES = (AIR, SHELLING, IED, SUICIDE, GRENADE, CHEMICAL)
SUB_EVENT_TYPES = (
    AIR,
    SHELLING,
    IED,
    SUICIDE,
    GRENADE,
    CHEMICAL,
    ATTACK,
    CLASH,
    ABDUCTION,
    SEXUAL,
    LOOTING,
    MOB,
    PROTEST_FORCE,
)

# who flies strikes: a state (any demonym), a coalition, a regime ("Israeli strikes", "regime raids")
STATE_WORDS = "|".join(
    sorted(
        (re.escape(d.lower()) for d in DEMONYMS if not d.replace(".", "").isupper()), key=len, reverse=True
    )
) + (r"|coalition|regime|government|enemy|occupation|u\.s\.")

# how many were hit: a number, a number word or an article ("killed five people")
COUNT = (
    r"(?:at least |about |around |nearly |some |more than |over )?"
    r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|dozens of) "
)
MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"

# armed parties: a fight without any of them, among rival groups, is mob violence
ARMED_PARTY = re.compile(
    r"\b(?:gunm[ae]n|armed|militants?|soldiers?|troops|army|military|police\w*|forces|rebels?|militias?|"
    r"militiam[ae]n|insurgents?|jihadists?|fighters?|gangs?|gangsters|bandits|assailants|attackers|terrorists?|"
    r"shooters?|gendarm\w*|officers?|guards?|cartel|guns?|firearms?|shot|shooting|gunfire|bullets?|"
    r"snipers?|rifles?)\b"
)


CUES: tuple[tuple[str, str, float, str | None], ...] = (
    # --- suicide bombings
    (
        SUICIDE,
        r"suicide[- ](?:car |truck |lorry |refrigerator truck |vest )?bomb(?:s|ers?|ings?)?",
        6.0,
        "suicide bomb",
    ),
    (SUICIDE, r"suicide (?:attacks?|attackers?|blasts?|bombers?)", 5.0, "suicide bomb"),
    (
        SUICIDE,
        r"blew (?:him|her|them)sel(?:f|ves) up|detonated (?:his|her|their) (?:explosive )?(?:vests?|belts?)",
        6.0,
        "suicide bomb",
    ),
    (SUICIDE, r"(?:explosives?|suicide)[- ](?:vests?|belts?)", 4.0, "suicide vest"),
    # --- chemical weapons
    (
        CHEMICAL,
        r"chemical (?:weapons? )?(?:attacks?|weapons?|agents?|munitions?|strikes?)",
        6.0,
        "chemical agent",
    ),
    (
        CHEMICAL,
        r"sarin|chlorine(?: gas)?|nerve agents?|mustard gas|poison(?:ous)? gas|toxic gas",
        5.0,
        "chemical agent",
    ),
    (CHEMICAL, r"gasping for (?:breath|air)|suffocat(?:ed|ion)|foaming at the mouth", 2.0, None),
    # --- air and drone strikes
    (
        AIR,
        r"air ?strikes?|air[- ]raids?|aerial (?:bombardments?|bombings?|attacks?|strikes?|bombs?)",
        4.0,
        "air strike",
    ),
    (AIR, r"drone (?:strikes?|attacks?|missiles?|bombings?)", 4.0, "drone"),
    ("~" + AIR, r"drones?|uavs?|predators?|reapers?", 2.0, "drone"),
    (
        AIR,
        r"(?:war ?planes?|jets?|aircraft|helicopters?|drones?|bombers) (?:\w+ ){0,3}(?:fired|launched|dropped|"
        r"struck|hit|bombed|targeted|attacked|strafed)",
        5.0,
        "aircraft",
    ),
    (
        "~" + AIR,
        r"war ?planes?|fighter[- ]jets?|jets|bombers|military aircraft|aircraft|helicopter gunships?|"
        r"helicopters?|air force",
        1.5,
        "aircraft",
    ),
    (
        AIR,
        r"(?:coalition|aerial|air force) (?:\w+ )?(?:strikes?|attacks?|raids?)|strikes? (?:on|hit|hits|targeted)",
        2.5,
        "air strike",
    ),
    (AIR, r"barrel[- ]bombs?", 4.0, "barrel bomb"),
    (
        AIR,
        r"(?:dropped|drops|dropping) (?:a |an |the )?(?:\w+[- ]?)?(?:\w+ )?bombs?|bombing raids?|"
        r"guided bombs?|(?:\d+-pound|gbu-\d+) bombs?",
        3.0,
        "bomb",
    ),
    (
        AIR,
        r"(?:"
        + STATE_WORDS
        + r") (?:air ?|aerial |military |war ?plane |jet )?(?:bombings?|strikes?|raids?)",
        3.0,
        "air strike",
    ),
    # --- shelling, artillery, missiles
    (
        SHELLING,
        r"shell(?:ing|ed|s|fire)|artillery|mortars?(?: shells?| rounds?| fire)?|howitzers?",
        3.5,
        "artillery",
    ),
    (
        SHELLING,
        r"rockets?(?: attacks?| fire)?|missiles?(?: strikes?| attacks?)?|cruise missiles?|"
        r"ballistic missiles?|grads|grad (?:rockets?|missiles?|launchers?|systems?)|\(grad\)|mlrs|multiple rocket launchers?|projectiles?",
        3.0,
        "missile",
    ),
    (
        SHELLING,
        r"heavy (?:and medium )?weapons|explosions? involving|tank fire|"
        r"atgms?|rpgs?|anti-tank (?:guided )?(?:missiles?|weapons?)|recoilless (?:rifles?|guns?)",
        3.0,
        "artillery",
    ),
    ("~" + SHELLING, r"bombard(?:ed|ing|ment|ments)", 2.0, "artillery"),
    (
        AIR,
        r"bomb(?:ed|ing) (?:\w+ ){0,3}(?:militants?|targets|positions|bases|hideouts?|camps|strongholds|"
        r"insurgents|rebels|fighters)",
        3.0,
        "bomb",
    ),
    ("~" + AIR, r"bombed", 1.5, "bomb"),
    # --- remote explosives
    (
        IED,
        r"improvised explosive devices?|ieds?|roadside bombs?|landmines?|land mines?|car bombs?|"
        r"explosive devices?|booby[- ]trap(?:ped|s)?|(?:magnetic|sticky|remote[- ]controlled|"
        r"motorcycle|motorbike|parcel|pipe) bombs?|(?:vb|uv|rc|pb)ieds?|remote(?:ly)?[- ](?:controlled |detonated )?"
        r"explosives?(?: attacks?)?|explosive attacks?",
        5.0,
        "improvised explosive device",
    ),
    (
        IED,
        r"(?:bomb|explosive)s? (?:planted|hidden|attached)|planted (?:a |an )?(?:bomb|explosive)s?|"
        r"(?:bomb|mine) (?:exploded|went off|detonated|blast)|hit a (?:land)?mine|struck a (?:land)?mine|"
        r"detonat(?:ed|ing|ions?)|(?:device|explosives?) (?:exploded|went off)|explosions? (?:took place|occurred)",
        4.0,
        "bomb",
    ),
    (IED, r"bomb(?:ings?|s)?", 1.0, "bomb"),
    ("~" + IED, r"blasts?|explosions?|explosives?|exploded", 1.0, "bomb"),
    # --- grenades (not grenade launchers, a weapon of armed clashes)
    (GRENADE, r"(?:hand[- ])?grenades?(?! launcher)", 4.0, "grenade"),
    (GRENADE, r"(?:threw|hurled|lobbed|tossed) (?:a |an )?(?:hand )?(?:grenade|explosive)s?", 3.0, "grenade"),
    # --- abduction, sexual violence
    (
        ABDUCTION,
        r"abduct(?:ed|ion|ions|ing|s)?|kidnapp?(?:ed|ing|ings|ers|s)?|hostages?|"
        r"(?:forced(?:ly)?|forcibly) disappear(?:ed|ance|ances)?|taken captive|held captive",
        5.0,
        None,
    ),
    (
        SEXUAL,
        r"rap(?:e|ed|es|ing)|sexual(?:ly)? (?:assault(?:ed|s)?|violence|abuse(?:d)?|exploitation)|"
        r"gang[- ]rap(?:e|ed)|sexually assaulted",
        5.0,
        None,
    ),
    # --- looting, destruction
    (
        LOOTING,
        r"loot(?:ed|ing|ers|s)?|pillag(?:ed|ing)|ransack(?:ed|ing)?|vandali[sz](?:ed|ing|m)|"
        r"set (?:fire|ablaze) to|(?:torched|burned down|burnt down|razed)|demolish(?:ed|ing)?|"
        r"destroy(?:ed|ing) (?:\w+ ){0,3}(?:property|houses?|homes?|crops|fields|shops?|huts?|shelters?|"
        r"buildings?|vehicles?|cars?|schools?|airstrips?|camps?|labs?|laboratories)|"
        r"arson(?: attacks?)?|set (?:on fire|alight|ablaze)|(?:were|was) set (?:on fire|alight|ablaze)|"
        r"(?:attacked|looted|attacked and burned) and burn(?:ed|t)|burn(?:ed|t) (?:\w+ )?(?:houses?|homes?|"
        r"schools?|shops?|vehicles?|cars?|huts?|crops|fields|villages?)|"
        r"property destruction|uproot(?:ed|ing)|cut down (?:\w+ ){0,3}trees",
        3.0,
        "arson",
    ),
    # seizures and thefts: ACLED codes them as looting (by police too: drugs, boats, land)
    (
        LOOTING,
        r"sto(?:le|len)|steal(?:ing|s)?|rustl(?:ed|ing)|seiz(?:ed|ing|ures?)(?! (?:control|power))|"
        r"confiscat(?:ed|ing|ion)|dismantl(?:ed|ing)",
        2.5,
        None,
    ),
    ("~" + LOOTING, r"material damages?|damag(?:ed|ing)|smash(?:ed|ing)", 2.0, "arson"),
    # --- mob violence
    (
        MOB,
        r"mobs?|lynch(?:ed|ing|ings)?|rioters?|riots?|angry crowds?|vigilantes?|mob justice|"
        r"(?:residents|villagers|youths|crowd) (?:beat|attacked|stoned|lynched|clashed)|"
        r"pelt(?:ed|ing) stones|stone[- ]pelting|threw stones|(?:threw|hurled|pelted) (?:\w+ )?(?:rocks|bricks)|"
        r"molotov(?: cocktails?)?|petrol bombs?|fire ?bombs?|turned violent|fist ?fights?",
        4.0,
        None,
    ),
    # a crowd with no arms: who acts in mob violence (counts only with a violent word)
    (
        "~" + MOB,
        r"(?:a )?group of (?:\w+ ){0,2}(?:people|men|youths|residents|villagers|locals|individuals)|"
        r"community members|(?:land|property|family|border|water|boundary|personal|political) disputes?|"
        r"(?:a |the )?disputes? (?:over|between|with)|"
        r"(?:two|rival) (?:groups|factions|families|communities|villagers)|(?:party )?supporters|"
        r"party members|witchcraft|fight between",
        1.0,
        None,
    ),
    # --- armed clashes
    (
        CLASH,
        r"clash(?:ed|es|ing)?|fighting|fought|battles?|gun ?battles?|firefights?|gunfights?|"
        r"shoot[- ]?outs?|exchanges? of (?:gun)?fire|exchanged fire|skirmish(?:es)?|"
        r"engaged (?:in |with )?(?:the |a |an )?(?:\w+ )?(?:enemy|militants|rebels|insurgents|troops|forces|fighters|"
        r"clash(?:es)?|fighting|battles?|gun ?fights?|fire ?fights?)|"
        r"repel(?:led|s)?|repulsed|thwart(?:ed|s)?|counter-?attack(?:ed|s)?|ambush(?:ed|es)?",
        3.5,
        "firearms",
    ),
    (
        CLASH,
        r"(?:at|on|against) (?:the )?(?:\w+ )?positions|(?:small arms|machine ?guns?|grenade launchers?)|"
        r"fired (?:with )?(?:\w+ )?(?:weapons|guns|ifvs|rifles)|shots involving",
        2.5,
        "firearms",
    ),
    (
        CLASH,
        r"(?:police|security forces|troops|soldiers|army|military) (?:operation|raid)s?|"
        r"(?:operation|raid)s? against (?:drug|gang|traffickers|militants)|"
        r"(?:operation|raid|offensive)s? (?:by|of) (?:the )?(?:[\w-]+ ){0,3}(?:police|forces|troops|army|military|"
        r"soldiers)|captur(?:ed|ing) " + COUNT + r"[\w-]+|(?:returned|responded to) (?:[\w-]+ )?fire",
        2.0,
        "firearms",
    ),
    # --- who was hit decides between a clash (armed on armed) and an attack (on civilians)
    (
        "_on_armed",
        r"(?:attack(?:ed|ing)?|ambush(?:ed|ing)?|target(?:ed|ing)|shot|killed|killing|wound(?:ed|ing)|"
        r"injur(?:ed|ing)|(?:fired|open(?:ed|ing) fire) (?:at|on|against)|clashed with|fought|attacks? on|"
        r"attacks? against) (?!by )(?:[\w']+ ){0,4}(?:soldiers?|rangers?|policewom[ae]n|police(?:men| officers?| stations?|"
        r" forces| agents)?|troops|army|military|forces|positions?|checkpoints?|check points?|gendarmes?|"
        r"gendarmerie|militants?|rebels?|fighters?|patrols?|bases?|outposts?|units?|militia(?:s|men)?|"
        r"insurgents?|jihadists?)|(?:soldiers?|police(?:men)?|troops|officers?|fighters?|militants?|rebels?|"
        r"gendarmes?|militiam[ae]n) (?:[\w']+ ){0,2}(?:were|was) (?:killed|wounded|injured|shot)",
        4.0,
        "firearms",
    ),
    (
        "_on_civilians",
        r"(?:attack(?:ed|ing)?|ambush(?:ed|ing)?|shot|killed|killing|wound(?:ed|ing)|injur(?:ed|ing)|abducted|"
        r"beat(?:ing)?|opened fire on) (?!by )(?:[\w']+ ){0,3}(?:civilians?|villagers?|farmers?|residents?|m[ae]n|"
        r"wom[ae]n|child(?:ren)?|boys?|girls?|famil(?:y|ies)|herders?|pastoralists?|traders?|motorists|"
        r"passengers|worshippers|students|teachers|journalists?|activists?|members of)|"
        r"(?:civilians?|villagers?|farmers?|residents?|m[ae]n|wom[ae]n|child(?:ren)?|boys?|girls?|herders?) "
        r"(?:[\w']+ ){0,2}(?:were|was) (?:killed|wounded|injured|shot|stabbed|hacked)",
        4.0,
        "firearms",
    ),
    (
        ATTACK,
        r"murder(?:ed|s)?|homicides?|assassinat(?:ed|ion)|killings|(?:was|were) (?:shot|stabbed|murdered)|"
        r"bod(?:y|ies) of|found (?:dead|burned|burnt|half burned|with)|dead bod(?:y|ies)",
        3.0,
        "firearms",
    ),
    (
        CLASH,
        r"(?:fire|firing|shots|shooting|shelling) in both directions|in both directions of the (?:front ?line|"
        r"contact line|line of contact)|exchang(?:ed|ing) fire|exchanges? of (?:gun)?fire|exchanged gunfire",
        5.0,
        "firearms",
    ),
    # --- attacks on civilians by gunmen or ground forces
    (
        ATTACK,
        r"gunm[ae]n|armed (?:men|assailants|attackers|bandits)|assailants|attackers|bandits|"
        r"militiam[ae]n|hoodlums",
        3.0,
        "gunmen",
    ),
    (
        ATTACK,
        r"open(?:ed|ing) fire|shot (?:dead|and killed|and wounded|and injured|at)|gunned down|shot|shooting|"
        r"gunfire|gunshots?|sprayed bullets",
        2.5,
        "gunfire",
    ),
    (
        ATTACK,
        r"massacre(?:d|s)?|slaughter(?:ed)?|stabb(?:ed|ing)|hack(?:ed)? to death|machetes?|knives|"
        r"behead(?:ed|ing)|executed|summary executions?|beat(?:en)? to death|burn(?:ed|t) alive|"
        r"killed (?:" + COUNT + r")?(?:civilians?|villagers?|farmers?|residents?|m[ae]n|wom[ae]n)",
        3.0,
        "firearms",
    ),
    (ATTACK, r"(?:stormed|raided|invaded) (?:a |an |the )?\w+", 2.0, None),
    # an armed party that kills or wounds: violence whoever the victims (they decide attack or clash);
    # only the party is matched, the verb and its object stay free for the cues of who was hit
    (
        "_violence",
        r"(?:militants?|fighters|forces|soldiers|troops|police|rebels|militias|assailants|attackers|insurgents|"
        r"jihadists|operations?)(?= (?:\S+ ){0,2}(?:killed|shot|wounded|injured|left (?:\w+ ){1,4}dead))",
        2.0,
        None,
    ),
    (
        ATTACK,
        r"beat(?:en)? up|beat|(?:severely|badly|brutally|savagely) beaten|beaten (?:and|with|in the)|assaulted|found dead|tortur(?:e|ed)|whipp(?:ed|ing)|flogg(?:ed|ing)|"
        r"(?:bod(?:y|ies)|corpses?|head|remains|m[ae]n|wom[ae]n) (?:was|were) (?:found|discovered|dumped)|"
        r"(?:firearm|bullet|gunshot|stab) (?:wounds?|injuries)|hacked|rubber(?:-coated)? bullets?|"
        r"(?:threw|thrown|hurled) (?:a |an |some )?(?:rock|stone|brick|liquid|acid|chemical|bottle)s? "
        r"(?:at|against|on|into)|acid attacks?",
        2.5,
        None,
    ),
    # --- excessive force against protesters (a protest word must be in the same sentence)
    (
        PROTEST_FORCE,
        r"(?:fired|firing|open(?:ed|ing) fire|shoot|shot|shooting) (?:live (?:ammunition|rounds|bullets) )?"
        r"(?:at|on|into) (?:the )?(?:peaceful |unarmed )?"
        + PROTESTERS
        + r"|(?:crack(?:ed)? ?down|crackdown|dispers(?:e|ed|ing)) (?:on |of |against )?(?:the )?(?:\w+ )?"
        + PROTESTERS
        + r"|live (?:ammunition|rounds|bullets)|tear ?gas",
        4.0,
        "live ammunition",
    ),
    # --- generic violence words (support an incident, do not choose a type)
    # harm done by a named party ("wounded by soldiers", "injured by traders"), and forced evictions
    (
        "_violence",
        r"(?:killed|wounded|injured|beaten|attacked|assaulted) by (?:\w+ ){0,3}(?:forces|troops|soldiers|police\w*|"
        r"militants|gunm[ae]n|rebels|militia\w*|fighters|insurgents|attackers|assailants|bandits|mobs?|crowds?|"
        r"residents|villagers|traders|youths|guards|settlers|(?:unknown|unidentified|armed) (?:men|persons|people))|"
        r"forced (?:\w+ ){0,3}(?:out of|from) (?:their|his|her) (?:homes?|houses?|lands?|villages?)|"
        r"forcibly (?:evicted|displaced|removed|expelled)",
        2.0,
        None,
    ),
    (
        "_violence",
        r"attack(?:ed|s|ing)?|assault(?:ed|s)?|strikes?|struck|bomb(?:ed|ing)|targeted|"
        r"hit|killed by|died in|destroyed|violence|armed",
        1.0,
        None,
    ),
    (
        "_when",
        r"(?:on |early |late |last )?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?: morning| night| evening)?|"
        r"yesterday|overnight|last night|this morning|tonight|(?:on|around|reported on) (?:\d{1,2}(?:st|nd|rd|th)? "
        + MONTH
        + r"|"
        + MONTH
        + r" \d{1,2}(?:st|nd|rd|th)?)",
        1.0,
        None,
    ),
    (
        "_casualty",
        r"killed|killing|kills|dead|died|deaths?|wounded|injur(?:ed|ies|ing)|casualties|"
        r"death toll|fatalit(?:y|ies)|civilians|bodies",
        1.0,
        None,
    ),
) + DOMAIN_CUES
