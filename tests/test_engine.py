"""Laws of the engine: honest texts never fail, contradictions always do, output is stable."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import factcheck
from factcheck import _engine
from factcheck._models import Claim
from factcheck._rules import Selector
from factcheck.testing import as_loaded, consistent_claims_files, part_whole_violations
from tests.conftest import REPO

GENERIC = factcheck.load_rules([REPO / "rules" / "generic"])


@settings(max_examples=150, deadline=None)
@given(consistent_claims_files())
def test_a_consistent_claim_set_never_fails(cf: factcheck.ClaimsFile) -> None:
    report = factcheck.evaluate([as_loaded(cf)], GENERIC)
    wrong = [(r.rule, r.explanation) for r in report.results if r.status in ("fail", "error")]
    assert not wrong


@settings(max_examples=100, deadline=None)
@given(part_whole_violations())
def test_a_part_above_its_whole_always_fails(cf: factcheck.ClaimsFile) -> None:
    report = factcheck.evaluate([as_loaded(cf)], GENERIC)
    verdicts = [r.status for r in report.results if r.rule == "part-within-whole"]
    assert verdicts == ["fail"]


@settings(max_examples=40, deadline=None)
@given(st.lists(consistent_claims_files(max_groups=2), min_size=1, max_size=3), st.randoms())
def test_results_are_sorted_whatever_the_input_order(files: list[factcheck.ClaimsFile], rnd: object) -> None:
    docs = [
        as_loaded(cf.model_copy(update={"document": cf.document.model_copy(update={"id": f"doc{i}"})}))
        for i, cf in enumerate(files)
    ]
    shuffled_rules = list(GENERIC)
    rnd.shuffle(shuffled_rules)  # type: ignore[attr-defined]
    first = factcheck.evaluate(docs, GENERIC)
    again = factcheck.evaluate(docs, shuffled_rules)
    assert first.model_dump_json() == again.model_dump_json()
    keys = [r.sort_key() for r in first.results]
    assert keys == sorted(keys)


def test_a_broken_check_is_an_error_never_a_pass(tmp_path: object) -> None:
    cf = factcheck.ClaimsFile(
        document=factcheck.Document(id="d", title="T"),
        claims=[factcheck.Claim(id="a", kind="count", measures="a", value="1")],
    )
    rules_file = REPO / "tests" / "data" / "broken-template.rules.yaml"
    report = factcheck.evaluate([as_loaded(cf)], factcheck.load_rules([rules_file]))
    (result,) = report.results
    assert result.status == "error"
    assert "undefined" in result.message
    assert report.summary.errors == 1


def test_collection_is_deferred_while_rules_run_and_restored_after(monkeypatch: object) -> None:
    import gc

    from factcheck import _engine, _gc

    seen: list[tuple[int, int, int]] = []
    original = _engine._document_results

    def spy(*args: object, **kwargs: object) -> object:
        seen.append(gc.get_threshold())
        return original(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(_engine, "_document_results", spy)  # type: ignore[attr-defined]
    cf = factcheck.ClaimsFile(
        document=factcheck.Document(id="d", title="T"),
        claims=[factcheck.Claim(id="a", kind="count", measures="a", value="1")],
    )
    before = gc.get_threshold()
    factcheck.evaluate([as_loaded(cf)], GENERIC)
    assert gc.get_threshold() == before
    assert seen
    assert seen[0][0] >= _gc.DEFERRED_THRESHOLD
    assert seen[0][1:] == before[1:]


_FIELD_VALUES = {
    "id": ["a", "b", "a*", "[ab]", "?"], "measures": ["victims", "victims.*", "*.minor", "victims.minor"],
    "period": ["2023", "20*"], "place": ["Cambodia", "C?mbodia"], "unit": ["percent", "people"],
}


@st.composite
def _selectors_and_claims(draw: st.DrawFn) -> tuple[Selector, Claim]:
    given_fields: dict[str, object] = {}
    for name, values in _FIELD_VALUES.items():
        if draw(st.booleans()):
            picked = draw(st.lists(st.sampled_from(values), min_size=1, max_size=2))
            listed = name in ("id", "measures") and (len(picked) > 1 or draw(st.booleans()))
            given_fields[name] = picked if listed else picked[0]
    if draw(st.booleans()):
        given_fields["kind"] = draw(st.lists(st.sampled_from(["count", "percentage", "share"]), min_size=1))
    if draw(st.booleans()):
        given_fields["min_mentions"] = draw(st.integers(0, 2))
    claim = Claim.model_validate({
        "id": draw(st.sampled_from(["a", "b", "ab", "c"])),
        "kind": draw(st.sampled_from(["count", "percentage", "share"])),
        "measures": draw(st.sampled_from(["victims", "victims.minor", "crossings.minor"])),
        "value": "40",
        "period": draw(st.sampled_from([None, "2023", "2019"])),
        "place": draw(st.sampled_from([None, "Cambodia", "Thailand"])),
        "unit": draw(st.sampled_from([None, "percent", "people"])),
        "mentions": [{"start": 0, "end": 2, "quote": "40"}] * draw(st.integers(0, 2)),
    })
    return Selector.model_validate(given_fields), claim


@settings(max_examples=300, deadline=None)
@given(_selectors_and_claims())
def test_a_compiled_selector_matches_what_the_selector_matches(case: tuple[Selector, Claim]) -> None:
    selector, claim = case
    assert _engine._matcher(selector)(claim) is selector.matches(claim)
