"""debit: a proportion of yes/no answers and its SD fit the sample size."""

from __future__ import annotations

import pytest

from tests.conftest import RunRule, claim

ROLES = {"proportion": {"measures": "poll.yes"}, "sd": {"measures": "poll.yes.sd"},
         "n": {"measures": "poll.respondents"}}


@pytest.mark.parametrize(
    ("p", "sd", "n", "status"),
    [
        ("0.53", "0.50", "1683", "pass"),
        ("0.19", "0.35", "1683", "fail"),  # 0.19 implies an SD of 0.39
        ("0.05", "0.22", "20", "pass"),
        ("0.05", "0.21", "20", "fail"),
    ],
)
def test_debit(run_rule: RunRule, p: str, sd: str, n: str, status: str) -> None:
    claims = [claim("yes", p, "amount", measures="poll.yes"),
              claim("yes-sd", sd, "amount", measures="poll.yes.sd"),
              claim("n", n, measures="poll.respondents")]
    (result,) = run_rule(claims, check="debit", claims=ROLES)
    assert result.status == status
    assert result.grade == ("minor" if status == "fail" else None)


def test_a_percentage_is_read_as_a_proportion(run_rule: RunRule) -> None:
    claims = [claim("yes", "19", "percentage", measures="poll.yes"),
              claim("yes-sd", "0.35", "amount", measures="poll.yes.sd")]
    (result,) = run_rule(claims, check="debit", params={"n": 1683},
                         claims={"proportion": ROLES["proportion"], "sd": ROLES["sd"]})
    assert result.status == "fail"
