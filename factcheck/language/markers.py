"""The words that mark how a claim is put: as a judgement, as still to come, or denied.

Owns: the lexicons read off every clause (``opinion_marker``, ``future_marker``,
``negated``): strong judgement words that no fact can settle, weaker ones that make a claim
an opinion only when no fact speaks to it, the words that present a matter (or a product's
arrival) as still to come, and negation. ``checkability.py`` weighs them with the clause's
structure. Must not: read the store or decide a verdict.
"""

from __future__ import annotations

import re

from .gates import gated
from .lexicon import FoldedPattern

# Verbs that report what someone said: the speaker of a report is not what it is about.
# "revealed", "disclosed" and "explained" report only before "that": "Doe revealed the chip"
# is her act.
REPORTS = (r"said|says|stated|states|claimed|claims|reported|reports|noted|notes|estimated|"
           r"estimates|argued|argues|(?:revealed|reveals|disclosed|discloses|explained|"
           r"explains)(?=\s+that\b)")

# Acts a plan names, with a sum or a thing: "poised to invest", "poised to acquire".
_PLANNED_ACTS = r"(?:invest|spend|raise|build|deploy|commit|acquire|buy|close|complete)\b"
# Judgements, predictions and recommendations: never supported or contradicted.
STRONG_OPINION = FoldedPattern(r"\b(?:" + "|".join([
    r"undoubtedly", r"undeniably", r"certainly", r"surely", r"definitely", r"should",
    r"must(?! have)", r"ought to", rf"poised to(?! {_PLANNED_ACTS})",
    r"(?:is|are|remains?) (?:crucial|essential|paramount|vital|imperative|key|critical)",
    r"crucial", r"paramount", r"imperative", r"necessitates?", r"needs? to", r"loom large",
    r"hopefully", r"in (?:my|our) view", r"we believe", r"i believe", r"faces? challenges",
    r"challenges? (?:in|to)", r"is (?:a|the) cornerstone", r"not without challenges",
    r"microcosm", r"heralding", r"hopes? that", r"believes? that", r"is convinced that",
    # how a fact fits someone's plans: "aligning with the asset manager's strategic focus"
    r"(?:align(?:s|ed|ing)?|in line|in keeping|consistent) with\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:strateg\w+|focus|goals?|vision|priorities|ambitions?|mission)",
    # what a crowd has in mind: "Investors are particularly focused on ...", "Analysts
    # remain cautious"
    r"(?:investors|analysts|traders|observers|experts|critics|markets|shareholders|"
    r"wall street) (?:are|were|remain|remained|have been|seem|appear)(?: \w+ly)? (?:focused|"
    r"concerned|worried|watching|eyeing|optimistic|pessimistic|cautious|bullish|bearish|"
    r"nervous|excited|keen|wary|skeptical|sceptical|hopeful|eager)",
    # what a fact may lead to: "meaning the acquisition could help BlackRock play big"
    r"(?:meaning|which means)(?=\s+(?:that\s+)?(?:[\w'’-]+\s+){0,8}?(?:could|might|may|"
    r"would)\b)",
]) + r")\b", re.IGNORECASE)
# Vaguer markers: they make a claim an opinion only when no fact speaks to it.
WEAK_OPINION = FoldedPattern(r"\b(?:" + "|".join([
    # "may" but not the month: "On May 26, 2024", "in May", "since May" (the word first,
    # then what stands before it: the engine tries a branch that opens with a letter only
    # where that letter is, a lookbehind at every word)
    r"can", r"could", r"may(?<!\bon may)(?<!\bin may)(?<!since may)(?<!\bby may)"
    r"(?<!last may)(?<!early may)(?<!late may)(?<!mid-may)(?!\s+\d)", r"might",
    r"potentially", r"likely", r"perhaps", r"possibly",
    r"legendary", r"renowned", r"remarkable", r"unprecedented", r"undisputed", r"unparalleled",
    r"formidable", r"immense", r"fierce", r"pivotal", r"considerable", r"relentless",
    r"robust", r"holistic", r"monopoli[sz]\w*", r"dominan\w*", r"dominat\w*",
    # "a giant leap" judges; "the tech giant", "cloud giant Oracle" only describe a company
    r"an? giant(?= [a-z])", r"giant (?:leaps?|steps?|strides?)",
    r"(?:is|are|was|were|becomes?|became|remains?) an? giant",
    r"powerhouse", r"leading the market", r"hotbed", r"seismic", r"titanic", r"strides",
    r"optimistic", r"dissatisfied", r"hopes?",
    # a goal with its figure is one stated, as a plan is: "aim to raise $30 billion"
    r"aims? to(?!(?:\s+[\w'’-]+){1,6}?\s+(?:[$£€]|\d))", r"vying", r"intense", r"fortif\w+",
    r"solidif\w+", r"revolutioniz\w+",
    # "is promising $12B", "unveiled its plans, promising a factory": a pledge, not praise
    r"promising(?<!\bis promising)(?<!\bare promising)(?<!\bwas promising)"
    r"(?<!\bwere promising)(?!\s+(?:a|an|the|to|that|its|"
    r"their|his|her|up to|about|around|more than|some|\$|£|€|\d))",
    r"boundless", r"(?:is|are) not fortuitous",
    r"significant", r"severe", r"aspirations?", r"deep", r"keenly", r"swiftly", r"substantial",
    r"(?:will|would) (?:make|bring|elevate|enable|allow|help|bolster|transform)",
    r"(?:has|have) the potential", r"potential(?:ly)?", r"continues? to innovate",
]) + r")\b", re.IGNORECASE)
# Words that present a matter as still to come; the first group is about a product's arrival.
PRODUCT_FUTURE = (r"upcoming|forthcoming|soon-to-be|yet-to-be-released|next-generation|"
                  r"coming soon|(?:will|is due to|are due to|is set to|are set to|is slated to|"
                  r"are slated to|is expected to|are expected to|is yet to|are yet to|"
                  r"has yet to|have yet to|expects to|expect to|plans to|plan to) "
                  r"(?:(?:start|begin) (?:shipping|delivering|selling|volume production|"
                  r"production|(?:volume )?shipments)|launch|release|ship|deliver|arrive|"
                  r"debut|be released|"
                  r"be launched|be available)")
