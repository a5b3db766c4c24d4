"""Per-page memos of the live walk: the same answers as the rules they stand for, each distinct
text asked once, and nothing kept from one page to the next."""
from __future__ import annotations

from newsclean.html_roles import Ctx
from newsclean.sites import rules_for


class _Counting:
    """A rule set that counts what it is asked (and answers as the English rules do)."""

    def __init__(self) -> None:
        self.real = rules_for(None, "en")
        self.asked: list[str] = []

    def line_rule_for(self, text: str):
        self.asked.append(text)
        return self.real.line_rule_for(text)

    def strip_spans(self, text: str):
        self.asked.append(text)
        return self.real.strip_spans(text)


def test_line_rules_are_asked_once_per_text() -> None:
    rules = _Counting()
    ctx = Ctx(rules)  # type: ignore[arg-type]
    share, prose = "Share", "The coast road is shut until noon today, the police said."
    first = [ctx.line_rule_for(t) for t in (share, prose, share, prose, share)]
    assert first[0] is not None and first[0] is rules.real.line_rule_for(share)
    assert first[1] is None  # near miss: prose is no interface line, and its None is kept too
    assert first == [first[0], None, first[0], None, first[0]]
    assert rules.asked == [share, prose]


def test_stripped_spans_are_asked_once_per_text() -> None:
    rules = _Counting()
    ctx = Ctx(rules)  # type: ignore[arg-type]
    text = "Read the report (opens in a new window)"
    plain = "Read the report"
    answers = [ctx.strip_spans(t) for t in (text, plain, text)]
    assert answers[0] == rules.real.strip_spans(text) and answers[0][0] == plain
    assert answers[1] == (plain, [])  # near miss: nothing to strip
    assert answers[2] == answers[0]
    assert rules.asked == [text, plain]


def test_memos_belong_to_one_page() -> None:
    rules = _Counting()
    Ctx(rules).line_rule_for("Share")  # type: ignore[arg-type]
    Ctx(rules).line_rule_for("Share")  # type: ignore[arg-type]
    assert rules.asked == ["Share", "Share"]  # a new page's walk asks again
