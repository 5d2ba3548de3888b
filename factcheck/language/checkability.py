"""Which claims are checkable statements of fact, read from the sentence's structure.

Owns: the lexicons of judgement (recommendations, hedges, promises, exhortations, evaluative
words) and of verifiable predicates (events, figures, relations, comparisons), and
``assess(claim)``: checkable when the claim has a subject (named, a pronoun, a role noun, the
first person or a definite description) and a verifiable predicate, not when it judges,
hedges, promises, asks or urges. A name alone makes nothing checkable ("America deserves
better"), and the absence of one makes nothing an opinion ("We cut the deficit in half").
Must not: read the store or decide a verdict; the rules turn the reading into a status.
"""

from __future__ import annotations

import re

from ..model import Checkability, Claim, Kind
from .gates import gated
from .lexicon import FoldedPattern, Lexicon, holds_word, lazy
from .worthiness import worthiness


def _words(text: str) -> str:
    return "|".join(text.split())


# --- the lexicons --------------------------------------------------------------------------
# Discourse openers a speaker puts before the statement: "Well,", "Now,", "Let me tell you,".
OPENERS = re.compile(r"^(?:(?:well|now|uh|um|so|look|listen|folks|first|second|third|finally|"
                     r"first of all|honestly|frankly|again|and|but|okay|yes|no|step by step|"
                     r"let me tell you|let me be clear|you know|the fact is|the truth is)"
                     r"\s*(?:,|:|—|-{1,2})\s*)+", re.IGNORECASE)
# A sentence that opens with one of these verbs urges; it states nothing.
IMPERATIVES = _words("""let let's join visit sign think imagine step vote remember look consider
    help stand get go come take give tell don't do please call try meet build check learn
    discover act keep watch see ask bring start stop say""")
EXHORTATION = re.compile(rf"^(?:(?:{IMPERATIVES})\b(?!\s+(?:by|of)\b)|god bless|"
                         r"now is the time|it is time|it's time)", re.IGNORECASE)
# Obligation, recommendation and hedging: no fact settles what ought to be or what someone
# guesses. Contractions count: "shouldn't", "mustn't".
FIRM = FoldedPattern(r"\b(?:(?:our|my|the|its|their) (?:goal|mission|vision|aim|ambition|"
                  r"priority|hope|dream) is|should(?:n't|n’t)?|must(?:n't|n’t)?(?! have)|"
                  r"ought to|have to|has to|"
                  r"need(?:s|n't)? to|(?:i|we) (?:think|believe|feel|guess|suppose|bet|know) "
                  r"|believe me|probably|maybe|perhaps|it seems|seems|it remains to be seen|"
                  r"deserves?|i promise|promise you|i'd|i would|we would|would never|"
                  r"can't afford|cannot afford|the time (?:for|to)|it's time|anyone's guess)\b",
                  re.IGNORECASE)
# What is still to come: a promise or a prediction, checkable only as an announced figure.
FUTURE = FoldedPattern(r"\b(?:will|won't|won’t|would(?! have)|shall|expected (?:\w+ ){0,3}to|"
                    r"(?:i|we|you|they|he|she|it)(?:'ll|’ll)|"
                    r"going to|gonna|(?:am|are|is|'re|'m)\s+(?:not\s+)?going to|"
                    r"intends? to|plans? to|aims? to|hopes? to|expects?|look forward|"
                    r"(?:is|are) (?:likely|set|poised|determined|committed|confident|ready) to)\b",
                    re.IGNORECASE)
# A possibility, not an event: "AI can optimize routes". A rule's effect is a fact, though:
# "you can keep your plan under the law", "could face a fine of up to £5,000".
POSSIBLE = FoldedPattern(r"\b(?:can|could|may(?<!in may)(?<!on may)(?<!by may)(?<!since may)"
                      r"(?<!until may)(?<!last may)(?<!early may)(?<!late may)(?<!mid-may)"
                      r"(?!\s+\d)|might|likely|"
                      r"possibly|potentially)\b", re.IGNORECASE)
