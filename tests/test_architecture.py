"""Contracts the layout promises: the library never needs the CLI, and no input can run code."""

from __future__ import annotations

import ast
import subprocess
import sys

from tests.conftest import REPO

PACKAGE = REPO / "factcheck"


def test_the_library_does_not_import_the_cli() -> None:
    code = "import sys, factcheck; factcheck.verify; print(sorted(m for m in sys.modules if m in "
    code += "{'typer', 'factcheck.cli'}))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def _calls(name: str) -> list[str]:
    found = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                func = node.func
                called = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                if called == name:
                    found.append(f"{path.relative_to(REPO)}:{node.lineno}")
    return found


def test_no_eval_or_exec_anywhere() -> None:
    assert _calls("eval") == []
    assert _calls("exec") == []


def test_yaml_is_only_loaded_safely() -> None:
    unsafe = {"load", "load_all", "unsafe_load", "full_load", "unsafe_load_all", "full_load_all"}
    found = []
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            func = node.func if isinstance(node, ast.Call) else None
            if (isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name)
                    and func.value.id == "yaml" and func.attr in unsafe):
                found.append(f"{path.relative_to(REPO)}:{node.lineno}")
    assert found == []


def test_every_relation_a_rule_may_name_is_defined_once() -> None:
    import typing

    from factcheck._relations import RELATIONS
    from factcheck._rules import Relation

    assert set(typing.get_args(Relation)) == set(RELATIONS)


def test_every_module_sits_in_a_layer_of_the_import_contract() -> None:
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    (layers,) = [c["layers"] for c in config["tool"]["importlinter"]["contracts"] if c["type"] == "layers"]
    named = {m.strip() for layer in layers for m in layer.replace("|", ":").split(":")}
    top = {f"factcheck.{p.stem if p.is_file() else p.name}" for p in PACKAGE.iterdir()
           if (p.suffix == ".py" or (p / "__init__.py").is_file()) and not p.name.startswith("__")}
    assert sorted(top - named) == []
