"""Atomic claims from a Document.

Owns: going through a Document's blocks sentence by sentence (``sentences.py``), their
clauses (``clauses.py``), each claim's subject, its standalone form with leading pronouns
resolved, its quantities, years and quotes, and the words that mark it as a judgement or as
presented in the future. Must not: read the store or decide a
verdict; it is handed an entity finder.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..model import Block, Claim, Document, Kind, Quantity, Span
from .appositives import dash_aside
from .bidi import as_displayed
from .clause_spans import Clause
from .clauses import split_sentence
from .discourse import Discourse
from .elapsed import elapsed_times
from .entities import Mention
from .figure_parts import ClauseText, ReadClause, figure_parts
from .furniture import blank_asides, content_start, timeline_entries
from .groups import described_subject, subject_group, together
from .headlines import headline_names, title_case, told_elsewhere
from .heads import hung_from
from .implied import MEASURE_SUBJECT, agent_only, as_project
from .interruptions import ASIDE
from .later import counted_from, told_later
from .lead_ins import LEAD_IN, PAIR, TIME_LEAD, clause_lead_end, lead_end, when_end
from .lead_parts import lead_parts
from .lexicon import lazy
from .lists import list_lead, strip_mark
from .markers import FRAMING, FUTURE, NEGATION, STRONG_OPINION, WEAK_OPINION, without_benchmarks
from .mentions import EntityFinder, blanked, named_by, named_in, with_descriptions
from .notes import claim_notes, unread_restated
from .noting import note_clause, note_short
from .objects import without_wider
from .participles import participle_standalone
from .quantities import find_quantities
from .quotations import Frame, quotation_frames, quotation_pieces
from .relative_dates import relative_dates, unplaced_weekdays
from .roles import (
    acts_for,
    chain_owners,
    incidental,
    maker_products,
    outside_names,
    owners,
    possessor,
    products_counted,
    served_products,
)
from .sentences import sentences
from .subjects import subject_and_standalone
from .tables import header_row, row_statements
from .unknown_names import unknown_names

QUOTE = re.compile(r"[\"“]([^\"“”]{8,})[\"”]")
_NO_FRAME = Frame()  # a sentence that is no piece of a quotation


def claim_id(text: str, seen: dict[str, int]) -> str:
    """A stable id from the claim's words: the same words give the same id."""
    normal = " ".join(text.lower().split())  # str.split and \s: the same blanks
    digest = hashlib.sha1(normal.encode("utf-8")).hexdigest()[:10]
    seen[digest] = seen.get(digest, 0) + 1
    return f"c{digest}" if seen[digest] == 1 else f"c{digest}-{seen[digest]}"


def extract_claims(document: Document, finder: EntityFinder) -> list[Claim]:
    """Every atomic claim of ``document``, in reading order."""
    return list(iter_claims(document, finder))