# An announced schedule or launch is a record: "The event will be held in Denver",
# "The upcoming RocketChip will launch soon".
SCHEDULE = FoldedPattern(r"\b(?:(?:will|is due to|are due to|is set to|are set to) (?:be held|"
                      r"take place|be available|meet|open|close|begin|start|be broadcast|"
                      r"be published|be released|release|launch|be launched|ship|arrive|"
                      r"debut|go on sale)|(?:is|are) scheduled|"
                      r"returns? to)\b", re.IGNORECASE)
# Where a particular thing is: "My campaign office is on Elm Street".
LOCATION = FoldedPattern(r"\b(?:is|are|was|were)\s+(?:located\s+|based\s+)?(?:on|in|at|near|"
                      r"next to|outside|inside)\b", re.IGNORECASE)
# Asides and conjuncts (see ``assess``).
ASIDE = re.compile(r",\s+(?:which|who)\s+[^,]{3,80},", re.IGNORECASE)
CONJUNCT = re.compile(r",?\s+(?:and|but)\s+(?=(?:he|she|they|we|i|it)\s)", re.IGNORECASE)
RULE_CONTEXT = FoldedPattern(r"\bunder (?:the|this|that|our|their|his|her|a|its) |\bthe law\b|"
                          r"\bbecause (?:the|a) (?:law|rule|contract|bill)\b", re.IGNORECASE)
# Words that judge. Verbs judge wherever they stand ("Congress has failed the people");
# adjectives and nouns only as what the subject is ("The plan is a mess"), not as a word
# inside an event's object ("setting up a clear rivalry").
JUDGING_VERBS = FoldedPattern(r"\bdescribed (?:\w+ ){1,3}as\b|\b(?:" + _words("""deserve
    deserves deserved regret regrets matters welcome delight
    delighted thrilled excited proud committed positioned determined""") + r")\b|"
    # failing someone, or failing to please, judges; talks or a takeover that failed is an
    # event ("after talks fail", "the takeover failed after regulators objected")
    r"\bfail(?:s|ed|ing)?\s+(?:(?:the|its|their|our|his|her|your|us|them|him|me|you|"
    r"everyone|investors|customers|users|voters|people)\b|to\s+(?:impress|deliver|inspire|"
    r"convince|excite|live\s+up|meet\s+expectations|keep\s+(?:its|their|his|her)\s+promise))|"
    r"\b(?:lost|losing) (?:its|their|his|her|our) way\b|\brun out of\b|"
    r"\b(?:trust|confidence|credibility) in\b", re.IGNORECASE)
EVALUATIVE = FoldedPattern(r"\b(?:is|are|was|were|be|been|being|(?:it|that|he|she|this|what|there)"
                        r"['’]s|'re|’re|remains?|becomes?|"
                        r"became|stands? for)\s+(?:(?!to\b)\w+\s+){0,3}?(?:" + _words("""wrong right
    fair unfair good bad great best worst better disaster disastrous mess broken dangerous
    shameful ashamed disappointing offensive evasive bleak doomed overdue unrealistic
    ambitious bold exciting perfect ideal true leader dream beautiful troubling incredible
    amazing terrible horrible wonderful tired stake reckoning crossroads fit honest clear
    clearer important stronger weaker opportunity opportunities enormous huge trust dna
    vision mission goal victory blow gift precedent beginning future shape touch uncertain
    unclear unlikely hurting question real story bet extraordinary remarkable staggering
    stunning phenomenal impressive tremendous exceptional spectacular outstanding
    breathtaking insatiable""") + r"|far from)\b|"
                        # intransitive, at the end: "Our strategy is working", "The world is
                        # watching"; not "was working to bring its schedule forward"
                        r"\b(?:is|are) (?:still )?(?:working|watching)\W*$", re.IGNORECASE)
# A superlative of value, not of measure: "the most trusted bank", "the best we have made".
PRAISE = FoldedPattern(r"\b(?:most (?:trusted|admired|innovative|important|beautiful|exciting|"
                    r"capable|powerful|advanced|sophisticated|impressive|influential|"
                    r"ambitious|promising|significant|consequential|dangerous)|"
                    # ("best known for" says what a thing is known for, no praise)
                    r"best(?!\s+known\b)|greatest|finest|worst)\b", re.IGNORECASE)
