"""Names of places and peoples, which locate a claim rather than take part in it.

Owns: a gazetteer of countries, their peoples' adjectives, U.S. states, regions and the
cities business news is datelined from. "The Israeli company Mellanox", "TSMC's American
factories", "Memphis, Tennessee" and "the UAE-based fund" name a place that no fact about
the deal records; such a name must not keep a true claim from being confirmed. Must not:
know the store; a place the store itself records is an entity like any other.
"""

from __future__ import annotations

import re
from functools import lru_cache

COUNTRIES = """
Afghanistan Albania Algeria Argentina Armenia Australia Austria Azerbaijan Bahrain Bangladesh
Belarus Belgium Bolivia Brazil Bulgaria Cambodia Canada Chile China Colombia Croatia Cuba
Cyprus Czechia Denmark Ecuador Egypt Estonia Ethiopia Finland France Georgia Germany Ghana
Greece Hungary Iceland India Indonesia Iran Iraq Ireland Israel Italy Japan Jordan Kazakhstan
Kenya Korea Kuwait Latvia Lebanon Libya Lithuania Luxembourg Malaysia Malta Mexico Morocco
Netherlands Nigeria Norway Oman Pakistan Panama Peru Philippines Poland Portugal Qatar
Romania Russia Rwanda Serbia Singapore Slovakia Slovenia Spain Sweden Switzerland Syria
Taiwan Tanzania Thailand Tunisia Turkey Turkiye Uganda Ukraine Uruguay Venezuela Vietnam
Yemen Zambia Zimbabwe Britain England Scotland Wales America
South_Korea North_Korea Saudi_Arabia South_Africa New_Zealand Hong_Kong Costa_Rica
Sri_Lanka United_States United_Kingdom United_Arab_Emirates Czech_Republic
Dominican_Republic French_Guiana Puerto_Rico U.S. US U.S.A. USA U.K. UK UAE EU E.U.
"""
PEOPLES = """
Afghan Algerian American Argentine Argentinian Armenian Asian Australian Austrian Belgian
Brazilian British Bulgarian Canadian Chilean Chinese Colombian Croatian Cuban Czech Danish
Dutch Egyptian Emirati English Estonian European Finnish French German Greek Hungarian
Indian Indonesian Iranian Iraqi Irish Israeli Italian Japanese Jordanian Kenyan Korean
Kuwaiti Latvian Lebanese Lithuanian Malaysian Mexican Moroccan Nigerian Norwegian Pakistani
Panamanian Peruvian Polish Portuguese Qatari Romanian Russian Saudi Scottish Serbian
Singaporean Slovak Spanish Swedish Swiss Syrian Taiwanese Thai Turkish Ukrainian Venezuelan
Vietnamese Welsh African Arab Latin Nordic Scandinavian Hispanic Gulf Western Eastern
"""
STATES = """
Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Hawaii
Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan
Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania
Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming New_Hampshire New_Jersey
New_Mexico New_York North_Carolina North_Dakota Rhode_Island South_Carolina South_Dakota
West_Virginia
"""
REGIONS_AND_CITIES = """
Europe Asia Africa Oceania Antarctica Middle_East Far_East Latin_America North_America
South_America Southeast_Asia Silicon_Valley Wall_Street Bay_Area Midwest Earth
Abu_Dhabi Dubai Riyadh Doha Tel_Aviv Jerusalem Cairo Istanbul London Paris Berlin Munich
Frankfurt Amsterdam Brussels Zurich Geneva Milan Rome Madrid Barcelona Lisbon Dublin
Stockholm Oslo Copenhagen Helsinki Vienna Prague Warsaw Moscow Kyiv Mumbai Delhi New_Delhi
Bangalore Bengaluru Beijing Shanghai Shenzhen Hangzhou Guangzhou Tokyo Osaka Seoul Taipei
Hsinchu Tainan Singapore Jakarta Bangkok Manila Sydney Melbourne Toronto Montreal Vancouver
Ottawa Mexico_City Sao_Paulo São_Paulo Buenos_Aires Santiago Bogota Lima Kourou
New_York_City Washington_D.C. Boston Chicago Detroit Atlanta Miami Dallas Houston Austin
Abilene Phoenix Denver Seattle Portland Memphis Nashville Las_Vegas Los_Angeles
San_Francisco San_Jose Santa_Clara Palo_Alto Mountain_View Menlo_Park Cupertino Redmond
Sunnyvale Armonk Brooklyn Manhattan Philadelphia Pittsburgh Baltimore Providence
"""


