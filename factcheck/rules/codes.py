"""The rule codes every verdict carries, with what each judges: the one list reports cite.

Owns: the stable code of each rule (``NUM``, ``TMP-year``...), a one-line description and a
longer help text for people reading a finding, and matching a code against a selector
(a family prefix before a ``-`` selects its members, like a linter's prefix). Must not: judge.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RuleCode:
    code: str
    name: str  # a short name: "figures"
    summary: str  # one line: what the rule checks
    help: str  # what a finding of this rule means and what to do about it


_ALL = (
    RuleCode("REV", "reviewed claims",
             "The claim matches a reviewed claim rated false or misleading.",
             "A reviewer rated this claim: false makes it contradicted, misleading makes it "
             "imprecise. The evidence gives the reviewer's explanation and the facts behind it."),
    RuleCode("NUM", "figures",
             "A figure against the same subject's most specific matching measure.",
             "The figure was compared with the stored value of the same subject and measure, "
             "for the year the claim names or the latest on the article's date, within the "
             "fact's tolerance and the claim's qualifier (over, about, nearly). A figure "
             "between two named parties can confirm a fact without its cue word, never "
             "contradict it."),
    RuleCode("NUM-stated", "figures a statement gives",
             "A figure a fact's statement gives besides its value, in the same words.",
             "The claim gives the very figure (to 0.5%) that a stored fact's statement gives "
             "besides its value (\"up 16% from the previous quarter\"), about the same "
             "parties; it confirms the claim and never contradicts it."),
    RuleCode("NUM-unsaid", "a deal's figure, counterparty unsaid",
             "The very figure of one of the subject's two-party deals, dated to that deal.",
             "The claim names no other party but gives the figure of one of its subject's "
             "deals, dated to that deal's year and month; it confirms the deal and never "
             "contradicts it."),
    RuleCode("NUM-sized", "a sum or measure before a name",
             "A sum or measure written before a name as its size, against the stored figures "
             "of it.",
             "The claim writes a sum before a name or a description as its size (\"the $500 "
             "billion Stargate venture\", \"a $30 billion fund\" for a fund named earlier, "
             "\"a $500 billion venture backed by OpenAI and SoftBank\"); a money figure the "
             "store records for that thing, equal to it, confirms it, and covers the sum in "
             "the claim around it. It contradicts only a venture, fund or project told by "
             "its kind's noun, when no money figure the store records for it agrees. A "
             "length, area or weight written before a noun (\"the 48-mile canal\", \"its "
             "21-foot mirror\") is held to the one stored measure of its dimension that the "
             "noun names: within 10% imprecise, beyond contradicted."),
    RuleCode("NUM-when", "a deal's figure in the wrong year",
             "The very figure of a one-time deal, dated by the claim to a year before it.",
             "The claim gives the very figure the store records for a one-time deal (the "
             "only value of its subject and measure, made public the day it holds: a grant, "
             "a price, a round), names its parties and its measure, and dates it by a time "
             "phrase (\"in 2021\", \"In March 2022, ...\") to a year before the deal: the "
             "year is contradicted. A year after it, another value, or a figure hoped for "
             "is left alone."),
    RuleCode("NUM-slip", "a deal's figure a year off",
             "The very figure of a deal between two parties, in its month of another year.",
             "The claim gives the very figure the store records for a deal between two "
             "parties it names, and dates it by a time phrase to the deal's own month of "
             "another year, one or two years off (\"In November 2023, Amazon put $4 billion "
             "into Anthropic\" for a deal of November 2024): the year is contradicted. Any "
             "deal of the two recorded in the claim's month or a month beside it leaves the "
             "claim alone."),
    RuleCode("NUM-label", "a quarter's figure under another fiscal year",
             "The very figure of a quarter, labelled with another fiscal year.",
             "The claim names one quarter and one fiscal year and gives one sum, the very "
             "figure the store records for that quarter of another fiscal year in the same "
             "measure (\"the fourth quarter of fiscal 2024\" for fiscal 2025's): the "
             "store's value of the quarter named contradicts it, or, with none stored, the "
             "label is imprecise. A claim with a second figure or a base period (\"from "
             "$22.1 billion a year earlier\") is left alone."),
    RuleCode("NUM-dated", "a figure on its day",
             "The very figure of the subject's fact, on the day or month the store records it.",
             "No cue names the measure (a table's generic column, say), but the claim gives "
             "the very figure of one of its subject's facts on that fact's day or month, and "
             "names no other measure of that day; it confirms the fact and never "
             "contradicts it."),
    RuleCode("NUM-ratio", "a multiple of two parties' values",
             "A multiple between two parties, computed from their stored values of one measure.",
             "The claim gives a multiple between its subject and another party it names (\"2.6 "
             "times as many transistors as the H100\"); the two stored values of the measure "
             "one cue names give the ratio, compared rounding-aware. It contradicts only when "
             "both are fixed values recorded as points; otherwise it only confirms."),
    RuleCode("NUM-span", "the span of a plan",
             "The span of years a plan's figure is spread over, against the stored plan's.",
             "The claim gives the stored plan's very figure over another span of years "
             "(\"over five years\" for a plan the store records over four): the figure "
             "agrees, the plan it states does not. Only spans both give as \"over N years\" "
             "are compared."),
    RuleCode("NUM-moved", "a plan told raised or cut",
             "A plan or forecast told raised or cut, with no figure, against the last step "
             "of the stored series.",
             "The claim tells a plan or forecast raised or cut with no figure (\"raises its "
             "2025 capex outlook\", \"lifted its guidance\"); the store's series of that "
             "plan took its last step, given within ten days before the article's date, the "
             "same way: the step confirms it. A step the other way, or none near the "
             "article's date, is left alone: it never contradicts."),
    RuleCode("TMP", "years, dates and outdated presentation",
             "A year or date against the stored event, or something presented as upcoming "
             "that the store records as past.",
             "The year or date was compared, to its precision, with the event whose verb "
             "stands next to the party it names; or, on the article's date, the claim "
             "presents as current or future what the store records as shipped, completed, "
             "reported or changed before then."),
    RuleCode("TMP-ago", "times told back from the article's date",
             "A time counted back from the article's date against the stored event's date.",
             "The claim dates an event by a time counted back from the article's date (\"two "
             "years ago\", \"less than 18 months ago\", \"it's been a decade since\"); the "
             "relation it states is recorded as an event dated inside the window that time "
             "allows (a writer rounds: \"two years ago\" is a year and a half to two and a "
             "half), or far outside it (\"five years ago\" of an event 20 months before): the "
             "date is then contradicted. Without the article's date the time is unchecked."),
    RuleCode("TMP-first", "first crossings",
             "The year of a milestone told as crossed for the first time.",
             "The claim tells a crossing as the first (\"first passed $1 trillion\"); the "
             "store records the first crossing of that very value in another year."),
    RuleCode("TMP-order", "events in the wrong order",
             "An event said to follow another that the store dates before it.",
             "The claim says an event of its subject follows, or came after, an event of "
             "another party it names (\"the partnership's launch follows the unveiling of "
             "Stargate\"), each named by a cue of one dated event; the store dates the first "
             "more than a month before the second: the order is contradicted. An order the "
             "store agrees with is not confirmed by this rule."),
    RuleCode("QTE", "quotations",
             "A quotation against the stored words.",
             "The quoted words were compared with the recorded quotation; close but different "
             "wording is a misquote (imprecise). Recorded words that the claim gives at the "
             "occasion the store records them at, in another year, are contradicted, and "
             "so are recorded words given to another named speaker (one the store does "
             "not know only on the month or day the store records them said)."),
    RuleCode("REL", "relations, events and roles",
             "A relation or event the claim names with its cue, or denies; a role only one "
             "person holds.",
             "The store records (or does not) the relation or event the claim names; a "
             "denied relation the store records is contradicted, and so is a role only one "
             "person holds (chief executive, chairman) given to someone else, a joint "
             "act's list of parties with one the store does not record in another's place, "
             "or two parties of a fact given each other's part (\"A with financial and B "
             "with operational responsibility\" told the other way round)."),
    RuleCode("REL-rank", "a standing rank",
             "A rank of the subject against the one a standing fact gives it.",
             "The claim ranks its subject (\"the world's second-largest asset manager\"), and "
             "a standing fact about it gives the same superlative, thing and scope another "
             "place (\"the world's largest asset manager\"): contradicted. A rank among "
             "several (\"one of the largest\") or of a passing day is left alone."),
    RuleCode("OPN", "opinions",
             "A judgement, prediction or recommendation: not a checkable statement of fact.",
             "The claim is a judgement, prediction, recommendation or a general statement "
             "that names no one and gives no figure; nothing is checked."),
    RuleCode("NONE", "nothing settles it",
             "Nothing in the store settles the claim; the nearest fact is shown.",
             "No stored fact settles the claim. Add a fact (see claims/README.md) if it "
             "should be checked; `factcheck explain` shows what was read and passed over."),
)
CODES: dict[str, RuleCode] = {r.code: r for r in _ALL}


def code_selected(code: str, selector: str) -> bool:
    """True when ``selector`` names ``code`` or its family (``NUM`` for ``NUM-x``)."""
    code, selector = code.upper(), selector.upper()
    return code == selector or code.startswith(selector + "-")


def is_code(word: str) -> bool:
    """True when ``word`` names a code or a family of codes."""
    return any(code_selected(code, word) for code in CODES)
