"""factcheck: check that the numbers in a news article or report are consistent.

The public API is what this module exports; everything in ``factcheck._*``
modules is private and may change.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from factcheck._version import VERSION as __version__  # noqa: N811 - the conventional name

if TYPE_CHECKING:
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
    from factcheck.extract import extract_claims

#: Where each public name lives: imported on first use, so that ``factcheck --version`` and
#: ``--help`` do not load the engine, extraction and every report format (PEP 562).
_HOME = {
    "Verification": "factcheck._api",
    "load_documents": "factcheck._api",
    "verify": "factcheck._api",
    "bundled_rules": "factcheck._bundled",
    "CompiledRule": "factcheck._compiled",
    "LoadedClaims": "factcheck._documents",
    "evaluate": "factcheck._engine",
    "evaluate_across": "factcheck._engine",
    "evaluate_document": "factcheck._engine",
    "FactcheckError": "factcheck._errors",
    "InputError": "factcheck._errors",
    "Problem": "factcheck._errors",
    "UsageError": "factcheck._errors",
    "debit": "factcheck._grim",
    "grim": "factcheck._grim",
    "Interval": "factcheck._intervals",
    "load_claims": "factcheck._loading",
    "load_rules": "factcheck._loading",
    "Claim": "factcheck._models",
    "ClaimKind": "factcheck._models",
    "ClaimReview": "factcheck._models",
    "ClaimsFile": "factcheck._models",
    "Direction": "factcheck._models",
    "Document": "factcheck._models",
    "Mention": "factcheck._models",
    "Qualifier": "factcheck._models",
    "ShareOf": "factcheck._models",
    "Report": "factcheck._results",
    "Result": "factcheck._results",
    "Span": "factcheck._results",
    "Summary": "factcheck._results",
    "Rule": "factcheck._rules",
    "RulePack": "factcheck._rules",
    "Selector": "factcheck._rules",
    "parse_number": "factcheck._stated",
    "reround": "factcheck._stated",
    "unround": "factcheck._stated",
    "Severity": "factcheck._verdicts",
    "Status": "factcheck._verdicts",
    "extract_claims": "factcheck.extract",
}


def __getattr__(name: str) -> Any:
    try:
        home = _HOME[name]
    except KeyError:
        raise AttributeError(f"module 'factcheck' has no attribute {name!r}") from None
    value = getattr(importlib.import_module(home), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)

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
