"""Evaluation per document: the pieces merge to the whole run, and travel to other processes."""

from __future__ import annotations

import pickle
import subprocess
import sys

import factcheck
from factcheck._bundled import bundled_rules
from tests.conftest import REPO

RULES = factcheck.load_rules([bundled_rules()])
PATHS = [REPO / "examples" / "cambodia-2023-illustrative.claims.yaml",
         REPO / "examples" / "cambodia-cross-border-crime.claims.yaml",
         REPO / "tests" / "data" / "contradictory.claims.yaml"]
DOCUMENTS = factcheck.load_documents(PATHS)

IN_ANOTHER_PROCESS = """
import pickle, sys
import factcheck
rules, documents = pickle.load(sys.stdin.buffer)
parts = [factcheck.evaluate_document(d, rules) for d in documents]
report = factcheck.Report.merge([*parts, factcheck.evaluate_across(documents, rules)])
sys.stdout.write(report.model_dump_json())
"""


def test_the_documents_and_the_rules_are_those_of_a_cross_document_run() -> None:
    across = factcheck.evaluate_across(DOCUMENTS, RULES)
    assert {r.rule for r in across.results} == {"figures-agree-across-documents"}
    assert [d.id for d in across.documents] == [d.document_id for d in DOCUMENTS]


def test_per_document_reports_merge_to_the_whole_run() -> None:
    parts = [factcheck.evaluate_document(d, RULES) for d in DOCUMENTS]
    merged = factcheck.Report.merge([*parts, factcheck.evaluate_across(DOCUMENTS, RULES)])
    assert merged == factcheck.evaluate(DOCUMENTS, RULES)
    assert factcheck.evaluate_across(DOCUMENTS[:1], RULES).results == []


def test_rules_and_documents_pickle_and_give_the_same_report_in_another_process() -> None:
    payload = pickle.dumps((RULES, DOCUMENTS))
    done = subprocess.run([sys.executable, "-c", IN_ANOTHER_PROCESS], input=payload,
                          capture_output=True, check=True)
    assert done.stdout.decode("utf-8") == factcheck.evaluate(DOCUMENTS, RULES).model_dump_json()