# Looking or seeming: "Texas has never looked stronger".
PERCEPTION = Lexicon("look looks looked seem seems seemed appear appears sound sounds feel "
                     "feels")
# Looking as an act, not a seeming: "has looked at sites in Texas", "looked into a bid".
LOOKED_AT = FoldedPattern(r"\b(?:look|looks|looked|looking) (?:at|into|for|over|through)\b")

# A verifiable predicate: an event in the past (regular or irregular), a passive, a perfect.
IRREGULAR_PAST = _words("""was were had did made took went came met spoke won lost cut left sold
    paid found held built gave got grew rose fell ran said told began became brought bought
    drove flew led knew saw wrote sat stood spent sent shook wore set put hit quit struck
    taught fought caught beat broke chose drew ate forgot hung withdrew swore rang sang shut
    shrank sank stole threw understood woke overtook undertook laid lay slept dealt meant
    read heard""")
EVENT = FoldedPattern(rf"\b(?:{IRREGULAR_PAST}|[a-z]{{3,}}ed|(?:did|didn't|did not|never|"
                   r"wasn't|weren't)\s+[a-z]+|(?:has|have|had|hasn't|haven't|"
                   r"hadn't)\s+(?:not\s+|never\s+|also\s+|already\s+)?[a-z]+(?:ed|en|wn|ne|t)"
                   r")\b", re.IGNORECASE)
# Changes too vague for a record to settle without a figure: "his stance gradually evolved".
VAGUE_CHANGE = Lexicon("""evolved emerged shifted changed developed intensified deepened matured
    flourished improved worsened progressed""")
# A present passive describes a state, not an event: "it is underpinned by shared goals".
PRESENT_PASSIVE = FoldedPattern(r"\b(?:is|are|am|'s|'re)\s+(?:\w+ly\s+)?[a-z]+ed\b", re.I)
# Present relations a record can settle: who owns, employs, ranks, bans, holds.
RELATION = Lexicon("""has have owns own employs employ operates operate
    includes include contains contain covers cover serves serve holds hold runs sells produces
    produce ranks rank handles handle bans ban requires require forbids forbid allows allow
    pays pay costs cost imports import exports export lives live works work leads trails
    controls control earns earn spends spend receives receive makes opens closes stands
    remains remain accounts represents represent counts""")
# Figures the quantity reader does not give: spelled-out counts, ordinals, fractions, ratios.
FIGURE_WORDS = FoldedPattern(r"\b(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                          r"twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|"
                          r"hundreds?|thousands?|millions?|billions?|trillions?|dozens?|half|"
                          r"halves|"
                          r"third|quarter|fifth|twice|double[ds]?(?! down)|triple[ds]?|tripled|"
                          r"\d+(?:st|nd|rd|th))\b",
                          re.IGNORECASE)
COMPARISON = FoldedPattern(r"\b(?:more|fewer|less|[a-z]{3,}er) than\b|\b(?:largest|biggest|"
                        r"highest|lowest|smallest|oldest|youngest|fastest|slowest|longest|"
                        r"most [a-z]+ (?:in|of|since))\b", re.IGNORECASE)
# Anchors in time: "on Friday", "last spring", "this morning", "since October", "ago".
TIME = FoldedPattern(r"\b(?:yesterday|today|tonight|ago|since|last (?:week|month|year|night|"
                  r"spring|summer|fall|autumn|winter|quarter)|next (?:week|weekend|month|year|"
                  r"spring|summer|fall|quarter)|this (?:morning|afternoon|"
                  r"evening|week|month|year|fall|spring|summer)|(?:on|in|by|until|for) "
                  r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|"
                  r"february|march|april|may|june|july|august|september|october|november|"
                  r"december)|(?:in|at|before|after) (?:the )?(?:morning|afternoon|evening|"
                  r"night|noon|midnight))\b", re.IGNORECASE)
