"""Entity names: which words of a text name a store's entity."""

from __future__ import annotations

import pytest

from factcheck.language.entities import EntityIndex, Mention
from factcheck.language.unknown_names import unknown_names
from factcheck.model import Entity

INDEX = EntityIndex([
    Entity("thrive", "Thrive Capital", "organization", ("Thrive",)),
    Entity("scale", "Scale AI", "organization", ()),
    Entity("ipod", "iPod", "product", ()),
    Entity("instinct", "Instinct", "product", ("Instinct MI300X",)),
    Entity("openai", "OpenAI", "organization", ()),
    Entity("expansion", "Canal Expansion", "project", ("new locks",)),
])


def found(text: str) -> list[str]:
    return [m.entity for m in INDEX.find(text)]


@pytest.mark.parametrize("text", [
    "Startups thrive when rates fall.",
    "She trusted her instinct on the deal.",
    # a name's first word in lower case inside a compound: "large-scale AI" is no Scale AI
    "SoftBank is building large-scale AI infrastructure.",
])
def test_a_common_word_in_lower_case_names_no_one(text: str) -> None:
    """Issue 8: "startups thrive" was Thrive Capital, "her instinct" AMD's Instinct."""
    assert found(text) == []


@pytest.mark.parametrize(("text", "entity"), [
    ("Thrive led the round.", "thrive"),
    ("AMD's INSTINCT line sold well.", "instinct"),  # capitals, whatever their case
    ("Openai raised money.", "openai"),
    # a line written wholly in lower case (a web address's slug) keeps its names
    ("openai raises 66 billion at 157 billion valuation", "openai"),
    # an alias the store itself writes in lower case is a description, found as written
    ("The new locks opened in 2016.", "expansion"),
    ("Scale AI raised money.", "scale"),
    ("The iPod sold well.", "ipod"),  # a name the store itself opens in lower case
])
def test_a_name_written_with_a_capital_or_in_a_line_without_any_is_found(
        text: str, entity: str) -> None:
    assert found(text) == [entity]


def test_a_number_after_a_name_is_a_model_unless_a_scale_follows_it() -> None:
    """Issue 8: "anthropic 4 billion investment" in a slug (its "$" lost) read "Anthropic 4"
    as a later model of a name, and the company was not found."""
    assert found("OpenAI 5 arrives.") == []  # a later model than the store knows
    assert found("amazon bets on openai 4 billion investment") == ["openai"]
    assert found("OpenAI 2 percent stake") == ["openai"]


def test_a_restored_index_finds_what_the_built_one_finds() -> None:
    restored = EntityIndex.restore(INDEX.state(), INDEX.entities)
    for text in ("Startups thrive.", "The new locks opened.", "Thrive led it."):
        assert restored.find(text) == INDEX.find(text)


@pytest.mark.parametrize(("text", "names"), [
    # an adverb opening the sentence before its comma is capitalised, not a name
    ("Together, the two rounds lifted Zorblax's total to $14 billion", ["Zorblax"]),
    ("Combined, the deals gave Zorblax a lead", ["Zorblax"]),
    ("Overall, Zorblax grew", ["Zorblax"]),
    # a name opening the sentence before an aside stays a name
    ("Zorblax, the widget maker, grew", ["Zorblax"]),
    # an adverb that opens a time told from another, with its comma or without
    ("Earlier this month, the startup raised $2 billion", []),
    ("Earlier this week the firm said sales rose", []),
    ("Late last year Zorblax cut jobs", ["Zorblax"]),
    ("Later that year Roe sued Zorblax", ["Roe", "Zorblax"]),
])
def test_an_opening_adverb_is_no_name(text: str, names: list[str]) -> None:
    assert unknown_names(text, []) == names


