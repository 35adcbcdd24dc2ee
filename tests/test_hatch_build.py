"""The compiled build is opt-in: ``FACTCHECK_USE_MYPYC=1`` alone turns the build hook on.

Nothing here runs the C compiler (that takes minutes); the wheel is built pure, and the switch's
other paths stop before mypyc runs. mypyc's translation to C, which fails on a construct it cannot
translate, is run (seconds).
"""

from __future__ import annotations

import ast
import importlib.util
import sys
import zipfile
from pathlib import Path
from types import ModuleType

import pytest
from hatchling.builders.wheel import WheelBuilder

from tests.conftest import REPO


def _hook_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("hatch_build", REPO / "hatch_build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


hook = _hook_module()


@pytest.mark.parametrize(("value", "wanted"), [
    (None, False), ("", False), ("0", False), ("no", False), ("off", False), ("false", False),
    ("1", True), ("yes", True), ("TRUE", True), (" on ", True),
])
def test_the_switch_reads_the_usual_yes_and_no_words(value: str | None, wanted: bool) -> None:
    environ = {} if value is None else {hook.SWITCH: value}
    assert hook.compile_wanted(environ) is wanted


def test_a_switch_value_that_is_neither_yes_nor_no_is_an_error_not_a_guess() -> None:
    with pytest.raises(ValueError, match="FACTCHECK_USE_MYPYC='compiled'"):
        hook.compile_wanted({hook.SWITCH: "compiled"})


def test_the_opt_level_comes_from_the_environment_then_the_settings_then_3() -> None:
    assert hook.opt_level({}, {}) == "3"
    assert hook.opt_level({"opt-level": "2"}, {}) == "2"
    assert hook.opt_level({"opt-level": "2"}, {hook.OPT_LEVEL: "0"}) == "0"
    with pytest.raises(ValueError, match="'4'"):
        hook.opt_level({}, {hook.OPT_LEVEL: "4"})


def test_a_plain_build_asks_for_no_compiler_and_the_switch_for_mypy(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(hook.SWITCH, raising=False)
    assert not any(d.startswith("mypy") for d in WheelBuilder(str(REPO)).config.dependencies)
    monkeypatch.setenv(hook.SWITCH, "1")
    needed = WheelBuilder(str(REPO)).config.dependencies
    assert {"mypy>=1.10", "setuptools>=70"} <= set(needed)
    assert any(d.startswith("pydantic") for d in needed)  # mypy type-checks what it compiles


def test_a_plain_wheel_is_pure_python(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv(hook.SWITCH, raising=False)
    (wheel,) = WheelBuilder(str(REPO)).build(directory=str(tmp_path), versions=["standard"])
    assert wheel.endswith("-py3-none-any.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "factcheck/extract/_claims.py" in names
    assert not [n for n in names if n.endswith((".so", ".pyd"))]


def test_the_switch_refuses_an_editable_install_before_compiling(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv(hook.SWITCH, "1")
    with pytest.raises(RuntimeError, match="editable install would run compiled copies"):
        list(WheelBuilder(str(REPO)).build(directory=str(tmp_path), versions=["editable"]))
    assert not list(tmp_path.iterdir())
    assert "mypyc.build" not in sys.modules


def _tuple_constants(tree: ast.Module) -> set[str]:
    return {
        target.id
        for node in tree.body
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Tuple)
        for target in node.targets
        if isinstance(target, ast.Name)
    }


def test_the_compiled_package_never_compares_a_tuple_constant_by_identity() -> None:
    # mypyc keeps a tuple constant unboxed and boxes it anew where it is stored, so `x is CONSTANT`
    # holds in pure Python and fails once compiled: the two builds would extract differently.
    compiled = [p for folder in hook_folders() for p in sorted((REPO / folder).rglob("*.py"))]
    trees = {p: ast.parse(p.read_text(encoding="utf-8")) for p in compiled}
    constants = set().union(*map(_tuple_constants, trees.values()))
    found = [
        f"{p.relative_to(REPO)}:{node.lineno}"
        for p, tree in trees.items()
        for node in ast.walk(tree)
        if isinstance(node, ast.Compare)
        and any(isinstance(op, ast.Is | ast.IsNot) for op in node.ops)
        and any(isinstance(s, ast.Name) and s.id in constants for s in [node.left, *node.comparators])
    ]
    assert compiled
    assert found == []


def test_mypyc_translates_every_compiled_module_to_c(tmp_path: Path) -> None:
    # what `FACTCHECK_USE_MYPYC=1 pip install .` does before the C compiler runs; a construct mypyc
    # cannot translate ("x in (A, *B)") stops it with an internal error, so a user's install fails
    pytest.importorskip("mypyc")
    extensions = hook.generate_c(REPO, hook_folders(), "0", tmp_path)
    modules = {p.relative_to(REPO).with_suffix("").as_posix().replace("/", ".")
               for folder in hook_folders() for p in (REPO / folder).rglob("*.py")}
    assert {e.name for e in extensions} >= modules - {m for m in modules if m.endswith(".__init__")}
    assert any(tmp_path.joinpath("c").rglob("*.c"))


def hook_folders() -> list[str]:
    import tomllib

    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    folders: list[str] = config["tool"]["hatch"]["build"]["targets"]["wheel"]["hooks"]["custom"]["compile"]
    return folders