# Who the claim is about. Particular: a person, a body, a definite thing. Generic: a kind
# ("Families", "Innovation", "AI development"), which a fact can settle only with a figure.
FIRST_PERSON = re.compile(r"^(?:i|we|my|our|us|i've|we've|i'm|we're|i’ve|we’ve)\b", re.I)
PRONOUN = re.compile(r"^(?:he|she|they|it|you|his|her|their|its|your|this|these|those|that)\b",
                     re.I)
DEFINITE = re.compile(r"^(?:the|this|that|these|those|its|his|her|their|our|my|your|"
                      r"[A-Z][\w&.-]*(?:'s|’s))\s", re.IGNORECASE)
# Capitalised first words that are no name: "Now is not the time", "Step into the future".
STARTERS = re.compile(r"^(?:now|well|let|uh|um|first|step|so|maybe|perhaps|together|today|"
                      r"why|what|how|honestly|folks|look|think|join|visit|sign)\b", re.I)
# An office or body named by its role: "The president", "my opponent", "the company".
ROLE = re.compile(r"^(?:the|our|my|this|that|their|his|her|its|your)\s+(?:[\w-]+\s+){0,2}?(?:"
                  + _words("""president governor mayor senator congressman congresswoman
    minister chancellor judge court council board company firm bank agency administration
    government opponent predecessor successor chairman chair chief executive officer
    director treasurer sheriff commissioner superintendent spokesman spokeswoman
    union party committee legislature department ministry regulator""") + r")\b", re.I)
GENERIC = re.compile(r"^(?:nobody|no one|people|families|folks|things|life)\b", re.IGNORECASE)
# A quantified subject generalises even in the past: "Few executives have bet so early".
QUANTIFIED = re.compile(r"^(?:few|many|most|every|each|all|everyone|everybody|"
                        r"anyone|anybody)\b", re.IGNORECASE)
# Who said it is not what was said: "Su said she expected ...", "..., said Mara Lindqvist, an
# analyst", "analysts say". The reported statement is what is judged, unless the speaker is
# someone the store knows: what they said is a matter of record (``_known_speaker``).
REPORTED_LEAD = re.compile(r"^(?P<speaker>[\w.'’ -]{1,60}?)\s+(?:said|says|argued|argues|"
                           r"is arguing|added|noted|warned|has said|have said|insisted|"
                           r"predicted)\s+(?:that\s+)?"
                           r"(?P<rest>.{12,})$", re.IGNORECASE)
_ARGUED = lazy(r"\s+(?:has\s+|have\s+|is\s+)?(?:argued|argues|arguing|predicted|"
                     r"insisted)\b", re.IGNORECASE)
REPORTED_PLAN = FoldedPattern(r"\b(?:said|announced|told \w+|pledged|promised|has said|had said)"
                           r"\s+(?:that\s+)?(?:[\w-]+\s+){0,8}?(?:would|plans? to|"
                           r"intends? to)\b", re.IGNORECASE)
REPORTED_TAIL = re.compile(r",[\"”’']?\s+(?:(?:said|says|added|noted|argued|wrote)\s+[A-Z]|"
                           r"(?:analysts?|critics|experts|observers|officials|people)\s+"
                           r"(?:say|said|argue|believe)\b).*$")

# An outside voice: the analyst, strategist, economist or scientist a report quotes for a
# reading of events ("..., said Jane Roe, an analyst at Brightline"; "Jane Roe, a strategist
# at X, said ..."; "analysts say"). What they say without a figure is their view.
_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}"
_PUNDIT = (r"(?:[\w-]+\s+){0,4}?(?:analysts?|strategists?|economists?|"
           r"(?:portfolio|fund|money) managers?|investors?|professors?|researchers?|"
           r"scientists?|consultants?|commentators?|fellow|experts?|critics?|observers?|"
           r"[a-z]+ists?(?=\s+(?:at|in|who|with|for|of|from|and)\b|[,.;:]|$))")