# "should" that expects an outcome, as "is expected to" does: "the project should see $500
# billion of investment", "each building should measure 500,000 square feet" (not "should
# act", which urges; ``checkability`` reads it so only beside a figure).
EXPECTING_SHOULD = (r"should(?=\s+(?:(?:also|still|eventually|ultimately)\s+)?(?:see|reach|"
                    r"total|measure|cost|exceed|top|hit|bring|create|generate|add|deliver|"
                    r"produce|employ|house|span|cover|draw|attract|receive|require|need)\b)")
FUTURE = FoldedPattern(r"\b(?:" + PRODUCT_FUTURE + "|" + EXPECTING_SHOULD +
                    r"|(?:is|are)(?: (?:also|still|now|widely|"
                    r"generally))? expected to|"
                    r"anticipates?|is projected to|are projected to|projected|forecasts?|"
                    r"expects?|is set to|plans to|will|aims? to|intends? to|seeks? to|"
                    # "poised to invest up to $500 billion": a plan told, as "set to" is
                    rf"(?:is\s+|are\s+)?poised to(?= {_PLANNED_ACTS})|"
                    # a headline's future without its verb: "Colossus set to be upgraded",
                    # "xAI to raise $6 billion"
                    r"set to be|(?<=\w )to be (?:upgraded|expanded|doubled|built|raised))\b",
                    re.IGNORECASE)