def _names(block: str) -> frozenset[str]:
    # dots dropped, so "U.S.", "U.S" and "US" are one name
    return frozenset(w.replace("_", " ").replace(".", "").lower() for w in block.split())


_REGIONS = _names("""Europe Asia Africa Oceania Antarctica Middle_East Far_East Latin_America
North_America South_America Southeast_Asia Silicon_Valley Wall_Street Bay_Area Midwest Earth""")
# The states and the cities, each of one kind: a name that is also a city or a country
# ("Washington", "Georgia", "New York") is of neither.
US_STATES = _names(STATES) - {"washington", "georgia", "new york"}
CITIES = _names(REGIONS_AND_CITIES) - _REGIONS - {"singapore"}
# Countries, each by one name: the names a country goes by are one ("U.S." and "America").
_SAME_COUNTRY = {"us": "united states", "usa": "united states", "america": "united states",
                 "uk": "united kingdom", "britain": "united kingdom", "uae": "united arab emirates",
                 "turkiye": "turkey", "czechia": "czech republic"}
COUNTRY_NAMES = _names(COUNTRIES) - {"eu", "england", "scotland", "wales", "georgia"}


def country(name: str) -> str | None:
    """The one name of the country ``name`` names, or None."""
    low = name.replace(".", "").lower()
    return _SAME_COUNTRY.get(low, low) if low in COUNTRY_NAMES else None


PLACES = _names(COUNTRIES) | _names(STATES) | _names(REGIONS_AND_CITIES)
DEMONYMS = _names(PEOPLES)
_AFFIX = re.compile(r"[-‐](?:based|born|headquartered|listed|made|owned|backed)$",
                    re.IGNORECASE)


@lru_cache(maxsize=4096)  # the same few names are asked about in every sentence
def _bare(name: str) -> str:
    bare = _AFFIX.sub("", name.strip().rstrip(",")).replace("’", "'")
    return re.sub(r"'s$", "", bare).replace(".", "").lower()


def is_place(name: str) -> bool:
    """Does ``name`` name a place or a people ("Tennessee", "Israeli", "UAE-based")?"""
    low = _bare(name)
    return low in PLACES or low in DEMONYMS


def is_people(name: str) -> bool:
    """Does ``name`` name a people ("Panamanians", "Israelis", "the Japanese")? A people
    that acts ("Panamanians approved the expansion") is a population, no party a fact
    records."""
    low = _bare(name)
    return low in DEMONYMS or low.endswith("s") and low[:-1] in DEMONYMS


# Country abbreviations read as adjectives as often as nouns ("a U.S. company").
_ADJECTIVAL = frozenset({"us", "usa", "uk", "uae", "eu"})


def locates(name: str, before: str, after: str) -> bool:
    """Does the place or people ``name``, between ``before`` and ``after``, only locate
    something? A people's adjective ("the Israeli company"), "UAE-based", an owner of a
    name ("Abu Dhabi's MGX"), a place describing a name after its noun ("the Abu Dhabi
    investor MGX") or the wider place after a comma ("Memphis, Tennessee") does;
    a place that is itself the matter ("sites in Texas and Pennsylvania", "a Delaware
    corporation") does not, unless a preposition places it."""
    low = _bare(name)
    if is_people(name) or low in _ADJECTIVAL or _AFFIX.search(name.strip()):
        return True
    if low not in PLACES:
        return False
    possessive = re.match(r"['’]s\b", after) is not None or re.search(r"['’]s$", name)
    # "the Abu Dhabi investor MGX": the place describes a name that follows its noun
    attributive = re.search(r"\b(?:the|a|an)\s+$", before, re.IGNORECASE) is not None and \
        re.match(r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+[A-Z]", after) is not None
    return bool(possessive) or attributive or re.search(r"[A-Z][\w.]*,\s*$", before) is not None