@pytest.mark.parametrize(("text", "names"), [
    # twelfth-session fix: "NT" was a name, so "Net income climbed to NT$374.68 billion"
    # had a subject of its own and never the story's company
    ("Net income climbed to NT$374.68 billion", []),
    ("while revenue rose to HK$12 billion, or US$1.5 billion", []),
    ("Sales at Zorblax rose to A$3 billion", ["Zorblax"]),
    # ... nor its code or its name in words: Taiwan dollars are money, not a place
    ("Net income climbed to TWD 505.7 billion", []),
    ("Sales at Zorblax rose to 1.05 trillion New Taiwan dollars", ["Zorblax"]),
    ("Zorblax earned 374.7 billion Taiwan dollars in Taiwan", ["Zorblax", "Taiwan"]),
    # chipmakers' real news: the code written against its figure ("TWD374.7 billion") was a
    # name, and the net profit's sentence had a subject of its own
    ("Net profit rose to TWD374.7 billion ($11.4 billion)", []),
    ("Sales at Zorblax reached EUR3.2bn", ["Zorblax"]),
    # Australian wire copy writes the sign before the country: "$US45 billion"
    ("Including $US12 billion in debt, the deal is valued at $US45 billion", []),
])
def test_a_currency_s_letters_are_no_name(text: str, names: list[str]) -> None:
    assert unknown_names(text, []) == names


@pytest.mark.parametrize(("text", "names"), [
    # a title written with capitals before a person's name is the person's role, not a name
    ("Zorblax Chairman Ada Quill joined the launch", ["Zorblax", "Ada Quill"]),
    ("Zorblax Chief Executive Officer Ada Quill spoke", ["Zorblax", "Ada Quill"]),
    ("said Zorblax Senior Vice President Ada Quill", ["Zorblax", "Ada Quill"]),
    ("Zorblax's President Ada Quill spoke", ["Zorblax", "Ada Quill"]),
    # a bare title may be an office (the roles read it); a name of something else stays
    ("It was unveiled by President Ada Quill", ["President Ada Quill"]),
    ("at the Zorblax Technology Conference", ["Zorblax Technology Conference"]),
    ("The Chairman said so", ["Chairman"]),
])
def test_an_organisations_title_before_a_persons_name_is_no_name(
        text: str, names: list[str]) -> None:
    """Issue 8: "Oracle Chairman Larry Ellison" left "Chairman" as a name no fact says."""
    assert unknown_names(text, []) == names


def test_a_title_before_a_known_person_is_no_name() -> None:
    text = "Zorblax Chairman Ada Quill spoke"
    at = text.index("Ada")
    person = Mention(at, at + len("Ada Quill"), "quill", "person", "Ada Quill")
    assert unknown_names(text, [person]) == ["Zorblax"]



@pytest.mark.parametrize("text", [
    "Ada Quill, Chairman and CEO, said Zorblax would grow",
    "Ada Quill, Chief Executive, said Zorblax would grow",
    "Zorblax would grow, said Ada Quill, President & CEO",
])
def test_titles_between_commas_after_a_known_person_are_no_name(text: str) -> None:
    """Issue 8: "Jane Roe, Chairman and CEO, said" left "Chairman" a name no fact says."""
    at = text.index("Ada")
    person = Mention(at, at + len("Ada Quill"), "quill", "person", "Ada Quill")
    assert unknown_names(text, [person]) == ["Zorblax"]


def test_titles_after_a_name_that_is_no_person_stay_names() -> None:
    assert unknown_names("Zorblax, Chairman, said", []) == ["Zorblax", "Chairman"]


@pytest.mark.parametrize("text", [
    "Zorblax revenue was $3 billion, up 78% YoY and up 12% QoQ",
    "Zorblax hosted the CEOs of its suppliers",
    # a deal's and a report's shorthand: a joint venture, a power purchase agreement,
    # remaining performance obligations, assets under management, capital spending
    "Zorblax will hold an 80% stake in the JV",
    "Zorblax signed a 20-year PPA for the plant",
    "Zorblax commercial RPO rose 99% while AUM and capex grew",
    # the market, in an analyst's shorthand
    "Zorblax revenue $4.1B vs. $3.9B Street",
])
def test_the_trades_abbreviations_are_no_names(text: str) -> None:
    """Issue 8: "up 78% YoY" left "YoY" a name no fact says."""
    assert unknown_names(text, []) == ["Zorblax"]