# (gated: most claims hold none of its verbs and nouns, looked for as strings first)
COMMENTATOR = gated(re.compile(
    rf"\b(?:said|says|added|noted|argued|wrote|according to)\s+{_NAME},\s+(?:a|an)\s+"
    rf"{_PUNDIT}|^[\"“]?{_NAME},\s+(?:a|an)\s+{_PUNDIT}\b[^,]{{0,80}},\s+(?:said|says|"
    r"argued|argues|added|noted|warned|wrote)\b|(?<!which )(?<!that )\b(?:analysts|critics|"
    r"experts|observers|economists|strategists|commentators)\s+(?:say|said|argue|argued|believe|warn|warned|"
    r"note|noted|reckon|think)\b|\baccording to analysts\b"))


# What a speaker says is so: "the fact is that ...", "records show that ...".
TOLD = FoldedPattern(r"\b(?:tell you|told you|forget|remember|the fact is|found|records show|"
                     r"know) that (?P<rest>.+)$")


def _core(text: str) -> str:
    """The clause without the speaker's openers and with its reported content first:
    "Well, the fact is that he voted for it" -> "he voted for it"."""
    core = OPENERS.sub("", text.strip()).strip()
    told = TOLD.search(core)
    if told and not re.match(r"(?:i|we) (?:know|think)", core, re.IGNORECASE):
        return told.group("rest")
    core = REPORTED_TAIL.sub("", core).strip(" \"“”'")
    reported = REPORTED_LEAD.match(core)
    return reported.group("rest").strip(" \"“”'") if reported else core


# A phrase of circumstance before the subject: "In 2024, ...", "Meanwhile, ...".
_OPENING_PHRASE = lazy(r"^(?:(?:in|on|at|by|during|since|after|before|under|over|for|last|"
                       r"today|now|meanwhile|however|also|twenty|as)\b[^,]{0,60},\s*)",
                       re.IGNORECASE)


def _subject(core: str, claim: Claim) -> str:
    """The kind of subject the clause has: first person, pronoun, named, definite, generic."""
    lead = _OPENING_PHRASE.sub("", core)
    if FIRST_PERSON.match(lead):
        return "first person"
    if PRONOUN.match(lead) or (claim.subject_name or "").lower() in ("he", "she", "they"):
        return "pronoun"
    if GENERIC.match(lead):
        return "generic"
    if QUANTIFIED.match(lead):
        return "quantified"
    if ROLE.match(lead):
        return "role-noun"
    if DEFINITE.match(lead):
        return "definite"
    names = [n for n in (*claim.unknown_names, claim.subject_name or "") if n]
    if claim.subject or (any(lead.startswith(n) for n in names) and not STARTERS.match(lead)):
        return "named"
    if FIGURE_WORDS.match(lead):
        return "figure"
    return "generic"


def assess(claim: Claim) -> Checkability:
    """Is ``claim`` a statement some fact could settle, and how much is checking it worth?"""
    sentence = claim.sentence.strip()
    core = _core(claim.text)
    if sentence.endswith("?"):
        return _reading(claim, False, "a question: it asks, it states nothing", True)
    if EXHORTATION.match(OPENERS.sub("", sentence)) and EXHORTATION.match(core):
        return _reading(claim, False, "an exhortation: it urges, it states nothing", True)
    # (each pattern below is searched only where its answer can change the reading: a
    # figure, say, makes a commentator's words and a promise a record can settle)
    pundit = None if claim.quantities or claim.years or claim.dates else \
        COMMENTATOR.search(sentence)
    if pundit and not _known_speaker(claim):
        # Firm: a fact matching some of its words does not make a view a record.
        return _reading(claim, False, f"a commentator's view (\u201c{pundit.group(0)}"
                        "\u201d) with no figure a record could settle", True)
    # A modal inside an aside ("The bridge, which should have reopened in June, remains
    # closed") qualifies the aside, not the statement; a judgement joined by "and" to a
    # fact ("He shouldn't have signed it, and he signed it without a bid") leaves the fact.
    main = ASIDE.sub("", core)
    readings = [_read(part, claim) for part in CONJUNCT.split(main) if part.strip()]
    chosen = next((r for r in readings if r[0]), readings[0] if readings else
                  (False, "no statement", False))
    if not chosen[0] and not chosen[2] and _known_speaker(claim):
        # "Doe said widgets are the future": whether Doe said it is a matter of record.
        chosen = (True, f"a report of what {claim.subject_name} said, which a recorded "
                  "quotation can settle", False)
    return _reading(claim, *chosen)