def iter_claims(document: Document, finder: EntityFinder) -> Iterator[Claim]:
    """The claims of ``document`` one sentence at a time, as they are read (so a caller can
    judge the first while the rest are still being read)."""
    context = Discourse(finder.entities, finder.partners, finder.roles)
    seen: dict[str, int] = {}
    if document.title:
        context.headline(finder.find(document.title))
    section: tuple[str, str] | None = None  # what the current section's heading names
    lead: str = ""  # the lead-in line over the current list ("Data Center segment:")
    timeline = timeline_entries([document.text[b.span.start:b.span.end] if b.kind == "prose"
                                 else "" for b in document.blocks])
    before: tuple[dt.date, dt.date] | None = None  # the one date of the sentence before
    for at, block in enumerate(document.blocks):
        if block.kind != "prose":
            before = None  # a heading, a row or a list's lead is no sentence to count from
        if block.kind != "row":
            lead = list_lead(document.text[block.span.start:block.span.end], lead,
                             block.kind in ("heading", "short"))
        if block.kind == "short" and finder.find(document.text[block.span.start:block.span.end]):
            block = replace(block, kind="prose")  # looks like a heading, names a known name
        if block.kind in ("title", "heading", "short") and not document.title:
            context.headline(finder.find(document.text[block.span.start:block.span.end]))
        if block.kind in ("title", "heading", "short") and not header_row(document, at):
            section = named_by(document.text[block.span.start:block.span.end], finder, context)
        if block.kind in ("heading", "short") and \
                document.text[block.span.start:block.span.end].rstrip().endswith("?"):
            # An interviewer's question: what it names is what the answer's "it" means.
            context.next_sentence()
            note_clause(context, finder,
                        finder.find(document.text[block.span.start:block.span.end]), None)
        if block.kind == "row":
            yield from _row_claims(document, block, finder, context, seen, section)
            continue
        if block.kind != "prose":
            continue
        block_text = document.text[block.span.start:block.span.end]
        for sentence_span in sentences(block_text):
            offset = block.span.start + sentence_span.start
            sentence = document.text[offset:block.span.start + sentence_span.end].replace(
                "\n", " ")
            cut, when = content_start(sentence, entry=at in timeline)  # past a dateline
            offset, sentence = offset + cut, sentence[cut:]
            # read as a reader sees it: "$<RLO>21<PDF> billion" shows "$12 billion"
            shown = as_displayed(document, offset, offset + len(sentence))
            sentence = shown.replace("\n", " ") if shown is not None else sentence
            if sentence.rstrip().endswith("?") or len(sentence.split()) < 3:
                # Not a claim, but what it names is named: "Who is Anthropic? The San
                # Francisco company was founded in 2021" is about Anthropic.
                context.next_sentence()
                note_short(context, finder, sentence)
                continue
            quotation = quotation_pieces(sentence)
            read: list[Claim] = []
            for (a, b), frame in zip(quotation.pieces, quotation_frames(
                    sentence, quotation, finder, context), strict=True) if quotation else \
                    [((0, len(sentence)), Frame())]:
                # "A month later, ...": counted from the one date of the sentence before
                read += told_later(_sentence_claims(document, sentence[a:b], offset + a,
                                                    finder, context, seen, lead, when, frame),
                                   sentence[a:b], before)
            yield from read
            before = counted_from(read)


def _sentence_claims(document: Document, sentence: str, offset: int, finder: EntityFinder,
                     context: Discourse, seen: dict[str, int], lead: str = "",
                     when: str = "", frame: Frame = _NO_FRAME) -> list[Claim]:
    """The claims of one sentence; ``frame`` is the speaker and period of a quotation the
    sentence is a piece of (``quotations``)."""
    context.next_sentence()
    raw, sentence = sentence, blank_asides(sentence)
    mentions = headline_names(with_descriptions(sentence, finder, context, raw),
                              document.text, sentence)
    clauses = split_sentence(sentence, [(m.start, m.end) for m in mentions])
    time_lead = TIME_LEAD.match(sentence)
    sentence_lead = LEAD_IN.match(sentence)
    out: list[Claim] = []
    previous_subject: tuple[str, str] | None = None
    # a piece of a quotation is read in the period an earlier piece told
    reading = _Reading(document, raw, sentence, offset, mentions, finder, context, seen,
                       time_lead.end() if time_lead else 0 if frame.period or when else None,
                       time_lead.group(0) if time_lead else frame.period or when,
                       sentence_lead.end() if sentence_lead else None,
                       sentence_lead.group(0) if sentence_lead else "", lead, frame)
    for clause in clauses:
        prior = out[-1].opinion_marker if out else None
        read = _without_aside(reading, clause.aside) if clause.aside else reading
        head = hung_from(sentence, clause, mentions)  # "a venture, involving A and B"
        claim, subject = _clause_claim(read, clause, head or previous_subject, prior,
                                       record=True, hung=head is not None)
        if head is None and (previous_subject is None or not dash_aside(sentence, clause)):
            # "... backed by Acme and Globex — a fund — and plans to ...": what a later
            # name's aside describes is not what the sentence goes on about
            previous_subject = subject or previous_subject
        at = ClauseText(read.sentence, clause, read.mentions, finder.entities)
        parts = lead_parts(at, claim, _part_reader(read, prior)) or \
            figure_parts(at, claim, previous_subject, _part_reader(read, prior))
        out.append(replace(claim, parts=parts) if parts else claim)  # most have none
    return out