@pytest.mark.parametrize(("text", "names"), [
    ("Zorblax tops $1 trillion: Report", ["Zorblax"]),
    ("Zorblax tops $1 trillion - Sources", ["Zorblax"]),
    ("Zorblax tops $1 trillion | Analysts", ["Zorblax"]),
    # no tag: a word of the sentence, or one before a colon
    ("Zorblax files its Annual Report", ["Zorblax", "Annual Report"]),
    ("Report: Zorblax tops $1 trillion", ["Report", "Zorblax"]),
])
def test_a_headlines_source_tag_is_no_name(text: str, names: list[str]) -> None:
    """Issue 8: "...: Report" closing a headline left "Report" a name no fact says."""
    assert unknown_names(text, []) == names

@pytest.mark.parametrize(("text", "names"), [
    ("Acme showed it at its Widget Technology Conference (WTC 2022)", ["Acme", "WTC"]),
    ("Acme joined the Global Widget Partnership (GWP) in May", ["Acme", "GWP"]),
    # a term of the trade spelled out is no name at all
    ("the Artificial Intelligence (AI) maker Acme", ["Acme"]),
    # brackets that do not abbreviate the name leave it as written
    ("Acme joined the Global Widget Partnership (with Globex) in May",
     ["Acme", "Widget Partnership", "Globex"]),
])
def test_a_name_abbreviated_in_brackets_is_the_abbreviation(text: str, names: list[str]) -> None:
    """Issue 8: "GPU Technology Conference (GTC 2022)" left "Technology Conference" a name
    no fact says, where the fact says "GTC"."""
    assert unknown_names(text, []) == names


@pytest.mark.parametrize(("text", "names"), [
    # tenth real set: "Meta Superintelligence Labs, or MSL," left "MSL" a name no fact says
    ("Jane Doe heads the Global Widget Partnership, or GWP, at Acme",
     ["Jane Doe", "Widget Partnership", "Acme"]),
    ("Acme joined the Global Widget Partnership, or GWP.", ["Acme", "Widget Partnership"]),
    # capitals that are not the initials of the words before are a name of their own
    ("Acme joined the Global Widget Partnership, or XYZ.",
     ["Acme", "Widget Partnership", "XYZ"]),
    ("Acme, Globex, or GWP will win", ["Acme", "Globex", "GWP"]),
])
def test_an_abbreviation_introduced_after_or_is_no_name_of_its_own(
        text: str, names: list[str]) -> None:
    assert unknown_names(text, []) == names


@pytest.mark.parametrize(("text", "names"), [
    # the words in brackets spell out the capitals before them (ninth real set: "in-house
    # TPUs (Tensor Processing Units)" left "Tensor Processing Units" a name no fact says)
    ("Zorblax credits its in-house TPUs (Tensor Processing Units)", ["Zorblax"]),
    ("Zorblax bought GWP (Global Widget Partners) in May", ["Zorblax", "GWP"]),
    # brackets that spell out nothing before them stay names
    ("Zorblax bought GWP (Global Widget Holdings) in May",
     ["Zorblax", "GWP", "Widget Holdings"]),
])
def test_words_that_spell_out_an_abbreviation_are_no_name_of_their_own(
        text: str, names: list[str]) -> None:
    assert unknown_names(text, []) == names


@pytest.mark.parametrize("text", [
    # a discourse opener is no name (ninth real set: "Well, thanks to new data centers, ..."
    # was left unsupported for "Well")
    "Well, Zorblax now plans 7 gigawatts.",
    "Meanwhile, Zorblax now plans 7 gigawatts.",
    "Still, Zorblax now plans 7 gigawatts.",
])
def test_an_opening_word_set_off_by_a_comma_is_no_name(text: str) -> None:
    assert unknown_names(text, []) == ["Zorblax"]


@pytest.mark.parametrize("text", [
    # an honorific before a person's name is no name of its own (tenth real set: "British
    # computer scientist Professor Demis Hassabis has been awarded ..." was about "Professor")
    "Professor Jane Doe won the prize.",
    "Sir Jane Doe won the prize.",
    "Dr Jane Doe won the prize.",
    "Mr Doe joined the board.",
])
def test_an_honorific_is_no_name(text: str) -> None:
    from factcheck.language.unknown_names import unknown_names
    assert not [n for n in unknown_names(text, []) if n.split()[0] in (
        "Professor", "Sir", "Dr", "Mr")]