def _known_speaker(claim: Claim) -> bool:
    """Does the claim report what someone the store knows said? An unknown analyst's view
    stays a view ("..., said Jane Roe, an analyst")."""
    frame = REPORTED_LEAD.match(OPENERS.sub("", claim.text.strip()))
    if not (frame and claim.subject and claim.subject_name):
        return False
    if _ARGUED.match(frame.group(0), frame.end("speaker")):
        return False  # "Doe has argued that ...": a case made for a view, the view stays one
    words = set(claim.subject_name.split())  # "Doe" for Jane Doe
    return any(w in words for w in re.findall(r"[A-Z][\w.'’-]+", frame.group("speaker")))


Read = tuple[bool, str, bool]  # checkable, reason, firm
# A judging adjective alone, without the verb that makes it what is said ("... is crucial"):
# beside a figure it describes what the figure is of ("the crucial $500 billion project was
# announced"), an aside that leaves the figure to be checked; without one it is the point.
ASIDE_ADJECTIVES = FoldedPattern(r"crucial|paramount|imperative")
# An adverb of certainty on a deed or a state with a figure ("Acme undoubtedly became the
# first chipmaker worth $1 trillion in 2023") vouches for what a record settles; on what is
# still to come, or with no figure, it is the writer's conviction.
ASIDE_ADVERBS = FoldedPattern(r"undoubtedly|undeniably|certainly|surely|definitely")


