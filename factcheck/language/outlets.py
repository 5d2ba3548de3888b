"""News outlets and the platforms statements are posted on: names that carry a claim
rather than take part in it.

Owns: a list of the wire services, papers, broadcasters and trade titles business news
cites ("Reuters", "CNBC", "The Wall Street Journal"), the social platforms a statement is
posted on ("X", "Twitter"), and the frames that make a name the channel of a statement
("told CNBC", "in an interview with Bloomberg", "wrote on X", "speaking on CNBC's Squawk
Box", "in a filing with the SEC"). "Jensen Huang told CNBC that revenue reached $39.3
billion" is checked on its revenue; the channel is no party a fact records. Must not: know
the store; the caller keeps a known entity that is the claim's subject or its matter.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .gates import gated
from .lexicon import lazy

# Lower case, dots and a leading "the" dropped, as `_bare` leaves a name.
OUTLETS = frozenset(n.replace("_", " ") for n in """
reuters bloomberg bloomberg_news bloomberg_tv bloomberg_law ap associated_press afp
agence_france-presse dpa xinhua kyodo yonhap pti ani wam anadolu cnbc cnn bbc bbc_news
fox_business fox_news msnbc cbs cbs_news nbc nbc_news abc_news npr pbs sky_news
financial_times ft wall_street_journal wsj new_york_times nyt washington_post los_angeles_times
usa_today guardian economist times telegraph independent barron's barrons forbes fortune
business_insider insider axios politico semafor the_information information techcrunch
the_verge verge wired engadget ars_technica zdnet cnet venturebeat tom's_hardware
tomshardware anandtech the_register register digitimes nikkei nikkei_asia
south_china_morning_post scmp korea_herald korea_times yonhap_news economic_times
mint livemint handelsblatt le_monde les_echos el_pais marketwatch yahoo_finance
seeking_alpha motley_fool investopedia benzinga thestreet the_street crunchbase pitchbook
dealroom cb_insights lseg refinitiv factset morningstar s&p_global
""".split())

# Platforms are also companies ("xAI acquired X"): only a frame makes them the channel.
PLATFORMS = frozenset(n.replace("_", " ") for n in """
x twitter linkedin threads truth_social youtube instagram facebook weibo reddit
bluesky mastodon substack medium telegram discord
""".split())

# Said or posted: "posted" alone also posts results ("posted revenue of ... on Llama").
_SPEECH = (r"(?:said|says|saying|wrote|writes|writing|posted|posts|posting|tweeted|tweets|"
           r"announced|announces|noted|notes|added|adds|shared|shares|confirmed|confirms|"
           r"revealed|reveals|commented|comments|appeared|appearing|post|message|statement|"
           r"video|thread|livestream|broadcast|remarks)")
# The platform a statement was made on: "wrote on X", "announced the formation of xAI on
# Twitter" (no clause of its own between: "said it would build on Threads" builds on it).
_ON_PLATFORM = lazy(
    rf"\b{_SPEECH}\b(?:\s+(?!(?:that|which|who|it|they|he|she|to|will|would|could|can)\b)"
    r"[\w'’$.,-]+){0,6}?\s+(?:on|via)\s+$", re.IGNORECASE)
# The outlet a person spoke to, whatever its name: "in an interview with Hooli Radio",
# "told Axios", "speaking to the Financial Times", "speaking on CNBC".
_TO_OUTLET = gated(re.compile(
    r"\b(?:interview|interviews|conversation|podcast|sit-down|appearance)\s+(?:with|on)\s+"
    r"(?:the\s+)?$"
    r"|\b(?:told|tells|telling|speaking|spoke|speaks|talking|talked)\s+(?:to\s+|on\s+|with\s+)?"
    r"(?:the\s+)?$"
    # the regulator a document was filed with: "in a filing with the SEC", "a regulatory
    # filing to the U.S. Securities and Exchange Commission" (the filing, not the act of
    # filing: "filed a complaint with the FTC" is what the FTC received)
    r"|\b(?:filing|filings|disclosure|disclosures|submission)\s+(?:with|to)\s+(?:the\s+)?"
    r"(?:(?-i:[A-Z][\w.]*)\s+(?:and\s+|&\s+)?){0,3}$",
    re.IGNORECASE))


@lru_cache(maxsize=4096)  # the same few names are asked about in every sentence
def _bare(name: str) -> str:
    low = re.sub(r"(?:'s|’s)$", "", name.strip().rstrip(",")).replace(".", "").lower()
    return re.sub(r"^the\s+", "", low)


def is_outlet(name: str) -> bool:
    """Does ``name`` name a news outlet, wire service or data provider ("Reuters", "The
    Wall Street Journal", "CNBC's")?"""
    return _bare(name) in OUTLETS


def carries(name: str, before: str) -> bool:
    """Is ``name``, after ``before``, the outlet or platform that carried a statement? An
    outlet is wherever it stands; a platform or any other name only as the channel a
    statement was made on or to ("posted on X", "told Axios")."""
    if is_outlet(name) or _TO_OUTLET.search(before):
        return True
    return _bare(name) in PLATFORMS and _ON_PLATFORM.search(before) is not None
