"""Cue words of reports that are not about a new violent incident (data only).

Same form as ``events.cues.CUES`` (``(label, regex, weight, weapon)``, lower-cased text, word
boundaries added): each label is a domain whose reports often use violent words without reporting
an incident (sport, business, disasters, accidents, exercises, policy, peaceful protest, trials,
memorials, statistics). These cues come last in the scan: a violence cue that starts at the same
place wins.
"""

from __future__ import annotations

# words of a protest crowd (used alone: a protest; with force words: excessive force)
PROTESTERS = r"(?:protesters?|protestors?|demonstrators?|sit-ins?|marchers|rally|rallies|protests?)"

DOMAIN_CUES: tuple[tuple[str, str, float, str | None], ...] = (
    # a protest the report calls peaceful is the report's subject, whatever it protests about
    (
        "_protest",
        r"peaceful(?:ly)? (?:protests?|demonstrations?|march(?:es)?|rall(?:y|ies)|sit-ins?|gatherings?)|"
        r"(?:protested|demonstrated|marched|rallied) peacefully",
        5.0,
        None,
    ),
    (
        "_protest",
        PROTESTERS + r"|protest(?:ed|ing)|demonstrat(?:ed|ing|ion|ions)|rallied|marched|"
        r"motorcades?|pot-banging|gathered|petition(?:ed)?|strikers|went on strike|on strike|"
        r"hunger strike|general strike|boycott(?:ed)?|sit-in|picket(?:ed|s)?|demand(?:ed|ing)",
        2.0,
        None,
    ),
    (
        "_sport",
        r"football(?:ers)?|soccer|world cup|league|qualif(?:y|ying|ication|ier)|stadium|coach|"
        r"goals?|midfielder|striker|tournament|championship|match(?:es)?|olympics?|fifa|uefa|"
        r"half-time|defeats?|thrashing|hammerings?|scored|victory over|players?|"
        r"(?<!police )(?<!rescue )(?<!medical )(?<!security )(?<!joint )team",
        3.0,
        None,
    ),
    (
        "_business",
        r"stock(?:s| market)?|shares|investors?|wall street|dow jones|trillion|"
        r"billion|economy|economic|exports?|imports|tonnes|prices?|revenue|profits?|budget|"
        r"trade deal|merger|bailout|inflation|grain|oil price",
        1.5,
        None,
    ),
    (
        "_disaster",
        r"earthquakes?|quakes?|magnitude|tremors?|temblor|floods?|flooding|hurricanes?|cyclones?|"
        r"typhoons?|tornado(?:es)?|landslides?|mudslides?|tsunamis?|volcano|eruption|wildfires?|"
        r"drought|famine|starvation|cholera|outbreak|epidemic|pandemic|disease|virus|heatwave|"
        r"storm|rescuers|aftershocks?|survivors trapped|malnutrition|hunger",
        2.5,
        None,
    ),
    (
        "_accident",
        r"crash(?:ed|es)?|plane crash|derail(?:ed|ment)|stampede|collision|collided|capsized|"
        r"sank|coal mine|miners|mine explosion|gas (?:leak|explosion)|black box|"
        r"national transportation safety board|ntsb|pilots?|flight \d+|accident(?:al|ally)?|"
        r"fire broke out|blaze|trapped|road accident",
        2.5,
        None,
    ),
    (
        "_exercise",
        r"(?:military |war |joint |naval |live-fire )?(?:exercises?|drills?|war games|manoeuvres|"
        r"maneuvers)|rehearsal|simulated",
        3.0,
        None,
    ),
    (
        "_policy",
        r"talks|negotiat(?:ions?|ing|ors?)|peace (?:deal|process|agreement|talks)|ceasefire|"
        r"truce|sanctions?|embargo|resolution|senate|senators|congress|house voted|bill|legislation|"
        r"defen[cs]e (?:spending|policy|budget|deal)|arms (?:deal|sales?)|signed (?:an? )?agreement|"
        r"envoy|summit|donors?|pledged|conference|appropriations|security council|mandate|"
        r"diplomat(?:s|ic)?|(?:\w+ )?(?:jets?|arms|defen[cs]e|weapons) deal|deal|agreement|signed|purchas(?:e|ed|es)|"
        r"to buy|contract|vote[ds]?|voting|lawmakers|parliament|ministers?",
        2.0,
        None,
    ),
    (
        "_trial",
        r"trials?|court|judges?|tribunal|verdict|sentenced|convicted|acquitted|pleaded|"
        r"prosecutors?|prosecution|indict(?:ed|ment)|hearing|charges|defendants?|icc|"
        r"international criminal court|testified|testimony",
        2.5,
        None,
    ),
    (
        "_memorial",
        r"anniversary|commemorat(?:e|ed|ion|ions|ing)|memorial|remembrance|mark(?:ed|ing)? the|"
        r"years (?:ago|after|since)|laid to rest|reburial|identified victims|mass grave|exhum(?:ed|ation)",
        2.5,
        None,
    ),
    (
        "_statistics",
        r"annual (?:report|tally)|(?:new|annual|latest|un|united nations) report|per ?cent|percent|"
        r"statistics|figures (?:show|released)|(?:in|during|since|throughout) (?:19|20)\d\d|"
        r"(?:in|during) the year|last year|this year|tally|monitor|casualties (?:rose|fell|decreased|"
        r"increased|declined)|year-on-year|compared (?:with|to)|in total|totall?(?:ed|ing)|"
        r"(?:rose|fell|increased|declined) by",
        2.0,
        None,
    ),
)

NEGATIVE_DOMAINS = (
    "_protest",
    "_sport",
    "_business",
    "_disaster",
    "_accident",
    "_exercise",
    "_policy",
    "_trial",
    "_memorial",
    "_statistics",
)
# domains whose reports often recall a past incident: kept as a background event
BACKGROUND_DOMAINS = ("_trial", "_memorial", "_statistics")
