"""JSON Schemas of the file formats, for editors (draft-07, what the VS Code YAML extension reads)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel

from factcheck import checks
from factcheck._authoring._rule_tests import RuleTestsFile
from factcheck._models import QUALIFIER_ALIASES, ClaimsFile
from factcheck._results import Report
from factcheck._rules import RulePack

__all__ = ["DRAFT_07", "SchemaName", "json_schema"]


SchemaName = Literal["claims", "rules", "rule-tests", "report"]
DRAFT_07 = "http://json-schema.org/draft-07/schema#"


def json_schema(name: SchemaName) -> dict[str, Any]:
    """A draft-07 JSON Schema for a file format, for the VS Code YAML extension and friends,
    or (``report``) for the ``report.json`` other tools read.

    Pydantic emits draft 2020-12; draft-07 (what editors understand) spells
    ``$defs`` as ``definitions``, so refs are rewritten. For rules, each
    built-in check kind's params schema applies when ``check`` names it.
    """
    if name == "report":  # what factcheck writes, so the output's shape, not what it accepts
        schema = Report.model_json_schema(by_alias=True, mode="serialization")
        return {"$schema": DRAFT_07, **_draft07(schema)}
    models: dict[str, type[BaseModel]] = {"claims": ClaimsFile, "rules": RulePack,
                                           "rule-tests": RuleTestsFile}
    model = models[name]
    schema = model.model_json_schema(by_alias=True, mode="validation")
    if name == "rules":
        _add_params_schemas(schema)
    qualifier = schema.get("$defs", {}).get("Qualifier")
    if qualifier is not None:  # the hedge may be written in words: "more than", "up to", …
        words = {k for k in QUALIFIER_ALIASES if k} | {k.replace(" ", "_") for k in QUALIFIER_ALIASES if k}
        qualifier["enum"] = sorted(words)
        qualifier["description"] = "How the text hedges the figure; common phrasings are accepted."
    schema = _numbers_as_text(_draft07(schema))
    return {"$schema": DRAFT_07, **schema}


def _add_params_schemas(schema: dict[str, Any]) -> None:
    defs = schema.setdefault("$defs", {})
    rule = defs["Rule"]
    built_in = {k: v for k, v in checks.kinds().items()
                if v.function.__module__.startswith("factcheck.checks.")}
    rule["properties"]["check"]["examples"] = sorted(built_in)
    branches = []
    for kind_id, kind in sorted(built_in.items()):
        params = kind.params.model_json_schema(by_alias=True, mode="validation")
        for key, value in params.pop("$defs", {}).items():
            defs.setdefault(key, value)
        params["title"] = f"{kind_id} params"
        branches.append({"if": {"properties": {"check": {"const": kind_id}}, "required": ["check"]},
                         "then": {"properties": {"params": params}}})
    rule["allOf"] = branches


def _numbers_as_text(node: Any) -> Any:
    """factcheck reads every YAML number as the text written (``period: 2024`` is "2024"),
    so where a string is expected an editor must accept a number too."""
    if isinstance(node, dict):
        out = {k: _numbers_as_text(v) for k, v in node.items()}
        free_text = not any(k in out for k in ("enum", "const", "format"))
        if out.get("type") == "string" and free_text:
            out["type"] = ["string", "number"]
        return out
    if isinstance(node, list):
        return [_numbers_as_text(v) for v in node]
    return node


def _draft07(node: Any) -> Any:
    if isinstance(node, dict):
        out = {("definitions" if k == "$defs" else k): _draft07(v) for k, v in node.items()}
        ref = out.get("$ref")
        if isinstance(ref, str):
            ref = ref.replace("#/$defs/", "#/definitions/")
            if len(out) == 1:
                return {"$ref": ref}
            # draft-07 ignores every keyword beside $ref, so the ref moves into allOf
            out.pop("$ref")
            return {**out, "allOf": [{"$ref": ref}, *out.get("allOf", [])]}
        return out
    if isinstance(node, list):
        return [_draft07(v) for v in node]
    return node
