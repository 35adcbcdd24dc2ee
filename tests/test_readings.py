"""Derived claims, exact readings (slack) and the cross-document pass, through the engine."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import given, settings

import factcheck
from factcheck import ClaimsFile
from factcheck.testing import as_loaded, consistent_claims_files
from tests.conftest import EXAMPLE, claim

REPO = Path(__file__).resolve().parent.parent
ILLUSTRATIVE = REPO / "examples" / "cambodia-2023-illustrative.claims.yaml"


def _rules(tmp_path: Path, *rules: dict[str, object]) -> list[factcheck.CompiledRule]:
    path = tmp_path / "rules.yaml"
    path.write_text(yaml.safe_dump({"pack": "test", "rules": list(rules)}), encoding="utf-8")
    return factcheck.load_rules([path])


CHANGE = {"id": "change", "title": "change", "check": "change", "relation": "change_of", "message": "x"}
AGREE = {"id": "agree", "title": "agree", "check": "figures_agree", "relation": "same_figure",
         "scope": "documents", "message": "{{ figures | join(' / ') }}"}


def _doc(id: str, claims: list[factcheck.Claim]) -> factcheck.LoadedClaims:
    document = factcheck.Document(id=id, title=id, story="trafficking-figures")
    return as_loaded(factcheck.ClaimsFile(document=document, claims=claims))


def _this_year() -> list[factcheck.Claim]:
    return [
        claim("minors", "230", period="2024", place="Cambodia", measures="victims.minor"),
        claim("rise", "40", "change", unit="percent", direction="increase", change_of="minors",
              measures="victims.minor.change"),
    ]


def test_a_rule_selecting_derived_claims_sees_what_another_rule_derived(tmp_path: Path) -> None:
    bound = {"id": "implied-under-200", "title": "t", "check": "range", "params": {"max": 200},
             "each": {"derived": True, "measures": "victims.minor"}, "message": "{{ claim }}"}
    report = factcheck.evaluate([_doc("a", _this_year())], _rules(tmp_path, CHANGE, bound))
    (implied,) = [r for r in report.results if r.rule == "implied-under-200"]
    assert implied.status == "pass"
    assert implied.claims == ["victims.minor@2023"]
    assert implied.message == "exactly 164 (implied)"
    assert sorted(s.quote for s in implied.spans) == ["230", "40"]  # located where it comes from


def test_rules_without_derived_never_see_derived_claims(tmp_path: Path) -> None:
    counts = {"id": "counts", "title": "t", "check": "range", "params": {"min": 0},
              "each": {"kind": "count"}, "message": "{{ claim }}"}
    report = factcheck.evaluate([_doc("a", _this_year())], _rules(tmp_path, CHANGE, counts))
    assert [r.claims for r in report.results if r.rule == "counts"] == [["minors"]]


def test_documents_scope_runs_only_with_several_documents(tmp_path: Path) -> None:
    rules = _rules(tmp_path, CHANGE, AGREE)
    alone = factcheck.evaluate([_doc("a", _this_year())], rules)
    assert [r.rule for r in alone.results] == ["change"]


def test_a_change_in_one_document_is_checked_against_another(tmp_path: Path) -> None:
    rules = _rules(tmp_path, CHANGE, AGREE)
    for last_year, status, grade in (("164", "pass", None), ("150", "fail", "major")):
        before = [claim("minors", last_year, period="2023", place="Cambodia", measures="victims.minor")]
        report = factcheck.evaluate([_doc("a", _this_year()), _doc("b", before)], rules)
        (agree,) = [r for r in report.results if r.rule == "agree"]
        assert (agree.status, agree.grade) == (status, grade)
        assert agree.claims == ["a:victims.minor@2023", "b:minors"]
        assert agree.document == "a"
        assert {s.document for s in agree.spans} == {"a", "b"}


def test_figures_stated_in_two_documents_must_agree(tmp_path: Path) -> None:
    one = [claim("cases", "197", period="2024", place="Cambodia")]
    other = [claim("cases", "200", qualifier="nearly", period="2024", place="Cambodia")]
    report = factcheck.evaluate([_doc("a", one), _doc("b", other)], _rules(tmp_path, AGREE))
    (agree,) = report.results
    assert (agree.status, agree.slack) == ("pass", True)  # only thanks to "nearly"


def test_documents_that_name_no_common_story_are_not_compared(tmp_path: Path) -> None:
    one = [claim("cases", "197", period="2024", place="Cambodia")]
    other = [claim("cases", "120", period="2024", place="Cambodia")]
    rules = _rules(tmp_path, AGREE)
    assert [r.status for r in factcheck.evaluate([_doc("a", one), _doc("b", other)], rules).results] == [
        "fail"]
    unrelated = [as_loaded(factcheck.ClaimsFile(document=factcheck.Document(id=d, title=d), claims=c))
                 for d, c in (("a", one), ("b", other))]
    assert [r.status for r in factcheck.evaluate(unrelated, rules).results] == ["skipped"]


def test_the_bundled_article_reports_the_implied_previous_year() -> None:
    report = factcheck.verify(output=None).report
    derived = {d.claim: d.text for r in report.results for d in r.derived if d.claim}
    assert derived == {"cases@2023": "at most 164", "victims.minor@2023": "exactly 164"}
    assert [d.title for d in report.documents] == ["Cambodia strengthens cross-border crime control"]


def test_the_illustrative_example_agrees_with_the_article() -> None:
    report = factcheck.verify([EXAMPLE, ILLUSTRATIVE], output=None).report
    agree = [r for r in report.results if r.rule == "figures-agree-across-documents"]
    assert {(frozenset(r.claims), r.status.value) for r in agree} == {
        (frozenset({"cambodia-trafficking-2023-illustrative:cases",
                    "cambodia-cross-border-crime:cases@2023"}), "pass"),
        (frozenset({"cambodia-trafficking-2023-illustrative:victims-minor",
                    "cambodia-cross-border-crime:victims.minor@2023"}), "pass"),
    }
    assert "ILLUSTRATIVE" in yaml.safe_load(ILLUSTRATIVE.read_text(encoding="utf-8"))["document"]["title"]


@settings(max_examples=30, deadline=None)
@given(consistent_claims_files())
def test_a_view_is_what_model_construct_builds(cf: ClaimsFile) -> None:
    from factcheck._readings import ClaimReading, _view

    for figure in cf.claims:
        for changes in ({"exact": True}, {"id": f"d:{figure.id}", "document": "d", "story": None}):
            built = ClaimReading.model_construct(**{**dict(figure), **changes})
            view = _view(figure, **changes)
            assert list(view.__dict__.items()) == list(built.__dict__.items())
            assert view.__pydantic_fields_set__ == built.__pydantic_fields_set__
            assert view.model_dump_json() == built.model_dump_json()