def _read(core: str, claim: Claim) -> Read:
    """The reading of one statement: a judgement first, then a subject and a predicate."""
    marker = claim.opinion_marker or ""
    word = marker.lstrip("!")
    if word and holds_word(claim.text, word) and not holds_word(core, word):
        marker = ""  # the word that judged sits in an aside or in the other conjunct
    expected = _expected_figure(claim)
    aside = claim.quantities and ASIDE_ADJECTIVES.fullmatch(word) or _figure(claim) and \
        claim.future_marker is None and ASIDE_ADVERBS.fullmatch(word)
    if marker.startswith("!") and not aside and not (expected and word.lower() == "should"):
        return (False, f"judgement, prediction or recommendation (\u201c{marker[1:]}\u201d): "
                "not a checkable statement of fact", True)
    if expected:
        # "the project should see $500 billion of investment": an outcome expected, which
        # a stored plan or forecast can settle, as "is expected to" is read
        return (False, f"a prediction (\u201c{claim.future_marker}\u201d) of a figure a "
                "stored plan may settle", False)
    firm = FIRM.search(core)
    if firm:
        return (False, f"judgement, hedge or recommendation (\u201c{firm.group(0).strip()}"
                "\u201d): no fact could settle it", True)
    # "you can keep your plan under the law": a possibility under a rule is no judgement
    if marker and not (RULE_CONTEXT.search(core) and POSSIBLE.fullmatch(marker)):
        return (False, f"judgement or characterisation (\u201c{marker}\u201d)", False)
    amount = bool(claim.quantities or claim.years or claim.dates or FIGURE_WORDS.search(core))
    figure = amount or COMPARISON.search(core) is not None
    future = None if amount else FUTURE.search(core)
    # A plan with a figure is an announcement a record can settle ("plans to invest $500
    # billion"); so is what someone said they would do ("xAI said it would ...").
    if future and not SCHEDULE.search(core) and not (
            future.group(0).lower() in ("would", "plans to", "plan to", "intends to",
                                        "intend to") and REPORTED_PLAN.search(claim.text)):
        return (False, f"a promise or prediction (\u201c{future.group(0)}\u201d) with no "
                "figure a record could settle", False)
    possible = POSSIBLE.search(core)
    if possible and not RULE_CONTEXT.search(core):
        return (False, f"a possibility (\u201c{possible.group(0)}\u201d), not an event", False)
    if possible:
        return (True, f"what a rule or plan permits (\u201c{possible.group(0)}\u201d under it)",
                False)
    subject = _subject(core, claim)
    event = EVENT.search(core)
    # "The hospital is the largest employer in the county": a ranking, not a verdict.
    praise = PRAISE.search(core)
    if praise and not amount:
        # "the most capable accelerator on sale": the praise is what is said, so a stored
        # state named in its object ("on sale") does not confirm it.
        return (False, f"an evaluation (\u201c{praise.group(0).strip()}\u201d): no fact "
                "could settle it", True)
    # an evaluation is read only where it decides: a figure and an event are checkable anyway
    judged = None if figure and event else JUDGING_VERBS.search(core) or (
        PERCEPTION.search(core) if not LOOKED_AT.search(core) else None) or praise or (
        None if _factual_superlative(core) else EVALUATIVE.search(core))
    if judged:
        return (False, f"an evaluation (\u201c{judged.group(0).strip()}\u201d): no fact could "
                "settle it", False)
    said = f"a {subject} subject"  # every kind of subject begins with a consonant
    if figure:
        return (True, f"{said} with a figure, date or comparison", False)
    # A participle comments on its sentence's subject; it states a relation of its own when
    # it names two parties ("making chips on its N4 process for customers such as Apple").
    parties = {*claim.named, *(n for n in claim.unknown_names if not STARTERS.match(n)),
               *([claim.subject] if claim.subject else [])}
    if claim.named or len(parties) >= 2 or (
            subject == "named" and claim.role not in ("participle", "with")):
        return (True, "it names who it is about and states something of them", False)
    vague = VAGUE_CHANGE.search(core)
    if event and vague and not TIME.search(core):
        return (False, f"a vague change (\u201c{vague.group(0)}\u201d) with no figure or date "
                "a record could settle", False)
    if event and not PRESENT_PASSIVE.search(core) and subject != "quantified":
        # An episode in the past is particular whoever the subject: "Reporters waited".
        return (True, f"{said} and an event (\u201c{event.group(0)}\u201d)", False)
    if subject in ("generic", "quantified"):
        return (False, "general statement: it is about no one in particular and gives no "
                "figure, so there is nothing to check it against", False)
    if TIME.search(core) or SCHEDULE.search(core):
        return (True, f"{said} and a time", False)
    relation = RELATION.search(core) or LOCATION.search(core)
    if relation:
        return (True, f"{said} and a relation (\u201c{relation.group(0)}\u201d)", False)
    return (False, "general statement: it describes, names no event and gives no figure, so "
            "there is nothing to check it against", False)


def _expected_figure(claim: Claim) -> bool:
    """Does "should" expect an outcome with a figure ("should measure 500,000 square
    feet"), rather than urge an act?"""
    return (claim.future_marker or "").lower() == "should" and _figure(claim)


def _figure(claim: Claim) -> bool:
    """Does the claim give a figure other than a year or a date?"""
    return any(q.kind not in (Kind.YEAR, Kind.DATE) for q in claim.quantities)


# A measured rank: "is the largest employer", "was the first woman".
SUPERLATIVE = FoldedPattern(r"\b(?:is|are|was|were)\s+(?:the|its|their|our)\s+(?:\w+\s+)?"
                            r"(?:largest|biggest|highest|lowest|first|only|oldest)\b")


def _factual_superlative(core: str) -> bool:
    """A measured rank as the predicate: "is the largest employer", "was the first woman"."""
    return SUPERLATIVE.search(core) is not None


def _reading(claim: Claim, checkable: bool, reason: str, firm: bool = False) -> Checkability:
    """The reading with its worthiness; a checkable one says so first."""
    if checkable:
        reason = f"checkable: {reason}"
    return Checkability(checkable, reason, firm, worthiness(claim, checkable))
