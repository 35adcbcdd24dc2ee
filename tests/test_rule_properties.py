"""The bundled rules, property-tested with factcheck.testing as a user would test their own.

A pass says the rule holds for *every* value the text allows, a fail that it
holds for *none*. So when one figure is replaced by an exact value it allows
(the truth turns out to be one of the readings), a pass must stay a pass and
a fail a fail — for the figures a check takes as given; a stated share or
change is what the check computes and compares, so only the figures it is
computed from are refined (likewise a stated balance). ``mentions_agree`` is left out: its pass means the
mentions allow *some* common value, which a refinement may rightly remove.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import factcheck
from factcheck.testing import allowed_values, claim_sets, refined, rule_examples, verdict
from tests.conftest import REPO

RULES = [r for r in factcheck.load_rules([REPO / "rules", REPO / "tests" / "data" / "authoring"])
         if r.rule.scope == "document"]
REFINABLE = [r for r in RULES if r.kind.id != "mentions_agree"]
# rule_examples finds a verdict by trying generated claim sets (up to TRIES per example); for
# rare verdicts (change-matches-figures passes ~1 candidate in 15) that search is the point, and
# on a busy 2-core CI machine its first examples can take longer than too_slow allows, and now
# and then an example gives up (filter_too_much). The generated data itself is small.
SETTINGS = settings(max_examples=12, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.filter_too_much, HealthCheck.too_slow])


@pytest.mark.parametrize("rule", REFINABLE, ids=[r.rule.id for r in REFINABLE])
@pytest.mark.parametrize("status", ["pass", "fail"])
@SETTINGS
@given(data=st.data())
def test_a_verdict_survives_learning_the_true_value(rule: factcheck.CompiledRule, status: str,
                                                    data: st.DataObject) -> None:
    claims_file = data.draw(rule_examples(rule, status), label="claims")
    given_figures = [c.id for c in claims_file.claims  # a figure said of others follows from them
                     if c.share_of is None and c.change_of is None and c.difference_of is None
                     and not c.total_change_of and not c.sum_of and not c.mean_of
                     and c.rate_of is None]
    sharper = data.draw(refined(claims_file, given_figures), label="refined")
    assert verdict(rule, sharper) == status


@pytest.mark.parametrize("rule", RULES, ids=[r.rule.id for r in RULES])
@SETTINGS
@given(data=st.data())
def test_the_order_of_claims_does_not_change_a_verdict(rule: factcheck.CompiledRule,
                                                       data: st.DataObject) -> None:
    claims_file = data.draw(claim_sets(rule))
    shuffled = claims_file.model_copy(update={"claims": data.draw(st.permutations(claims_file.claims))})
    assert verdict(rule, shuffled) == verdict(rule, claims_file)


@SETTINGS
@given(claim_sets(), st.data())
def test_generated_claims_load_like_a_users_file(claims_file: factcheck.ClaimsFile,
                                                 data: st.DataObject) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "generated.claims.yaml"
        path.write_text(yaml.safe_dump(claims_file.to_data(), sort_keys=False), encoding="utf-8")
        loaded = factcheck.load_claims(path)
    assert loaded.claims_file == claims_file
    claim = data.draw(st.sampled_from(claims_file.claims))
    if not claim.interval().is_empty:
        assert data.draw(allowed_values(claim)) in claim.interval()