@dataclass(frozen=True, slots=True)
class _Reading:
    """What every clause of one sentence is read with."""

    document: Document
    raw: str  # the sentence as it stands
    sentence: str  # the same with asides blanked
    offset: int  # of the sentence in the document's text
    mentions: list[Mention]
    finder: EntityFinder
    context: Discourse
    seen: dict[str, int]
    time_lead_end: int | None
    time_lead: str
    sentence_lead_end: int | None
    sentence_lead: str
    list_lead: str = ""  # the lead-in line over the list item the sentence is
    frame: Frame = _NO_FRAME  # of the quotation the sentence is a piece of


def _without_aside(reading: _Reading, aside: tuple[int, int]) -> _Reading:
    """The sentence read with an appositive inside a clause blanked, and without its names:
    "Google bought DeepMind, the London lab, in 2014" says "Google bought DeepMind in 2014"."""
    start, end = aside
    return replace(reading, sentence=reading.sentence[:start] + " " * (end - start) +
                   reading.sentence[end:],
                   mentions=[m for m in reading.mentions if not start <= m.start < end])


def _part_reader(reading: _Reading, prior: str | None) -> ReadClause:
    """How a part of a clause is read: as a clause, its names already noted."""
    def read(clause: Clause, previous: tuple[str, str] | None, restated: str | None) -> Claim:
        return _clause_claim(reading, clause, previous, prior, record=False,
                             restated=restated)[0]
    return read


