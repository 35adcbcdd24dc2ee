"""The ``factcheck`` console script and ``python -m factcheck``: the CLI, started without the GC.

Start-up (importing typer, pydantic and the library, building the commands,
loading the rule packs) allocates a few hundred thousand objects that live
as long as the process, and the cyclic garbage collector scanned them again
and again: about a hundred collections, ~40 ms of a ``verify`` of the bundled
example. It is paused before anything is imported; every command enables it
once it has loaded what it needs, freezing what start-up built so that it is
never scanned again (``factcheck._cli_common.started``); ``--help`` and
``--version`` end before that. ``factcheck.cli.main`` called on its own, as
tests call it in-process, leaves the collector alone.
"""

import gc

__all__ = ["entry"]


def entry() -> None:
    paused = gc.isenabled()
    gc.disable()
    from factcheck.cli import main

    main(gc_paused=paused)