# A result set against what was expected, with no figure of the expectation: "climbed 26% to
# $51 billion, ahead of analysts' forecasts", "rose more than expected". The forecast is only
# the yardstick; the claim tells a result. ("beat forecasts of $49 billion" gives the
# forecast's figure, so it stays a forecast told.)
_BENCHMARK = re.compile(
    r"\b(?:(?:ahead\s+of|above|below|beat(?:s|ing)?|top(?:s|ped|ping)|exceed(?:s|ed|ing)?|"
    r"surpass(?:es|ed|ing)?|miss(?:es|ed|ing)?|short\s+of|in\s+line\s+with|match(?:es|ed|ing)?)"
    r"\s+(?:(?:the|its|their|own|analysts['’]?|wall\s+street(?:['’]s)?|market|consensus|"
    r"average|most|many)\s+){0,3}(?:forecasts?|estimates?|expectations?|projections?)\b"
    r"(?!\s+(?:of|for|at|around|near)\s+(?:about\s+|around\s+|roughly\s+)?[$€£\d])|"
    r"than\s+(?:(?:analysts|wall\s+street|many|most|investors|had|it|they)\s+){0,2}"
    r"(?:expected|forecast|projected|anticipated|estimated)\b|"
    # "versus the expected $1.48": the market's figure, set against the result
    r"(?:versus|vs\.?|against|compared\s+(?:with|to))\s+(?:the|an?)\s+(?:expected|estimated|"
    r"anticipated|projected)(?=\s+[$€£\d]))", re.IGNORECASE)


def without_benchmarks(text: str) -> str:
    """``text`` with the expectations a result is set against blanked (same length): what
    was forecast is no forecast the claim makes."""
    if "ect" not in text and "ast" not in text and "ate" not in text:
        return text  # no "expect...", "forecast", "estimate": most claims
    return _BENCHMARK.sub(lambda m: " " * len(m.group(0)), text)


# "did not close until Feb. 14" says when it closed: no denial.
NOT_UNTIL = r"(?!(?:\s+\w+){1,3}\s+until\b)"
# "not only", "isn't just", "not merely": more is said than what follows, nothing is denied
NOT_JUST = r"(?!\s+(?:only|just|merely|simply|solely)\b)"
# ("has yet to invest beyond its first site": not so far)
NEGATION = FoldedPattern(rf"\b(?:not{NOT_UNTIL}{NOT_JUST}|never|no longer|"
                         rf"(?:has|have|had|is|are|was|were)\s+yet\s+to|"
                         rf"n't{NOT_UNTIL}{NOT_JUST}|neither|nor)\b|"
                         rf"n't\b{NOT_UNTIL}{NOT_JUST}", re.IGNORECASE)
# An opening phrase that frames the statement ("In a significant step toward ...,", "In a
# remarkable year,"): a judgement there weighs the news, it does not make the statement that
# follows a judgement.
FRAMING = re.compile(r"^(?:In|With|As|Amid|Following|After|Against)\s+(?:a|an|what)\s+"
                     r"[^,;:]{0,160},\s+(?=\S)")


# Adverbs of time, degree or manner between a copula and its predicate: "is currently the
# second-largest", "is by far the biggest", "was once again the top".
PREDICATE_ADVERBS = (r"(?:(?:also|still|now|no\s+longer|not|never|currently|already|again|"
                     r"once(?:\s+again)?|by\s+far|officially|effectively|arguably|reportedly|"
                     r"easily|today|technically|formally|likely|probably|possibly|perhaps)\s+)"
                     r"{0,2}")
# What makes the noun phrase after it a predicate, which says what something is and names no
# one: "became the first asset manager", "becoming the first company ever to do so", "called
# the largest", "would become, by some estimates, the largest", and a small clause that gives
# its object a rank or kind ("making it the third-largest company", "left Acme the biggest
# buyer").
PREDICATIVE = gated(re.compile(
    r"\b(?:(?:is|was|are|were|been|became|becomes|become|becoming|remains|remained|remain|'s|"
    r"as|called|named|dubbed)(?:,\s*\w+(?:\s+\w+){0,3},)?|"
    r"(?:making|makes|made|make|leaving|leaves|left|leave|keeping|keeps|kept)\s+"
    r"(?:it|them|him|her|(?-i:[A-Z][\w.&-]*)))\s+" + PREDICATE_ADVERBS + "$",
    re.IGNORECASE))