@pytest.mark.parametrize(("text", "names"), [
    ("Non-GAAP earnings per diluted share at Zorblax were $1.12", ["Zorblax"]),
    ("Zorblax's GAAP net income was $3 billion", ["Zorblax"]),
    ("Adjusted EBITDA at Zorblax rose 9%", ["Zorblax"]),
    ("Zorblax's EPS beat forecasts", ["Zorblax"]),
    ("Net income at Zorblax more than doubled", ["Zorblax"]),
])
def test_an_accounting_basis_or_measure_is_no_name(text: str, names: list[str]) -> None:
    """Issue 8: a results release's 'Non-GAAP earnings per diluted share was $0.89' left
    'Non GAAP' a name no fact says (the fact's statement writes 'non-GAAP EPS')."""
    assert unknown_names(text, []) == names


@pytest.mark.parametrize(("text", "names"), [
    # an unnamed source opening a sentence: "people familiar with the talks"
    ("People familiar with the talks put the sum at $3 billion.", []),
    ("Sources close to Zorblax said it would list in May.", ["Zorblax"]),
    # a number spelt out opening a sentence counts; it names no one
    ("Six weeks ago Zorblax raised $2 billion.", ["Zorblax"]),
    ("Seven months later it came back for more.", []),
    # a table's cell or header opening with "Full" ("Full year 2024", "Full control")
    ("Full year revenue at Zorblax rose 94%.", ["Zorblax"]),
    # a clause of its own opening on "Whatever", "Whoever" (thirteenth real set: "it" in the
    # next paragraph became "Whatever")
    ("Whatever happens next, Zorblax will face a new rule.", ["Zorblax"]),
    ("Whoever wins the bid, Zorblax keeps its plant.", ["Zorblax"]),
    # a determiner opening a sentence (chipmakers' real news: "Another growth category,
    # networking, delivered record revenue" was about a company called "Another")
    ("Another growth category, networking, delivered $7 billion.", []),
    ("Either way, Zorblax keeps its plant.", ["Zorblax"]),
    # a list item's measure opening on an adjective of time: "Current market value: $5T"
    ("Current market value: $5 trillion", []),
    ("Latest quarterly revenue: $5 billion", []),
])
def test_an_opening_source_or_number_word_is_no_name(text: str, names: list[str]) -> None:
    assert unknown_names(text, []) == names


def test_a_name_joined_to_a_known_one_opening_a_sentence_is_a_name() -> None:
    """h10fs's probe: "Vanguard and BlackRock agreed to buy GIP" was supported by
    BlackRock's deal alone: "Vanguard", the first word before "and" and a known name, was
    read as the head of a title ("Semiconductor designer Advanced Micro Devices")."""
    from factcheck.language.unknown_names import unknown_names
    text = "Vanguard and BlackRock agreed to buy GIP"
    at = text.index("BlackRock")
    blackrock = Mention(at, at + 9, "blackrock", "organization", "BlackRock")
    assert "Vanguard" in unknown_names(text, [blackrock])


@pytest.mark.parametrize("text", [
    "Profit came in at 96 cents per share, excluding certain items.",
    "Revenue rose 12% to $9.4 billion.",
    "Earnings beat forecasts, and Sales grew too.",
])
def test_a_measure_opening_a_sentence_names_no_one(text: str) -> None:
    """"Profit came in at 96 cents per share" was left partly checked: its "Profit" was read
    as a name the store does not know."""
    assert unknown_names(text, INDEX.find(text)) == []


@pytest.mark.parametrize(("name", "initials"), [
    ("Volta Grid Group", "VGG"), ("SoftVolt Group", "SVG")])
def test_the_initials_in_brackets_after_a_known_name_are_no_name(name: str,
                                                                 initials: str) -> None:
    """"a subsidiary of SoftBank Group (SBG)" left "SBG" a name no fact says; a capital
    inside a word ("SoftBank") is an initial too."""
    text = f"It became a unit of {name} ({initials}) in May"
    at = text.index(name)
    firm = Mention(at, at + len(name), "volta", "organization", name)
    assert unknown_names(text, [firm]) == []
