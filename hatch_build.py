"""The opt-in compiled build: ``FACTCHECK_USE_MYPYC=1 pip install .`` compiles the extractor with mypyc.

Extraction is the hot loop of every command, and mypyc turns its typed modules into C extensions
(the way black and mypy ship theirs). A plain ``pip install .`` or ``pip install -e .`` stays pure
Python: this hook does nothing unless the switch is on, and asks for no build dependency then.

Compiled in a temporary folder and added to the wheel from there, never into the source tree, so a
clone that built the compiled wheel still runs the ``.py`` files it edits. An editable install with
the switch on is refused: it would run stale compiled copies of the sources being edited.
Written here rather than taken from the hatch-mypyc plugin: its last release (0.16, 2023) compiles
into the source tree and moves ``pyproject.toml`` aside while mypy runs, so the project's
``[tool.mypy]`` settings (strict, the pydantic plugin) would not apply.

Settings (``[tool.hatch.build.targets.wheel.hooks.custom]`` in ``pyproject.toml``): ``compile``,
the folders and files mypyc compiles; ``opt-level``, the C compiler's optimisation level
(``FACTCHECK_MYPYC_OPT_LEVEL`` overrides it). mypy type-checks what it compiles with the project's
``[tool.mypy]`` settings, so the build needs the runtime dependencies' type information.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SWITCH = "FACTCHECK_USE_MYPYC"
OPT_LEVEL = "FACTCHECK_MYPYC_OPT_LEVEL"
#: What the compile needs besides the runtime dependencies: mypyc (in mypy), setuptools (it drives
#: the C compiler), and the stubs strict mypy wants for PyYAML.
COMPILE_REQUIRES = ("mypy>=1.10", "setuptools>=70", "types-PyYAML>=6.0")
#: The shared library mypyc writes beside the package: ``factcheck_extract__mypyc.*.so``.
GROUP = "factcheck_extract"

_ON = ("1", "true", "yes", "on")
_OFF = ("", "0", "false", "no", "off")


def compile_wanted(environ: Mapping[str, str] = os.environ) -> bool:
    """Is the switch on? Any other value than the usual yes and no words is an error, not a guess."""
    value = environ.get(SWITCH, "").strip().lower()
    if value in _ON:
        return True
    if value in _OFF:
        return False
    raise ValueError(f"{SWITCH}={environ[SWITCH]!r}: use 1 to compile factcheck.extract with mypyc, 0 not to")


def opt_level(config: Mapping[str, Any], environ: Mapping[str, str] = os.environ) -> str:
    """The C optimisation level, 0 to 3: the environment's, else the hook setting's, else 3."""
    level = str(environ.get(OPT_LEVEL) or config.get("opt-level", "3"))
    if level not in ("0", "1", "2", "3"):
        raise ValueError(f"mypyc opt level {level!r}: use 0, 1, 2 or 3")
    return level


def generate_c(root: Path, paths: list[str], level: str, out: Path) -> list[Any]:
    """Type-check ``paths`` (from ``root``) and write their C into ``out``; return the extensions to build.

    The part of the compile that can fail on the sources themselves (a construct mypyc cannot
    translate), and quick: the tests run it, so such a construct fails CI, not a user's install.
    """
    from mypyc.build import mypycify

    cwd = Path.cwd()
    os.chdir(root)  # mypy names modules by their path from here and reads pyproject.toml's [tool.mypy]
    try:
        return list(mypycify(
            ["--config-file", str(root / "pyproject.toml"), "--cache-dir", str(out / "mypy_cache"), *paths],
            opt_level=level,
            target_dir=str(out / "c"),
            group_name=GROUP,
        ))
    finally:
        os.chdir(cwd)


def compile_with_mypyc(root: Path, paths: list[str], level: str, out: Path) -> dict[str, str]:
    """Compile ``paths`` (from ``root``) into ``out``; return each built file and its place in the wheel."""
    from setuptools import Distribution
    from setuptools.errors import CCompilerError, ExecError, PlatformError

    extensions = generate_c(root, paths, level, out)
    cwd = Path.cwd()
    os.chdir(root)
    try:
        command = Distribution({"name": "factcheck-compiled", "ext_modules": extensions}).get_command_obj(
            "build_ext"
        )
        command.build_lib = str(out / "lib")
        command.build_temp = str(out / "tmp")
        command.ensure_finalized()
        try:
            command.run()
        except (CCompilerError, ExecError, PlatformError) as exc:
            raise RuntimeError(
                f"{SWITCH}=1 needs a C compiler and the Python headers ({exc}); "
                "without the switch, pip install . is pure Python and needs neither"
            ) from exc
    finally:
        os.chdir(cwd)
    lib = out / "lib"
    return {str(p): p.relative_to(lib).as_posix() for p in sorted(lib.rglob("*")) if p.is_file()}


class CustomBuildHook(BuildHookInterface):
    """Adds the mypyc-compiled extraction to the wheel when ``FACTCHECK_USE_MYPYC`` is on."""

    _folder: str | None = None

    def dependencies(self) -> list[str]:
        if self.target_name != "wheel" or not compile_wanted():
            return []
        return [*COMPILE_REQUIRES, *self.metadata.core.dependencies]

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or not compile_wanted():
            return
        if version == "editable":
            raise RuntimeError(
                f"{SWITCH}=1 builds a regular install (pip install .): an editable install would run "
                "compiled copies of the sources you edit. Unset it for pip install -e ."
            )
        self._folder = tempfile.mkdtemp(prefix="factcheck-mypyc-")
        built = compile_with_mypyc(
            Path(self.root), list(self.config.get("compile", ["factcheck/extract"])), opt_level(self.config),
            Path(self._folder),
        )
        build_data["force_include"].update(built)
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        self.app.display_info(f"mypyc: {len(built)} extension modules, opt level {opt_level(self.config)}")

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if self._folder is not None:
            shutil.rmtree(self._folder, ignore_errors=True)
            self._folder = None
