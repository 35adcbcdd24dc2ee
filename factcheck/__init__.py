"""factcheck: check that the numbers in a news article or report are consistent.

The public API is what this module exports; everything in ``factcheck._*``
modules is private and may change.
"""

from factcheck._api import Verification, load_documents, verify
from factcheck._bundled import bundled_rules
from factcheck._compiled import CompiledRule
from factcheck._documents import LoadedClaims
from factcheck._engine import evaluate, evaluate_across, evaluate_document
from factcheck._errors import FactcheckError, InputError, Problem, UsageError
from factcheck._grim import debit, grim
from factcheck._intervals import Interval
from factcheck._loading import load_claims, load_rules
from factcheck._models import (
    Claim,
    ClaimKind,
    ClaimReview,
    ClaimsFile,
    Direction,
    Document,
    Mention,
    Qualifier,
    ShareOf,
)
from factcheck._results import Report, Result, Span, Summary
from factcheck._rules import Rule, RulePack, Selector
from factcheck._stated import parse_number, reround, unround
from factcheck._verdicts import Severity, Status
from factcheck._version import VERSION as __version__  # noqa: N811 - the conventional name
from factcheck.extract import extract_claims

__all__ = [
    "Claim",
    "ClaimKind",
    "ClaimReview",
    "ClaimsFile",
    "CompiledRule",
    "Direction",
    "Document",
    "FactcheckError",
    "InputError",
    "Interval",
    "LoadedClaims",
    "Mention",
    "Problem",
    "Qualifier",
    "Report",
    "Result",
    "Rule",
    "RulePack",
    "Selector",
    "Severity",
    "ShareOf",
    "Span",
    "Status",
    "Summary",
    "UsageError",
    "Verification",
    "__version__",
    "bundled_rules",
    "debit",
    "evaluate",
    "evaluate_across",
    "evaluate_document",
    "extract_claims",
    "grim",
    "load_claims",
    "load_documents",
    "load_rules",
    "parse_number",
    "reround",
    "unround",
    "verify",
]
