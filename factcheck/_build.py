"""Which build of the extractor runs: the opt-in mypyc-compiled one or pure Python.

``FACTCHECK_USE_MYPYC=1 pip install .`` compiles :mod:`factcheck.extract` (``hatch_build.py``); the
same results, faster. ``factcheck --version`` and the speed benchmarks say which build they ran, so
every figure reported is labelled.
"""

from __future__ import annotations

import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

#: A module of the extractor: compiled or not, the whole package is built one way.
_PROBE = "_claims"


def extraction_compiled() -> bool:
    """Is the mypyc-compiled extractor the one loaded (or, before it is loaded, the one installed)?

    Read from the loaded module when there is one; otherwise from the files beside this one, without
    importing the extractor (``--version`` stays quick). Python imports an extension module before a
    ``.py`` file of the same name, so a compiled file present is the one that loads.
    """
    loaded = sys.modules.get(f"factcheck.extract.{_PROBE}")
    if loaded is not None:
        return (loaded.__file__ or "").endswith(tuple(EXTENSION_SUFFIXES))
    folder = Path(__file__).with_name("extract")
    return any((folder / f"{_PROBE}{suffix}").is_file() for suffix in EXTENSION_SUFFIXES)


def extraction_build() -> str:
    """The build in words, for ``--version`` and benchmark output."""
    return "compiled: yes" if extraction_compiled() else "compiled: no"
