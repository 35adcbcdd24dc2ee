"""implied_whole: shares of one whole that is never stated, each beside its part, imply the same whole."""

from __future__ import annotations

import pytest

from tests.conftest import RunRule, claim


def _pairs(*pairs: tuple[str, str], part_kind: str = "count", measures: str = "seats.share") -> list[object]:
    claims: list[object] = []
    for n, (part, share) in enumerate(pairs):
        claims += [claim(f"p{n}", part, part_kind, measures=f"seats.p{n}"),
                   claim(f"s{n}", share, "share", unit="percent", measures=measures,
                         share_of={"part": f"p{n}"})]
    return claims


@pytest.mark.parametrize(
    ("claims", "status"),
    [
        (_pairs(("402", "62"), ("130", "20"), ("3", "0.5")), "pass"),  # a house of 644-653
        (_pairs(("402", "62"), ("130", "30")), "fail"),  # 648 against 433
        (_pairs(("41.1", "62"), ("13.0", "20"), part_kind="amount"), "inconclusive"),  # rounded parts
        (_pairs(("41.1", "62"), ("13.0", "30"), part_kind="amount"), "fail"),
    ],
)
def test_implied_whole(run_rule: RunRule, claims: list[object], status: str) -> None:
    (result,) = run_rule(claims, check="implied_whole", relation="one_whole")
    assert result.status == status


def test_shares_of_differently_measured_wholes_are_not_compared(run_rule: RunRule) -> None:
    claims = [*_pairs(("402", "62")), *_pairs(("130", "30"), measures="votes.share")]
    claims[2:] = [claim("p9", "130", measures="votes.p9"),
                  claim("s9", "30", "share", unit="percent", measures="votes.share", share_of={"part": "p9"})]
    assert [r.status for r in run_rule(claims, check="implied_whole", relation="one_whole")] == ["skipped"]


def test_a_share_of_nothing_named_is_refused() -> None:
    with pytest.raises(ValueError, match="names its whole, its part, or both"):
        claim("s", "30", "share", unit="percent", share_of={})
