"""``factcheck rules …`` and ``factcheck schema``: thin typer commands over :mod:`factcheck._authoring`.

Exit codes are the CLI's (:class:`~factcheck._cli_common.ExitCode`): 0 fine,
1 a rule test failed, 2 bad input (``file:line:col: message`` per problem,
raised as :class:`~factcheck.InputError`) or a bad argument (``factcheck:
message``, a :class:`~factcheck.UsageError`), both printed by ``cli.main``.
"""

# Annotations are evaluated once, where each command is defined, not postponed (no
# `from __future__ import annotations`): typer reads every command's annotations at each start,
# and evaluating them from strings cost more than all the rest of building the commands.

import json
from pathlib import Path
from typing import Annotated, get_args

import typer

from factcheck._cli_common import ExitCode, one_of, started
from factcheck._errors import InputError, UsageError

__all__ = ["rules_app", "schema"]

rules_app = typer.Typer(
    name="rules",
    help="Write and check rules: lint, list, explain, and run their test cases.",
    no_args_is_help=True,
)

RulesPaths = Annotated[
    list[Path] | None,
    typer.Argument(help="Rules files or folders; default: the bundled packs."),
]


@rules_app.command("lint")
def lint(
    paths: RulesPaths = None,
    claims: Annotated[
        list[Path] | None,
        typer.Option("--claims", "-c", help="Claims files or folders: warn about selectors that "
                     "match none of their claims."),
    ] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Warnings make the exit code 1.")] = False,
) -> None:
    """Report every problem in rules files and their tests files, without verifying anything."""
    from factcheck import _authoring
    from factcheck._api import load_documents

    started()
    documents = load_documents(claims) if claims else []
    report = _authoring.lint(paths or [], documents)
    for warning in report.warnings:
        typer.echo(str(warning), err=True)
    if report.problems:
        raise InputError(report.problems)
    typer.echo(f"{report.rules} rules, {report.cases} test cases: no problems"
               + (f", {len(report.warnings)} warnings" if report.warnings else ""))
    raise typer.Exit(ExitCode.FAILED if strict and report.warnings else ExitCode.OK)


@rules_app.command("list")
def list_rules(paths: RulesPaths = None) -> None:
    """Every rule with its id, severity, check kind and title."""
    from factcheck import _authoring  # imported by the command that needs it

    started()
    rows = _authoring.rule_table(paths or [])
    widths = [max([len(h), *(len(getattr(r, h)) for r in rows)]) for h in ("id", "severity", "kind")]
    header = ("id", "severity", "kind", "title")
    typer.echo("  ".join(h.ljust(w) for h, w in zip(header, [*widths, 0], strict=True)).rstrip())
    for r in rows:
        cells = (r.id, r.severity, r.kind, r.title)
        typer.echo("  ".join(c.ljust(w) for c, w in zip(cells, [*widths, 0], strict=True)).rstrip())


@rules_app.command("explain")
def explain(
    id: Annotated[str, typer.Argument(help="A rule id, or a check kind (compare, range, expr, …).")],
    rules: Annotated[
        list[Path] | None,
        typer.Option("--rules", "-r", help="Rules file or folder (repeatable); default: the bundled packs."),
    ] = None,
) -> None:
    """What a rule or check kind checks, its parameters with their defaults, and an example."""
    from factcheck import _authoring

    started()
    try:
        text = _authoring.explain(id, rules or [])
    except KeyError as exc:
        raise UsageError(str(exc.args[0])) from None
    typer.echo(text, nl=False)


@rules_app.command("test")
def run_tests(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(help="Rules folders or files, or tests files; default: the bundled packs."),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="List every case.")] = False,
) -> None:
    """Run the test cases kept beside the rules (tests.yaml); exit 1 if any fails."""
    from factcheck import _authoring

    started()
    run = _authoring.run_rule_tests(paths or [])
    for o in run.outcomes:
        if verbose or not o.ok or o.verdict == "known gap":
            mark = {"passed": "ok", "failed": "FAIL", "known gap": "gap", "gap fixed": "FIXED"}[o.verdict]
            typer.echo(f"{mark:5} {o.file}:{o.line}: {o.rule}: {o.name}: expected {o.expect}, "
                       f"got {o.got}")
            if not o.ok or verbose:
                typer.echo(f"      {o.detail}")
        if o.verdict == "gap fixed":
            typer.echo("      the rule now gets this right: remove known_gap")
    for gap in run.uncovered:
        typer.echo(f"note  {gap}")
    typer.echo(run.summary())
    raise typer.Exit(ExitCode.OK if run.ok else ExitCode.FAILED)


def schema(
    name: Annotated[
        str,
        typer.Argument(help="claims, rules, rule-tests or report.", metavar="claims|rules|rule-tests|report"),
    ],
) -> None:
    """Print a draft-07 JSON Schema: claims, rules or rule-tests files (for editors), or report.json."""
    from factcheck import _authoring

    started()
    chosen = one_of("schema", name, get_args(_authoring.SchemaName))
    typer.echo(json.dumps(_authoring.json_schema(chosen), indent=2, ensure_ascii=False))
