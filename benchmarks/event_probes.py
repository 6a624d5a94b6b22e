"""Probe families for English incident detection and ACLED sub-event types.

Usage: PYTHONPATH=src python benchmarks/event_probes.py [-v]

Short reports and leads written for this benchmark (invented places and people, common news
wording of each ACLED sub-event type as GOLD.md defines it) in families: attacks on villages by
non-state armed groups, abductions with killings, ground clashes, roadside bombs and landmines,
suicide bombings, drone and air strikes, shelling, mob violence, and reports of no new incident
(disasters, accidents, trials and anniversaries of old attacks, exercises, sport). It prints the
pass rate of each family as measured; ``-v`` lists the probes that fail with what was found.
A negative probe passes when the report gets no event or only a ``background`` one.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict

NEG = None  # expected: no new incident

AIR = "Air/drone strike"
SHELL = "Shelling/artillery/missile attack"
IED = "Remote explosive/landmine/IED"
SUICIDE = "Suicide bomb"
ATTACK = "Attack"
CLASH = "Armed clash"
ABDUCT = "Abduction/forced disappearance"
MOB = "Mob violence"

# (family, expected type or NEG, title or None, text)
PROBES: tuple[tuple[str, str | None, str | None, str], ...] = (
    # --- non-state armed groups attacking villages: Attack
    (
        "village_attack",
        ATTACK,
        "Gunmen kill 23 in raid on farming village",
        "Gunmen on motorcycles stormed the village of Karadu in the north-west late on Sunday, killing at "
        "least 23 villagers and torching homes, local officials said on Monday. Residents said the attackers "
        "went from house to house.",
    ),
    (
        "village_attack",
        ATTACK,
        None,
        "Suspected jihadists killed 14 civilians in an attack on a village in the east of the country, the "
        "regional governor said on Wednesday. The assailants arrived at dawn and opened fire on people at the "
        "market.",
    ),
    (
        "village_attack",
        ATTACK,
        "Bandits kill 30 in fresh attack",
        "Armed bandits killed 30 people in an overnight raid on Tungan Wada, a community in the north, police "
        "said. The bandits also rustled cattle and set several houses ablaze before fleeing into the forest.",
    ),
    (
        "village_attack",
        ATTACK,
        None,
        "Militants attacked a displacement camp near the town of Melo on Friday night, killing 11 people, "
        "including women and children, a local official told reporters. The region has been hit by an "
        "insurgency since 2017, and the army has struggled to protect civilians.",
    ),
    (
        "village_attack",
        ATTACK,
        "Militia raid leaves dozens dead",
        "A militia attacked three villages in the province on Thursday, hacking residents with machetes and "
        "shooting those who tried to flee. At least 42 bodies had been recovered by Friday, a civil society "
        "leader said.",
    ),
    (
        "village_attack",
        ATTACK,
        None,
        "Insurgents killed nine farmers working in their fields near the village of Dala on Tuesday, the army "
        "said. The attackers cut the throats of some of the victims, a survivor said.",
    ),
    (
        "village_attack",
        ATTACK,
        "Herders' village attacked",
        "Unknown armed men attacked a settlement of herders near Bantu on Saturday, killing 17 people and "
        "burning homes, according to a local chief. Clashes between farmers and herders over land have "
        "claimed hundreds of lives in the region.",
    ),
    (
        "village_attack",
        ATTACK,
        None,
        "At least 35 civilians were killed when gunmen attacked a village in the tri-border area on Monday, "
        "the government said, blaming armed groups linked to al-Qaeda. It was the deadliest attack in the "
        "country this year.",
    ),
    (
        "village_attack",
        ATTACK,
        "Rebels massacre villagers",
        "Rebel fighters massacred at least 20 villagers in the district of Kiro overnight, a rights group "
        "said. Witnesses said the rebels rounded up men in the main square and shot them.",
    ),
    (
        "village_attack",
        ATTACK,
        None,
        "Terrorists killed a village chief and six members of his family in an attack on their home in "
        "Sokal on Wednesday night, the state police spokesman said. The gunmen escaped before security "
        "forces arrived.",
    ),
    (
        "village_attack",
        ATTACK,
        "Worshippers shot dead in mosque attack",
        "Gunmen opened fire on worshippers during evening prayers at a mosque in the village of Fadama on "
        "Friday, killing 18 people, residents said. No group has claimed responsibility.",
    ),
    (
        "village_attack",
        ATTACK,
        None,
        "Armed men killed 12 passengers after stopping their bus on the highway near Gerin on Sunday, a "
        "transport union official said. The attackers separated the men from the women before shooting "
        "them.",
    ),
    (
        "village_attack",
        ATTACK,
        "Attack on church kills 15",
        "Assailants attacked a church during Sunday mass in the village of Tanwa, killing 15 worshippers, "
        "including the priest, the diocese said. The army said it was hunting the attackers.",
    ),
    (
        "village_attack",
        ATTACK,
        None,
        "Al-Shabaab fighters stormed a village in the south of the country on Tuesday and executed five "
        "elders they accused of spying, residents said.",
    ),
    # --- abductions with killings: Attack; abductions alone: Abduction
    (
        "abduction",
        ATTACK,
        "Gunmen kill 9, abduct dozens",
        "Gunmen killed nine people and abducted more than 40 others in an attack on the village of Rafi on "
        "Saturday, a local government chairman said. The attackers shot villagers who tried to resist.",
    ),
    (
        "abduction",
        ATTACK,
        None,
        "Bandits killed 15 residents and kidnapped at least 20 women during a raid on a community in the "
        "north-west, police said on Monday. The kidnappers have not yet contacted the families.",
    ),
    (
        "abduction",
        ATTACK,
        None,
        "Militants shot dead 11 villagers and took 30 others hostage in an overnight attack near the border, "
        "the regional governor said. Security forces were deployed to search for the hostages.",
    ),
    (
        "abduction",
        ABDUCT,
        "Students kidnapped from school",
        "Gunmen abducted 80 students from a boarding school in the town of Kebu early on Friday, police "
        "said. The kidnappers escaped into a forest with the children, and a rescue operation is under way.",
    ),
    (
        "abduction",
        ABDUCT,
        None,
        "Armed men kidnapped a Catholic priest and two parishioners on the road to Onda on Tuesday, the "
        "diocese said, appealing for their release.",
    ),
    (
        "abduction",
        ABDUCT,
        None,
        "Insurgents abducted 25 farmers working on their land near the village of Moro on Wednesday, a "
        "militia leader said. Relatives said the kidnappers had demanded a ransom.",
    ),
    (
        "abduction",
        ATTACK,
        "Attack on village: 20 dead, many missing",
        "Attackers killed at least 20 people in a village in the north on Sunday, and several women were "
        "abducted, residents said. The attackers also burned the market.",
    ),
    (
        "abduction",
        ATTACK,
        None,
        "About 40 people were kidnapped in the neighbouring district last week. On Monday, gunmen attacked "
        "the village of Zango, killing 25 residents and wounding many others, the police spokesman said.",
    ),
    (
        "village_attack",
        ATTACK,
        None,
        "Gunmen opened fire on a bus on the highway near Sarki on Friday, killing six passengers, police said. "
        "The bus crashed into a ditch after the driver was hit.",
    ),
    # --- ground clashes: Armed clash
    (
        "clash",
        CLASH,
        "Soldiers, militants killed in clashes",
        "Fierce fighting between the army and insurgents near the town of Gao Wen killed 12 soldiers and "
        "about 30 militants on Thursday, the defence ministry said.",
    ),
    (
        "clash",
        CLASH,
        None,
        "Rebels attacked an army base in the east of the country on Monday, sparking a gun battle that "
        "lasted several hours, the military said. Seven soldiers and 15 rebels were killed.",
    ),
    (
        "clash",
        CLASH,
        None,
        "Two rival armed groups clashed for control of the town of Birao on Saturday, leaving at least 18 "
        "fighters dead, a UN source said.",
    ),
    (
        "clash",
        CLASH,
        "Militants ambush army convoy",
        "Militants ambushed a military convoy on the road between Kaya and Dori on Tuesday, killing 10 "
        "soldiers, the army said. The troops returned fire and killed several assailants.",
    ),
    (
        "clash",
        CLASH,
        None,
        "Police officers exchanged fire with gang members in the northern district for several hours on "
        "Wednesday. Four suspected gang members and a police officer were killed, the police said.",
    ),
    (
        "clash",
        CLASH,
        None,
        "Jihadists attacked a police post in the town of Sebba on Sunday night, killing five police officers, "
        "the security ministry said. Reinforcements repelled the attackers.",
    ),
    (
        "clash",
        CLASH,
        "Troops repel attack on base",
        "Troops repelled an attack by insurgents on their base in the north-east on Friday, killing 22 of the "
        "attackers, an army spokesman said. Three soldiers were wounded in the firefight.",
    ),
    (
        "clash",
        CLASH,
        None,
        "Heavy fighting broke out between government forces and the rebel army in the state capital on "
        "Saturday, with both sides using tanks and machine guns, residents said. Dozens of fighters were "
        "killed.",
    ),
    (
        "clash",
        CLASH,
        None,
        "Gunmen attacked a military checkpoint near Damba on Thursday, killing four soldiers, officials said. "
        "The army said its troops had killed 11 of the attackers in the ensuing battle.",
    ),
    (
        "clash",
        CLASH,
        "Border guards and smugglers trade fire",
        "Border guards and armed smugglers traded fire on the frontier overnight, leaving two guards and "
        "three smugglers dead, the interior ministry said.",
    ),
    (
        "clash",
        CLASH,
        None,
        "Militants killed seven soldiers in an ambush on a patrol near the border on Sunday, and troops killed "
        "five of the attackers in the gun battle that followed, the army said.",
    ),
    # --- roadside bombs, landmines, IEDs
    (
        "ied",
        IED,
        "Roadside bomb kills 8",
        "A roadside bomb hit a minibus carrying wedding guests in the south of the country on Sunday, killing "
        "eight people, including three children, police said.",
    ),
    (
        "ied",
        IED,
        None,
        "Four soldiers were killed when their vehicle struck a landmine near the village of Tessit on "
        "Wednesday, the army said.",
    ),
    (
        "ied",
        IED,
        None,
        "An improvised explosive device planted on a motorcycle exploded near a crowded market in the city on "
        "Monday, killing six people and wounding 20, officials said.",
    ),
    (
        "ied",
        IED,
        "Blast at bus station",
        "A bomb went off at the main bus station of Kuna on Thursday morning, killing at least 11 people, "
        "police said. No one has claimed the attack.",
    ),
    (
        "ied",
        IED,
        None,
        "Three children were killed and two wounded when a landmine left over from the war exploded as they "
        "were herding goats near the village of Harbi on Saturday, a local official said.",
    ),
    (
        "ied",
        IED,
        None,
        "A car bomb exploded outside a police station in the capital on Tuesday, killing 9 people, including "
        "four police officers, the interior ministry said.",
    ),
    (
        "ied",
        IED,
        "Explosive device kills farmers",
        "Five farmers were killed on Friday when an explosive device detonated under their cart on a dirt road "
        "outside Mandi, the governor's office said, blaming insurgents who plant mines on the roads.",
    ),
    (
        "ied",
        IED,
        None,
        "A magnetic bomb attached to a government car exploded in the city on Sunday, killing the deputy "
        "governor and his driver, a police spokesman said.",
    ),
    (
        "ied",
        IED,
        None,
        "A remote-controlled bomb targeted a military patrol on the outskirts of the city on Monday, killing "
        "three soldiers, the army said. Insurgents frequently use such devices on roads.",
    ),
    (
        "ied",
        IED,
        "Explosion at market kills 14",
        "An explosion ripped through a crowded market in the town of Kama on Saturday, killing 14 people. "
        "Police said a bomb had been hidden in a bag left near a fruit stall.",
    ),
    # --- suicide bombings
    (
        "suicide",
        SUICIDE,
        "Suicide bomber kills 20 at mosque",
        "A suicide bomber blew himself up inside a mosque during Friday prayers in the north-west, killing at "
        "least 20 worshippers, officials said.",
    ),
    (
        "suicide",
        SUICIDE,
        None,
        "At least 16 people were killed when a suicide car bomb struck an army checkpoint at the entrance of "
        "the city on Monday, security officials said.",
    ),
    (
        "suicide",
        SUICIDE,
        None,
        "Two female suicide bombers detonated their explosives at a crowded market in the town of Kondu on "
        "Sunday, killing 12 people, an emergency official said.",
    ),
    (
        "suicide",
        SUICIDE,
        "Blast at wedding kills 30",
        "A bomber detonated an explosive vest at a wedding party in the west of the city late on Saturday, "
        "killing at least 30 guests, police said. The group claimed the suicide attack on Sunday.",
    ),
    (
        "suicide",
        SUICIDE,
        None,
        "A suicide attacker rammed an explosives-laden truck into the gate of a military base on Tuesday, "
        "killing eight soldiers, the defence ministry said.",
    ),
    (
        "suicide",
        SUICIDE,
        None,
        "A teenage girl strapped with explosives blew herself up near a mosque in the town on Wednesday, "
        "killing five people, a militia leader said. Insurgents have often used children as suicide bombers.",
    ),
    (
        "suicide",
        SUICIDE,
        "Twin suicide blasts hit city",
        "Twin suicide blasts tore through a busy shopping street on Thursday, killing 27 people and wounding "
        "dozens, the health ministry said. A roadside bomb had killed two people in the same city a week "
        "earlier.",
    ),
    (
        "suicide",
        SUICIDE,
        None,
        "The bombing at the rally on Sunday, which killed 40 people, was carried out by a suicide bomber who "
        "mingled with the crowd before detonating his vest, police said on Monday.",
    ),
    # --- drone and air strikes
    (
        "air",
        AIR,
        "Drone strike kills 6 at wedding",
        "A drone strike hit a wedding convoy in the province on Saturday, killing six civilians, relatives of "
        "the victims said.",
    ),
    (
        "air",
        AIR,
        None,
        "A military drone struck a market in the village of Talta on Monday, killing at least 17 people, "
        "witnesses said. The army said it had targeted rebel fighters.",
    ),
    (
        "air",
        AIR,
        None,
        "An armed drone fired a missile at a car in the north of the region on Tuesday, killing three men "
        "whom the army described as militants. Residents said the dead were farmers.",
    ),
    (
        "air",
        AIR,
        "Air strike on school kills children",
        "Warplanes bombed a school in the rebel-held town of Hassa on Wednesday, killing 12 children and a "
        "teacher, a monitoring group said.",
    ),
    (
        "air",
        AIR,
        None,
        "Military jets struck a camp for displaced people near the border on Thursday, killing 15 people, "
        "aid workers said. The air force said it had targeted weapons depots.",
    ),
    (
        "air",
        AIR,
        None,
        "Kamikaze drones hit residential buildings in the city overnight, killing four people and damaging "
        "power lines, the regional governor said.",
    ),
    (
        "air",
        AIR,
        "Helicopter gunship fires on villagers",
        "A helicopter gunship fired on villagers gathered at a well near Kutum on Sunday, killing nine "
        "people, witnesses said.",
    ),
    (
        "air",
        AIR,
        None,
        "Drones dropped explosives on a crowded bus station in the town of Ambo on Friday, killing at least "
        "20 civilians, a hospital official said.",
    ),
    (
        "air",
        AIR,
        None,
        "An air strike hit a residential building in the town of Marra on Monday, killing 11 people, and "
        "rescuers pulled bodies from the rubble through the night, the civil defence said.",
    ),
    # --- shelling, artillery, missiles
    (
        "shelling",
        SHELL,
        "Shelling kills 5 in frontline town",
        "Artillery shells hit a residential neighbourhood of the frontline town on Monday, killing five "
        "civilians, the regional administration said.",
    ),
    (
        "shelling",
        SHELL,
        None,
        "A missile struck an apartment block in the city early on Tuesday, killing at least 14 people, "
        "emergency services said, as rescuers searched the rubble.",
    ),
    (
        "shelling",
        SHELL,
        None,
        "Mortar rounds fell on a crowded market in the old city on Saturday, killing seven people, a "
        "hospital source said. Government forces and rebels blamed each other.",
    ),
    (
        "shelling",
        SHELL,
        "Rocket attack on camp",
        "Rockets fired from across the border hit a camp for displaced people on Wednesday, killing six "
        "people and wounding 20, officials said.",
    ),
    (
        "shelling",
        SHELL,
        None,
        "Troops shelled the rebel-held district for a second day on Sunday, killing at least nine civilians, "
        "a local doctor said.",
    ),
    (
        "shelling",
        SHELL,
        None,
        "A ballistic missile hit the railway station as passengers waited for an evacuation train on Friday, "
        "killing 50 people, officials said.",
    ),
    (
        "shelling",
        SHELL,
        "Heavy shelling hits hospital",
        "The city's main hospital was hit by shellfire on Thursday, killing two patients and a nurse, the "
        "health ministry said, accusing rebels of indiscriminate shelling.",
    ),
    (
        "shelling",
        SHELL,
        None,
        "Forces fired multiple rocket launchers at the outskirts of the town overnight, killing four "
        "civilians and destroying houses, residents said.",
    ),
    # --- mob violence
    (
        "mob",
        MOB,
        "Mob lynches suspected thief",
        "A mob beat a man to death in the market of Kalo on Tuesday after accusing him of stealing a phone, "
        "police said.",
    ),
    (
        "mob",
        MOB,
        None,
        "Rioters torched shops and attacked residents in the town on Saturday after a dispute between two "
        "communities, leaving three people dead, police said.",
    ),
    (
        "mob",
        MOB,
        None,
        "An angry crowd stoned two men accused of witchcraft to death in the village of Ngara on Monday, "
        "local officials said.",
    ),
    (
        "mob",
        MOB,
        "Vigilantes kill suspects",
        "Vigilantes killed three suspected kidnappers in the village square on Wednesday, setting their "
        "bodies ablaze, residents said.",
    ),
    # --- longer reports: the act in the lead, other violence in the background
    (
        "air",
        AIR,
        "Drone hits bus in frontline city",
        "A drone struck a passenger bus in the southern city on Wednesday morning, killing three people and "
        "wounding 12, the regional governor said. Fighting continued along the front line, where both "
        "armies have traded artillery fire for months, and air raid alerts sounded in several regions.",
    ),
    (
        "air",
        AIR,
        None,
        "A drone dropped an explosive on a car carrying a family near the river crossing on Sunday, killing "
        "a woman and her son, local officials said. The army said its troops had repelled several assaults "
        "in the area during the week.",
    ),
    (
        "shelling",
        SHELL,
        "Missile strike on apartment block kills 19",
        "A missile slammed into a nine-storey apartment block in the city on Saturday, killing at least 19 "
        "people, as air raid sirens wailed across the country. Rescuers worked through the night to pull "
        "survivors from the rubble, the emergency service said.",
    ),
    (
        "shelling",
        SHELL,
        None,
        "Enemy forces shelled the town 40 times over the past day, hitting a school and a hospital and "
        "killing two civilians, the regional military administration said on Monday. Air defence shot "
        "down several drones overnight.",
    ),
    (
        "village_attack",
        ATTACK,
        "Soldiers accused of killing villagers",
        "Soldiers killed at least 12 civilians during a raid on the village of Nura on Thursday, residents and "
        "a rights group said. The army said its troops had been attacked by militants hiding in the village "
        "and had returned fire.",
    ),
    (
        "village_attack",
        ATTACK,
        None,
        "Suspected herdsmen killed 27 people in coordinated attacks on three farming communities on Saturday "
        "night, the state government said. The area has seen repeated clashes between farmers and herders "
        "over grazing land.",
    ),
    (
        "village_attack",
        ATTACK,
        None,
        "Fighters of an armed group killed 40 civilians with machetes and guns in the east of the country on "
        "Sunday night, the army said. The group has been fighting the government for years and has killed "
        "thousands of people.",
    ),
    (
        "clash",
        CLASH,
        None,
        "Two soldiers and a civilian were killed in crossfire when the army clashed with separatist "
        "fighters in the town on Tuesday, the military said.",
    ),
    (
        "ied",
        IED,
        None,
        "A bomb planted in a parked car exploded as a police convoy passed in the city centre on Monday, "
        "killing two officers and three bystanders. Security forces later defused a second device nearby.",
    ),
    (
        "suicide",
        SUICIDE,
        None,
        "The attacker detonated his suicide vest at the entrance of the hotel on Friday, killing 15 people, "
        "police said. Investigators also found an unexploded bomb in a car parked outside.",
    ),
    (
        "neg_disaster",
        NEG,
        None,
        "Heavy rains caused a dam to burst on Monday, sweeping away houses in three villages downstream. "
        "At least 31 people died and hundreds were missing, the governor said, as the army helped "
        "evacuate residents.",
    ),
    (
        "neg_accident",
        NEG,
        None,
        "A fire in a crowded hospital ward killed 11 newborn babies on Saturday night, officials said, "
        "blaming a short circuit in the ventilation system.",
    ),
    (
        "neg_trial",
        NEG,
        "Ex-minister on trial over 2012 killings",
        "A former interior minister went on trial on Monday over the killing of 60 demonstrators by "
        "security forces in 2012. Prosecutors say he ordered police to open fire on the crowd.",
    ),
    (
        "neg_sport",
        NEG,
        None,
        "The striker fired a hat-trick as City crushed United 5-1 in the derby on Sunday, and the coach said "
        "his team had finally killed off their critics.",
    ),
    # --- reports of no new incident
    (
        "neg_disaster",
        NEG,
        "Floods kill 40",
        "Flash floods swept through villages in the north after days of heavy rain, killing at least 40 "
        "people and destroying hundreds of homes, the disaster management agency said on Sunday.",
    ),
    (
        "neg_disaster",
        NEG,
        None,
        "A powerful earthquake struck the mountainous region on Monday, killing 60 people and injuring "
        "hundreds, as rescuers pulled survivors from collapsed buildings.",
    ),
    (
        "neg_disaster",
        NEG,
        "Cyclone batters coast",
        "The cyclone made landfall on Tuesday, killing 12 people and leaving thousands without power, "
        "officials said. Winds of up to 180 km/h destroyed homes and uprooted trees.",
    ),
    (
        "neg_disaster",
        NEG,
        None,
        "A landslide buried part of the village of Soro after days of rain, and the bodies of 18 people had "
        "been recovered by Wednesday, the governor said.",
    ),
    (
        "neg_disaster",
        NEG,
        None,
        "Wildfires fanned by strong winds have killed at least 20 people and destroyed hundreds of houses, "
        "the fire service said on Saturday, as firefighters battled the blazes.",
    ),
    (
        "neg_accident",
        NEG,
        "Bus plunges into ravine",
        "At least 25 people were killed when a bus plunged into a ravine on a mountain road early on Monday, "
        "police said. The driver lost control on a sharp bend.",
    ),
    (
        "neg_accident",
        NEG,
        None,
        "A fire at a garment factory in the industrial zone killed 17 workers on Thursday, fire officials "
        "said, adding that an electrical fault was the likely cause.",
    ),
    (
        "neg_accident",
        NEG,
        None,
        "An explosion at a chemical plant killed nine workers and injured 30 on Tuesday, the company said. "
        "Investigators are looking into a gas leak.",
    ),
    (
        "neg_accident",
        NEG,
        "Boat capsizes, dozens missing",
        "A boat carrying about 60 passengers capsized on the river on Sunday; 23 bodies have been recovered, "
        "local authorities said.",
    ),
    (
        "neg_accident",
        NEG,
        None,
        "Two trains collided near the station of Vrana on Friday night, killing 32 passengers, the railway "
        "company said.",
    ),
    (
        "neg_accident",
        NEG,
        None,
        "A fuel tanker overturned and exploded on the highway on Wednesday, killing 14 people who were trying "
        "to collect the spilled petrol, emergency services said.",
    ),
    (
        "neg_accident",
        NEG,
        "Army helicopter crash kills 12",
        "A military helicopter crashed during a training flight in the mountains on Tuesday, killing all 12 "
        "soldiers on board, the army said. The cause of the crash is under investigation.",
    ),
    (
        "neg_accident",
        NEG,
        None,
        "Two soldiers were killed and five injured when their armoured vehicle overturned on a road near the "
        "base on Sunday, the defence ministry said, adding that the driver had lost control in heavy rain.",
    ),
    (
        "neg_exercise",
        NEG,
        "Army stages largest drills in a decade",
        "Tanks, artillery and attack helicopters fired live rounds during week-long drills near the border, "
        "the army said on Thursday. The exercise simulated the defence of the capital against an invading "
        "force, with thousands of troops and reservists taking part. Commanders said the manoeuvres would "
        "test new rocket launchers and air defence systems bought last year. Neighbouring states have "
        "protested against the drills, calling them a provocation. Last year a soldier died in a training "
        "accident during similar manoeuvres, and the army has since changed its safety rules for live-fire "
        "exercises, a spokesman said.",
    ),
    (
        "neg_trial",
        NEG,
        "Former commander jailed for life over massacre",
        "A court on Tuesday sentenced a former militia commander to life in prison for his role in the "
        "massacre of 150 villagers in 2014. Judges found that he ordered his men to shoot civilians.",
    ),
    (
        "neg_trial",
        NEG,
        None,
        "Prosecutors opened their case on Monday against three men accused of planning the 2016 bombing of "
        "the city's airport, which killed 32 people. The defendants have pleaded not guilty.",
    ),
    (
        "neg_trial",
        NEG,
        None,
        "The appeals court upheld the conviction of a police officer for shooting dead an unarmed teenager "
        "during a raid four years ago, rejecting his claim of self-defence.",
    ),
    (
        "neg_trial",
        NEG,
        "Soldiers acquitted in killing of protesters",
        "A military tribunal acquitted five soldiers on Thursday of murder charges over the deaths of 11 "
        "protesters in 2019, drawing anger from the victims' families.",
    ),
    (
        "neg_memorial",
        NEG,
        "Town remembers victims of school siege",
        "Hundreds of people gathered on Sunday to mark the tenth anniversary of the school siege in which "
        "gunmen killed 140 pupils and teachers. Mourners laid flowers at the memorial.",
    ),
    (
        "neg_memorial",
        NEG,
        None,
        "Survivors and relatives commemorated on Wednesday the victims of the 1995 shelling of the market, "
        "which killed 43 people, with a minute of silence at the site.",
    ),
    (
        "neg_memorial",
        NEG,
        None,
        "Five years after the suicide bombing at the concert hall that killed 22 people, the city unveiled a "
        "memorial on Saturday. The bomber's brother is serving a life sentence.",
    ),
    (
        "neg_exercise",
        NEG,
        "Navy holds live-fire drills",
        "The navy fired missiles and artillery during live-fire drills off the coast on Tuesday, the defence "
        "ministry said, in exercises meant to test the readiness of its forces.",
    ),
    (
        "neg_exercise",
        NEG,
        None,
        "Thousands of troops, with tanks and fighter jets, took part in joint military exercises near the "
        "border on Monday, simulating an attack on an enemy base.",
    ),
    (
        "neg_exercise",
        NEG,
        None,
        "Air force pilots practised bombing runs and air strikes during the annual war games, which ended on "
        "Friday, officials said.",
    ),
    (
        "neg_sport",
        NEG,
        "Rovers crush rivals",
        "Rovers fired four goals past their rivals on Saturday, with the striker scoring twice in a "
        "devastating first half. The defeat left the visitors bottom of the league.",
    ),
    (
        "neg_sport",
        NEG,
        None,
        "The boxer knocked out his opponent in the third round on Sunday to keep his world title, landing a "
        "barrage of punches that left the challenger bleeding.",
    ),
    (
        "neg_sport",
        NEG,
        None,
        "The champions were shot down by a late goal in the cup final as the underdogs stormed to victory "
        "in front of 60,000 fans at the stadium.",
    ),
    (
        "neg_past",
        NEG,
        "UN: civilian deaths rose last year",
        "Civilian casualties in the conflict rose by 20 percent last year, the UN mission said in its annual "
        "report on Monday, blaming roadside bombs and air strikes for most of the deaths.",
    ),
    (
        "neg_past",
        NEG,
        None,
        "The government promised on Thursday to rebuild the villages destroyed in the fighting of 2019 and "
        "to compensate the families of those killed, in a plan backed by donors.",
    ),
    (
        "neg_opinion",
        NEG,
        "Opinion: why the war on terror failed",
        "Twenty years of drone strikes and raids have not defeated the insurgency. Policymakers should ask "
        "why military force alone keeps failing, and invest in governance and talks instead.",
    ),
)


def classify_probe(nlp, title: str | None, text: str):
    from harmwatch.extract.context import DocContext
    from harmwatch.extract.events.classify import classify

    return classify(DocContext(text=text, doc=nlp(text), published=None, language="en", title=title))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("-v", "--verbose", action="store_true", help="list the probes that fail")
    args = ap.parse_args()
    from harmwatch.extract.engine import load_nlp

    nlp = load_nlp()
    passed: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for family, expected, title, text in PROBES:
        kind = classify_probe(nlp, title, text)
        if expected is NEG:
            ok = not kind.is_incident or kind.background
            found = f"an incident, {kind.sub_event_type}" if kind.is_incident else "none"
        else:
            ok = kind.is_incident and not kind.background and kind.sub_event_type == expected
            found = kind.sub_event_type if kind.is_incident else "none"
            if kind.is_incident and kind.background:
                found += " (background)"
        passed[family][0] += int(ok)
        passed[family][1] += 1
        if not ok and args.verbose:
            print(f"FAIL {family}: expected {expected or 'no incident'}, found {found}: {text[:90]}")
    total = [sum(p[0] for p in passed.values()), sum(p[1] for p in passed.values())]
    for family, (ok, n) in passed.items():
        print(f"{family:16s} {ok:3d}/{n:<3d} {ok / n:.2f}")
    print(f"{'all':16s} {total[0]:3d}/{total[1]:<3d} {total[0] / total[1]:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