def _clause_claim(reading: _Reading, clause: Clause, previous_subject: tuple[str, str] | None,
                  prior_marker: str | None, *, record: bool, restated: str | None = None,
                  hung: bool = False) -> tuple[Claim, tuple[str, str] | None]:
    """The claim one clause makes, and its subject; ``record`` notes its names in the
    discourse (a figure's part of a clause was noted with the clause); ``restated`` is its
    standalone form when a part of a clause says it in other words than its own."""
    document, raw, sentence, offset = (reading.document, reading.raw, reading.sentence,
                                       reading.offset)
    finder, context, mentions = reading.finder, reading.context, reading.mentions
    text = sentence[clause.start:clause.end]
    inner = [m for m in mentions if clause.start <= m.start < clause.end]
    local = [m.shifted(-clause.start) for m in inner]
    subject, standalone, resolved = subject_and_standalone(
        clause, text, local, context, previous_subject, chain_owners(text, local, finder))
    standalone = participle_standalone(standalone, sentence, subject, clause.role)
    said = reading.frame
    if said.speaker and not local and (subject is None or not subject[0] and
                                       subject[1] == said.voice):
        subject = said.speaker  # '"Revenue was ...," the company said': the company's
    if clause.role == "verb-phrase" and reading.sentence_lead_end is not None and \
            clause.start >= reading.sentence_lead_end:
        # "Early in OpenAI's development, NVIDIA recognized ... and invested": the
        # lead-in holds for every verb phrase of the sentence.
        standalone = reading.sentence_lead + standalone
    elif reading.time_lead_end is not None and clause.start >= reading.time_lead_end and \
            clause.role != "appositive" \
            and not _YEAR_IN.search(standalone):
        standalone = reading.time_lead + standalone  # "In 2024, AMD is projected ..."
    names = [n for n in unknown_names(text, local, sentence_start=clause.start == 0)
             if n != reading.frame.voice]  # who said it for the company: no content
    if names and title_case(sentence):
        # "OpenAI's ChatGPT Hits 300 Million Users": a headline capitalises its words; a
        # name is one the article writes with capitals elsewhere too
        names = [kept for n in names for kept in told_elsewhere(n, document.text, sentence)]
    entities = [m.entity for m in local]
    if resolved and resolved[0] and resolved[0] not in entities:
        entities.insert(0, resolved[0])
    if resolved and context.group and together(context.group) in standalone:
        # "They": each of them, the names the store lacks too
        entities += [e for e, _ in context.group if e and e not in entities]
        names = [*(n for e, n in context.group if not e), *names]
    if clause.inherits_subject and context.thing and context.thing[0] and \
            _THING_PRONOUN.search(text) and context.thing[0] not in entities:
        entities.append(context.thing[0])  # "... and left its board": its = OpenAI
    if subject and subject[0] and subject[0] not in entities:
        entities.insert(0, subject[0])
    agents = acts_for(subject[0] if subject else None, finder)
    entities += [a for a in agents if a not in entities]
    # "the takeover": the parties of the one told
    here = frozenset(m.entity for m in local)
    event, told_in = context.events.parties(text, here), context.events.years(text, here)
    if told_in is None and clause.role == "participle" and \
            _PAST_EVENT.search(reading.sentence, 0, clause.start):
        # "raised $3.5 billion, putting its valuation at ...": the terms of that event
        told_in = frozenset(int(y) for y in _YEAR_IN.findall(reading.sentence, 0, clause.start))
    implied = False
    topic = context.topic()
    framed = said.speaker or topic  # a quotation's speaker, else the story's subject
    measure = MEASURE_SUBJECT.match(text, lead_end(text)) if framed and \
        not clause.inherits_subject and (subject is None or not subject[0]) else None
    # names after the measure's verb are no owner of it: "Shares fell 17% as investors
    # worried about DeepSeek" are the story's subject's
    # nor are those of a lead-in of its own ("After Globex reported, revenue rose ...")
    later = [m.entity for m in local if measure and (m.start >= measure.end() or
                                                     m.end <= clause_lead_end(text))]
    if measure and [e for e in entities if e not in later]:
        measure = None
    # a segment's capitals name a measure, not a party: "Data Center revenue reached"
    own_names = [n for n in names if not (measure and n in measure.group(0))]
    pair = PAIR.match(text, when_end(text))  # "Both firms": two parties, no one's measure
    unnamed = subject is None or not subject[0] and (measure is not None and subject[1] in
                                                     measure.group(0) and not pair or
                                                     bool(event) and subject[1] == "It")
    if unnamed and not [e for e in entities if e not in later] and not own_names and \
            framed and (_DEFINITE.match(text, when_end(text)) or measure or
                        event and _IT.match(text, when_end(text))) and \
            not clause.inherits_subject:
        # "The deal closed in April 2020" in a story about NVIDIA: NVIDIA's, implicitly, or
        # the one's who told it, a deal it is no party to; "The partners said ..." in one
        # about a venture: the venture's, by description
        teller = context.events.teller(text, here, topic[0]) if topic else None
        # (a piece of a quotation is its speaker's, one the store may not know)
        subject = said.speaker or ((teller, finder.entities[teller].name) if teller
                                   else framed)
        entities = [e for e in (subject[0], *later) if e]
        implied = bool(teller) or topic is None or not as_project(text, topic, finder)
    if record:
        # an aside on a later name ("Acme bought Globex, the widget maker") tells what the
        # object is: the sentence's subject stays what a following "It" continues; not on a
        # name after "was" ("The headline product was Zeta, a ..."), which is the topic
        # nor is a passive's agent ("Acme said the round was led by Thrive"): "It" goes on
        # with the speaker, else with the subject before
        agent = agent_only(text, local, subject)
        if not clause.inherits_subject and clause.role not in ("appositive", "relative", ASIDE):
            context.group = subject_group(text, local, subject[0] if subject else None) or (
                context.group if PAIR.match(text, when_end(text)) else ())  # still the two
            context.described_subject = described_subject(text, when_end(text), local)
        note_clause(context, finder, local, subject,
                    aside=clause.role == ASIDE or clause.role in ("appositive", "relative") and
                    any(m.start < clause.start for m in mentions) and
                    not _COPULA_BEFORE.search(sentence, 0, clause.start) or
                    agent is not None or
                    hung,  # the thing a participle describes is no subject "It" goes on with
                    unknown=clause.role != "with" and not pair)  # "they" next: as before
        if agent and agent[0]:
            speaker = finder.entities.get(agent[0])
            context.note_subject(*agent, speaker.kind if speaker else "thing")
        context.events.note(text, entities, standalone)
    standalone = named_in(restated or standalone, text, local, finder)
    if reading.list_lead and not local and reading.list_lead not in standalone and \
            reading.list_lead not in raw:  # (a heading's own clause: no lead over itself)
        # "Data Center segment:" over "- Revenue $3.9 billion, up 69%": the segment's
        # revenue, and its growth too when the growth is read as a part of its own
        standalone = f"{reading.list_lead} {strip_mark(standalone)}"
    standalone = context.amounts.restore(" ".join(standalone.split()))  # "that sum"
    quantities = products_counted(outside_names(find_quantities(standalone), standalone,
                                                local), local, finder)
    if record:
        context.amounts.note(quantities, standalone)
    quantities += [q for q in relative_dates(standalone, document.date)
                   if not any(_overlaps(q, other) for other in quantities)]
    served = served_products(subject[0] if subject else None, quantities, finder)
    entities += [e for e in served if e not in entities]
    years = tuple(int(q.value) if q.kind is Kind.YEAR else
                  _year_of_ordinal(q.value) for q in quantities
                  if q.kind in (Kind.YEAR, Kind.DATE))
    start = document.original_offset(offset + clause.start)
    span = document.original_span(Span(offset + clause.start, offset + clause.end))
    # A description that names an entity is a referent, not a judgement: "the software
    # giant is not among the funders" calls no one a giant.
    judged = blanked(text, [m for m in local if m.described])
    frame = FRAMING.match(judged) if clause.role == "main" else None
    if frame:
        judged = " " * frame.end() + judged[frame.end():]
    opinion = STRONG_OPINION.search(judged)
    weak = WEAK_OPINION.search(judged) if opinion is None else None  # the strong one decides
    marker = ("!" + opinion.group(0)) if opinion else (weak.group(0) if weak else None)
    if marker is None and clause.role in ("participle", "with") and prior_marker and \
            not any(q.kind not in (Kind.YEAR, Kind.DATE) for q in quantities):
        # "It has the potential to ..., surpassing OpenAI" elaborates a judgement and is one
        # too, unless it gives a figure ("robust results, with revenue reaching $90 billion")
        marker = prior_marker.lstrip("!")
    future = FUTURE.search(without_benchmarks(text))  # "ahead of forecasts" is no forecast
    warnings, refused = claim_notes(document, Span(offset, offset + len(raw)), text, raw)
    claim = Claim(
        id=claim_id(text, reading.seen) if record else "",
        text=document.original[span.start:span.end] if document.offsets is None else
        raw[clause.start:clause.end],
        standalone=context.events.sized(standalone),  # "the round", named by its size
        span=span,
        position=document.position(start),
        sentence=raw,
        entities=tuple(dict.fromkeys(entities)),
        # an object "it" resolved ("Acme bought it in 2015") is named as a name would be
        named=tuple(dict.fromkeys([*(m.entity for m in local), *([resolved[0]] if resolved and
                                  resolved[0] and resolved[0] != (subject or ("",))[0] else [])])),
        subject=subject[0] if subject and subject[0] else None,
        subject_name=subject[1] if subject else None,
        unknown_names=tuple(n for n in names if n),
        quantities=tuple(q for q in quantities if q.kind not in (Kind.YEAR, Kind.DATE)),
        years=years,
        quotes=tuple(m.group(1).strip().rstrip(".,") for m in QUOTE.finditer(text)),
        opinion_marker=marker,
        future_marker=future.group(0) if future else None,
        negated=bool(NEGATION.search(text)),
        dates=tuple(q for q in quantities if q.kind is Kind.DATE),
        fiscal_years=tuple(int(q.value) for q in quantities
                           if q.kind is Kind.YEAR and q.unit == "fiscal"),
        role=clause.role,
        possessor=possessor(text, local, subject[0] if subject else None),
        acts_for=agents,
        belongings=tuple(e for e in (*(m.entity for m in local), *(resolved or ())[:1]) if
                         subject and subject[0] and e in finder.entities and
                         subject[0] in finder.entities[e].affiliations) + served,
        incidental=incidental(text, local, names, finder, subject[0] if subject else None)
        # a product that only says whose a figure is ("the ChatGPT maker's revenue")
        + (maker_products(text, local, entities, finder, subject[0] if subject else None)
           if quantities else ()),
        implied_subject=implied, event_years=told_in,
        owners=owners(text, local),
        # "The round was led by Thrive": the round's parties, not every name said before
        context=tuple(sorted(without_wider(((event if event else context.implicit(
            text, entities, marker, bool(quantities)) - set(entities))
            # "Nvidia put in $100 million" after a round: the round's company
            | (context.events.put_into(text) - set(entities)))
            - {m.entity for m in local}, [m.entity for m in local], finder.entities,
            subject[0] if subject else None))),
        warnings=warnings, refused=refused,
        unread=unread_restated(text, standalone) + unplaced_weekdays(text, document.date),
        elapsed=elapsed_times(text),
    )
    return claim, subject


