"""Headlines taken from a web address's slug: "openai hits 300 million users".

Owns: telling a slug turned into words from prose (lower case, every mark dropped), and
reading the sums its figures lost their dollar sign from ("xai raises 6 billion to fuel ai
expansion", "tsmc pumps 100bn more into arizona") and the shares and changes that lost their
percent sign ("takes 27 stake in", "faced 17 share value drop"). Must not: judge; the rules
never raise a flag on a slug's figures (a decimal point may be lost too: "66 billion" for
"$6.6 billion").
"""

from __future__ import annotations

import re

from ..model import Kind, Qualifier, Quantity, Span
from .lexicon import lazy

# A headline taken from a web address: "openai raises 66 billion in funding at 157 billion
# valuation" for "$6.6 billion": lower case, and every mark (".", "$", ",", "%") dropped.
_SLUG = re.compile(r"[a-z0-9]+(?: [a-z0-9]+){4,}")


def slug(sentence: str) -> bool:
    """Is the sentence a web address's slug turned into words, whose figures may have lost a
    decimal point or a currency sign?"""
    return _SLUG.fullmatch(sentence.strip()) is not None and any(c.isdigit() for c in sentence)


# Billions and trillions in a slug: "6 billion", "100bn", "500b", with up to three words after.
_SUM = lazy(r"(?<![\w.])(?P<num>\d+)(?:\s+(?P<word>billion|trillion)|(?P<suffix>bn|b|tn|t))"
                  r"\b(?P<next>(?:\s+[a-z]+){0,3})")
_SCALE = {"billion": 1e9, "trillion": 1e12, "bn": 1e9, "b": 1e9, "tn": 1e12, "t": 1e12}
# A sum is what a slug's billions are when nothing follows them, or a word that follows a
# sum ("raises 6 billion to", "valued at 33 billion", "45 billion includes 12 billion debt"),
# or a noun of money within three words ("100b manufacturing expansion"). Anything else may
# be a count ("a 2 billion transistor chip", "1 billion weekly users").
_AFTER_SUM = frozenset("""to at for in into from more includes including and with on by as
after over valued valuing""".split())
_MONEY_NOUNS = frozenset("""investment investments debt deal deals funding fund round
valuation value expansion plan program programme project stake loss losses revenue sales
price tag acquisition buyout offer bid haul injection infusion bet commitment pledge
package spending budget profit market cap""".split())


# A share or a change whose percent sign a slug dropped: "takes 27 stake in", "faced 17
# share value drop", "stock jumps 9 after"; a number up to 100, the noun right after it (or
# after the stock's words), or the verb of a change right before it with no noun after.
_CHANGE_NOUNS = r"(?:stake|drop|fall|rise|jump|surge|plunge|gain|increase|decline|slump|dip)"
_CHANGE_VERBS = (r"(?:jump|fall|drop|rise|surge|plunge|soar|sink|slide|gain|climb|tumble|"
                 r"slump|dip)s?")
_PERCENT = lazy(
    rf"(?<![\w.])(?P<num>\d{{1,2}}|100)\s+(?:(?:share|shares|stock|value|price|market)\s+)"
    rf"{{0,2}}{_CHANGE_NOUNS}\b|\b{_CHANGE_VERBS}\s+(?P<after>\d{{1,2}}|100)"
    rf"(?=\s+(?:after|on|in|as|since|this|amid|following|today)\b|$)")


def _percents(text: str) -> list[tuple[Span, int]]:
    """The shares and changes a slug-like ``text`` gives without their percent sign."""
    out = []
    for m in _PERCENT.finditer(text):
        group = "num" if m.group("num") else "after"
        out.append((Span(m.start(group), m.end(group)), int(m.group(group))))
    return out


def _sums(text: str) -> list[re.Match[str]]:
    """The sums of billions or trillions a slug-like ``text`` gives without their sign."""
    out = []
    for m in _SUM.finditer(text):
        after = m.group("next").split()
        if not after or after[0] in _AFTER_SUM or _MONEY_NOUNS.intersection(after):
            out.append(m)
    return out


def lost_signs(sentence: str, text: str) -> bool:
    """Did the claim's figures lose their marks: is its sentence a slug, or is its own text
    (a clause in lower case without marks) one whose sums were read without their sign?"""
    return slug(sentence) or slug(text) and bool(_sums(text))


def slug_sums(text: str, found: list[Quantity]) -> list[Quantity]:
    """``found`` (the figures read in ``text``), with every sum of billions or trillions of
    a slug (``_sums``) read as money in dollars, the currency such pages write, in place of a
    count of the word after it ("45 billion includes") or of nothing read ("at 33 billion")."""
    if not slug(text):
        return found  # most texts: prose, whose sums keep their sign
    out = list(found)
    for m in _sums(text):
        end = m.end("word") if m.group("word") else m.end("suffix")
        span = Span(m.start(), end)
        if any(q.kind is Kind.MONEY and q.span and q.span.start <= span.start < q.span.end
               for q in out):
            continue  # already read as a sum ("4 billion investment")
        out = [q for q in out if q.span is None or not
               (q.span.start < span.end and span.start < q.span.end)]
        scale = _SCALE[m.group("word") or m.group("suffix")]
        out.append(Quantity(Kind.MONEY, int(m.group("num")) * scale, Qualifier.EXACT,
                            unit="USD", text=text[span.start:span.end], span=span))
    for span, number in _percents(text):
        out = [q for q in out if q.span is None or not
               (q.span.start <= span.start < q.span.end)]
        out.append(Quantity(Kind.PERCENT, float(number), Qualifier.EXACT, unit="",
                            text=text[span.start:span.end], span=span))
    return sorted(out, key=lambda q: q.span.start if q.span else 0)
