"""Why facts that match every name and figure of a claim may still not confirm it.

Owns: asking, for a support about to be given, the guards that find the facts say less than
the claim or something else (in this order): the doer and receiver of a directed act turned
round (``directed``), one of several founders told as the only one (``founders``), a party's
absence the facts do not tell (``absence``), an act told as done before ("not the first
time") that they record once (``ongoing``), a holding told as sold whole that they record
sold in part (``portions``), an act told as compelled that they record as agreed
(``compelled``), a state, city or country other than theirs (``located``), a release to
everyone against a limited one, or the other way round (``release_stage``), a party added to
a role's holders (``holders``), one of several named things the claim dates each that the
facts do not date so (``each_dated``), a sum of several credited to one party
(``credited``), talks told against a deal done and a deal told completed against its
announcement (``sought``), a lead another record tells (``credited``), and a record the
store learned well after the article's date (``sought``); and wording the reason. Why: one
place the verdict stage asks, so each guard stays in the module of its concept and the
verdict stage stays small. Must not: decide the verdict (``rules`` makes the claim
unverified with the reason returned).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from ..model import Claim, Fact
from .absence import absence_unsaid
from .compelled import compelled
from .credited import credited_alone, lead_unvouched
from .denials import denial_unsaid, denied_cue, worth_of_another
from .directed import turned_round
from .each_dated import undated_pair
from .founders import sole_founder
from .holders import added_holder
from .located import placed_elsewhere
from .occasions import occasions_apart
from .ongoing import earlier_time_unsaid, first_recorded_earlier
from .portions import whole_of_a_part
from .release_stage import another_stage
from .revisions import moved_the_other_way
from .sized import sized_elsewhere
from .sought import completion_unrecorded, learned_later, plan_told_spent, sought_only


def unconfirmed(claim: Claim, facts: Sequence[Fact], known: Sequence[Fact],
                names: Callable[[str], tuple[str, ...]],
                article_date: dt.date | None) -> str | None:
    """Why ``facts`` (the facts behind a support; ``known``: all facts of the claim's names)
    do not confirm the claim, worded to stand before the support's own explanation; None
    when no guard finds a reason."""
    swapped = turned_round(claim, facts, names)
    if swapped is not None:
        return (f"the claim has {names(swapped.object or '')[0]} act on "
                f"{names(swapped.subject)[0]}; the store records it the other way round")
    founder = sole_founder(claim, facts, names)
    if founder is not None:
        return f"the claim tells {founder} as the only founder; the store records several"
    absent = absence_unsaid(claim, facts)
    if absent is not None:
        return f"the claim tells an absence (\u201c{absent}\u201d); the store's facts tell none"
    worth = worth_of_another(claim, held=True) if claim.quantities else None
    if worth is not None and not any("worth" in f.measure or "value of" in f.measure
                                     for f in facts):
        return f"the claim's figure is the worth of the thing before it (\u201c{worth}\u201d)"
    cue = denied_cue(claim, facts)
    if cue is not None:
        # "ruled that the training was not fair use" beside a ruling that it was fair use,
        # but that the copying was not: which act the store denies is not settled
        return (f"the claim denies what the store records (\u201c{cue}\u201d); the store "
                "itself tells a denial, of what is not settled")
    denied = denial_unsaid(claim, facts)
    if denied is not None:
        return f"the claim denies its figure's act (\u201c{denied}\u201d); the store's facts do not"
    first = first_recorded_earlier(claim, facts, known)
    if first is not None:
        return (f"the claim tells the first such act (\u201c{first}\u201d); the store records "
                "an earlier one")
    before = earlier_time_unsaid(claim, facts, known, article_date)
    if before is not None:
        return f"the claim tells an earlier time (\u201c{before}\u201d); the store records one"
    whole = whole_of_a_part(claim, facts)
    if whole is not None:
        return (f"the claim tells the holding sold whole (\u201c{whole}\u201d); the store "
                "records the sale of a part")
    forced = compelled(claim, facts)
    if forced is not None:
        return f"the claim tells the act as compelled (\u201c{forced}\u201d); the store does not"
    stage = another_stage(claim, facts)
    if stage is not None:
        return (f"the claim tells a release \u201c{stage[0]}\u201d; the store records "
                f"\u201c{stage[1]}\u201d")
    place = placed_elsewhere(claim, facts, names)
    if place is not None:
        return f"the claim places it in {place}"
    added = added_holder(claim, known, names)
    if added is not None:
        return f"the claim lists {added} among a role's holders; the store records it of others"
    pair = undated_pair(claim, facts, names)
    if pair is not None:
        return f"the store does not date \u201c{pair}\u201d as the claim does"
    sized = sized_elsewhere(claim, facts, names) if claim.parts else None
    if sized is not None:
        return f"the claim's sum is the size of {sized}; the store gives it of another thing"
    giver = credited_alone(claim, facts, names) if claim.quantities else None
    if giver is not None:
        return f"the claim gives {giver} alone a sum the store records of several parties"
    moved = moved_the_other_way(claim, facts, known) if claim.quantities else None
    if moved is not None:
        return (f"the claim tells the plan moved (\u201c{moved}\u201d); the store records "
                "it moved the other way")
    talks = sought_only(claim, facts, article_date)
    if talks is not None:
        return f"the claim tells of talks (\u201c{talks}\u201d); the store records a deal"
    spent = plan_told_spent(claim, facts)
    if spent is not None:
        return f"the claim tells as spent (\u201c{spent}\u201d) what the store records as planned"
    if completion_unrecorded(claim, facts):
        return "the claim tells the deal completed; the store records its announcement"
    lead_by = lead_unvouched(claim, facts, known, names)
    if lead_by is not None:
        return (f"the claim tells {lead_by} as the lead; the store's records of the deal "
                "tell another")
    apart = occasions_apart(claim, facts) if claim.quantities else None
    if apart is not None:
        return (f"the claim ties together figures the store records of {apart[0]} and "
                f"{apart[1]}, two occasions")
    new = learned_later(claim, facts, article_date)
    if new is not None:
        return f"the store learned this on {new.published}, after the article's date"
    return None