def _row_claims(document: Document, block: Block, finder: EntityFinder, context: Discourse,
                seen: dict[str, int], section: tuple[str, str] | None = None) -> list[Claim]:
    """The claims of a table row: each statement made from it, pinned to its cell. A row
    naming no one is of its section's heading, else the headline's name or story's topic."""
    out = []
    topic = section or (named_by(document.title, finder, context, opening=True)
                        if document.title else None) or context.topic()
    for statement in row_statements(document, block):
        if topic and (statement.event or not finder.find(statement.without_cell(document.text))
                      and not unknown_names(statement.labels, [])):
            statement = statement.about(topic[1])
        span = document.original_span(statement.cell)
        for claim in _sentence_claims(document, statement.text, statement.cell.start, finder,
                                      context, seen):
            out.append(replace(claim, span=span, position=document.position(span.start),
                               text=document.original[span.start:span.end]))
    return out


_COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were|became|becomes|remains)\s+$")
# "The deal ...", "Its revenue ...", and mid-sentence "..., and the takeover closed ..."
_DEFINITE = re.compile(r"\s*(?:[Tt]he|[Ii]ts|This|That)\s+[a-z]")
_IT = lazy(r"\s*It\s+[a-z]")  # "It closed in 2020" after "The takeover needed approval"
_YEAR_IN = lazy(r"\b(?:19|20)\d\d\b")
# A main clause telling a past event, whose terms a participle after it gives.
_PAST_EVENT = lazy(r"\b(?:raised|closed|secured|completed|agreed|bought|acquired|sold|"
                   r"invested|signed|landed|took|received|won|struck|sealed|led)\b")
_THING_PRONOUN = lazy(r"\b(?:its|it|their|them)\b")


def _overlaps(a: Quantity, b: Quantity) -> bool:
    return a.span is not None and b.span is not None and a.span.start < b.span.end and \
        b.span.start < a.span.end


def _year_of_ordinal(value: float) -> int:
    return dt.date.fromordinal(int(value)).year

