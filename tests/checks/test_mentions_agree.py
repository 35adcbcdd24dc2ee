"""mentions_agree: the mentions of one figure allow a common value."""

from __future__ import annotations

import pytest

from tests.conftest import RunRule, claim


def _mentions(*stated: tuple[str, str]) -> list[dict[str, object]]:
    return [
        {"start": 100 * i, "end": 100 * i + len(v) + 1, "quote": f"{q} {v}", "value": v, "qualifier": q}
        for i, (q, v) in enumerate(stated)
    ]


@pytest.mark.parametrize(
    ("kind", "mentions", "status"),
    [
        ("count", [("exact", "197"), ("exact", "197")], "pass"),
        ("count", [("exact", "197"), ("nearly", "200")], "pass"),
        ("count", [("exact", "197"), ("exact", "179")], "fail"),
        ("percentage", [("over", "20"), ("under", "20")], "fail"),
        ("percentage", [("exact", "20"), ("about", "20")], "pass"),
        ("count", [("exact", "523"), ("exact", "523"), ("exact", "532")], "fail"),
        ("count", [("exact", "197")], "skipped"),
    ],
)
def test_mentions_agree(run_rule: RunRule, kind: str, mentions: list[tuple[str, str]], status: str) -> None:
    c = claim("x", mentions[0][1], kind, mentions=_mentions(*mentions))
    (result,) = run_rule([c], check="mentions_agree", each={"id": "x"})
    assert result.status == status
    assert len(result.spans) == len(mentions)


def test_a_contradiction_names_the_two_mentions(run_rule: RunRule) -> None:
    c = claim("x", "523", mentions=_mentions(("exact", "523"), ("exact", "523"), ("exact", "532")))
    (result,) = run_rule([c], check="mentions_agree", each={"id": "x"})
    assert "mention 1 allows exactly 523 but mention 3 allows exactly 532" in result.explanation


def test_mentions_agree_is_never_inconclusive() -> None:
    """The mentions describe one true value: some value fits them all (pass) or none does (fail)."""
    from hypothesis import given
    from hypothesis import strategies as st

    from factcheck._verdicts import Status
    from factcheck.checks import Binding, get

    @given(st.lists(st.tuples(st.sampled_from(["exact", "over", "under", "nearly", "about"]),
                              st.integers(1, 500).map(str)), min_size=2, max_size=4))
    def check(stated: list[tuple[str, str]]) -> None:
        c = claim("x", stated[0][1], mentions=_mentions(*stated))
        kind = get("mentions_agree")
        (finding,) = kind.function(Binding({"claim": c}), kind.params())
        assert finding.status in (Status.PASS, Status.FAIL)

    check()
