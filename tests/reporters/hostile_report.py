"""A report and a ``ci`` result whose every text field carries what an attacker would put in
an article, a file name or a fact file: an OSC window title, ``ESC[2K ESC[1A`` (erase the
row, move up), a C1 CSI, DEL, bidi overrides, a zero-width space, a lone CR, a backtick in
the file name, and text that spells an escape (a backslash, "x1b"), which must not read
like a real one; the article's text (what the HTML report shows) as well. Every format's golden
test renders them.
"""

from __future__ import annotations

import datetime as dt

from factcheck import model as m
from factcheck.ci.findings import ArticleResult, CiResult, FileError, Finding, Level
from factcheck.model import Status

OSC_TITLE = "\x1b]0;owned\x07"
ERASE_UP = "\x1b[2K\x1b[1A"
C1_CSI = "\x9b31m"
PATH = "articles/a`b\x1b[31m.md"
SPELLED = "\\x1b[2K or \\u202e"  # typed as text: backslash, x, 1, b

SOURCE = m.Source(url="https://example.com/\x1b]8;;https://evil.example/\x07x",
                title="Results \u202eevil\u202c", publisher="Acme\x7f Corp",
                date=dt.date(2025, 1, 15), reliability="primary")
CLAIM = m.Claim(
    id="c0ffee0001", text=f"Acme has {ERASE_UP}over $2\u200b trillion\rin assets ({SPELLED})",
    standalone="Acme has over $2 trillion in assets", span=m.Span(40, 84),
    position=m.Position(5, 1), sentence="Acme has over $2 trillion in assets.", entities=("acme",),
    named=("acme",), subject="acme", subject_name="Acme", unknown_names=(), quantities=(),
    years=(), quotes=(),
    warnings=("invisible characters removed before reading (U+200B ZERO WIDTH SPACE)",))
VERDICT = m.Verdict(Status.CONTRADICTED, 0.9, f"article: $2T; store: {C1_CSI}$3T",
                  (m.Evidence("acme-aum", f"Acme manages $3 trillion{OSC_TITLE}.", (SOURCE,)),),
                  "NUM")
HOSTILE_REPORT = m.Report(
    article=m.ArticleInfo(source=PATH, title=f"Acme news{OSC_TITLE} \\{ERASE_UP}", date=None,
                        warnings=(f"line 1: 'Feb 30 2025{ERASE_UP}' is not a real date",)),
    claims=(m.CheckedClaim(CLAIM, VERDICT),), store="claims/",
    text=f"Feb 30 2025{ERASE_UP}\nAcme{OSC_TITLE}\n\nNow\n{CLAIM.text}.\x9b2K\n")
FINDING = Finding(
    path=PATH, claim_id=CLAIM.id, status=Status.CONTRADICTED, level=Level.ERROR,
    text=CLAIM.text, line=5, column=1, end_line=5, end_column=45, start=40, end=84,
    explanation=VERDICT.explanation, evidence=VERDICT.evidence, rule="NUM", confidence=0.9,
    warnings=CLAIM.warnings)
HOSTILE_RESULT = CiResult(
    articles=(ArticleResult(PATH, HOSTILE_REPORT, (FINDING,)),
              ArticleResult(f"bad\n{PATH}", error=FileError(
                  f"bad\n{PATH}", f"not valid UTF-8 {C1_CSI}{OSC_TITLE}", 3))),
    fail_on=("contradicted",), warn_on=("imprecise",))
