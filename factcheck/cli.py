"""The ``factcheck`` command: a thin typer layer over :func:`factcheck.verify`.

Library errors become exit codes here and only here: 0 no failed check,
1 at least one failed (or broken) check, 2 bad input or usage, reported as
one ``file:line:col: message`` line per problem and no traceback.
"""

# Annotations are evaluated once, where each command is defined, not postponed (no
# `from __future__ import annotations`): typer reads every command's annotations at each start,
# and evaluating them from strings cost more than all the rest of building the commands.

import os
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from factcheck._build import extraction_build
from factcheck._cli_authoring import rules_app, schema
from factcheck._cli_common import ExitCode, one_of, pause_gc_for_start_up, started
from factcheck._errors import FactcheckError, InputError, UsageError
from factcheck._limits import (
    DEFAULT_MAX_FIGURES,
    DEFAULT_MAX_INPUT_BYTES,
    ENV_MAX_FIGURES,
    ENV_MAX_INPUT_BYTES,
    set_max_figures,
    set_max_input_bytes,
)
from factcheck._safe_text import one_line
from factcheck._verdicts import Severity
from factcheck._version import VERSION

if TYPE_CHECKING:
    from factcheck._runner import CorpusOutcome

# Each command imports what it needs when it runs: --version and --help load neither the engine,
# extraction, the readers nor the report formats.

app = typer.Typer(
    name="factcheck",
    help="Check that the numbers in a news article or report are consistent with each other.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},  # subcommands inherit it
)

MAX_INPUT_OPTION = typer.Option(
    "--max-input-bytes", min=1,
    help=f"Largest input file (or JSON Lines line) read, in bytes (default {DEFAULT_MAX_INPUT_BYTES:,}, "
    f"or ${ENV_MAX_INPUT_BYTES}).",
)
MAX_FIGURES_OPTION = typer.Option(
    "--max-figures", min=1,
    help=f"Most figures one article may have (default {DEFAULT_MAX_FIGURES:,}, or ${ENV_MAX_FIGURES}).",
)
#: Help texts that name what a registry holds (formats, readers) are completed only when help is
#: shown (:func:`_describe_registries`): listing a registry imports every module in it.
FORMAT_OPTION = typer.Option("--format", "-f", help="Report format (repeatable). Default: terminal, json, "
                             "markdown; a corpus: results.jsonl and aggregate reports.")
INPUT_FORMAT_OPTION = typer.Option("--input-format", help="How to read standard input ('-', default text) "
                                   "and files whose suffix names no format.", show_default=False)
PATHS_ARGUMENT = typer.Argument(help="Claims files (.yaml, .yml, .json), articles, JSON Lines files, URLs, "
                                "'-' for standard input, globs, or folders of these; default: the bundled "
                                "example.", show_default=False)
ARTICLE_ARGUMENT = typer.Argument(help="The article: a file, a URL, or '-' for standard input.")


def _describe_registries() -> None:
    """Name the report formats and article readers in the help texts (for --help only)."""
    from factcheck import reports
    from factcheck.readers import readers

    articles = ", ".join(s for r in readers().values() for s in r.suffixes[:1])
    FORMAT_OPTION.help = (f"Report format (repeatable): {', '.join(reports.formats())}. Default: terminal, "
                          "json, markdown; a corpus: results.jsonl and aggregate reports.")
    INPUT_FORMAT_OPTION.help = ("How to read standard input ('-', default text) and files whose suffix "
                                "names no format: " + ", ".join(readers()) + ".")
    PATHS_ARGUMENT.help = (f"Claims files (.yaml, .yml, .json), articles ({articles}), JSON Lines files, "
                           "URLs, '-' for standard input, globs, or folders of these; default: the bundled "
                           "example.")
    ARTICLE_ARGUMENT.help = f"The article: a file ({articles}), a URL, or '-' for standard input."


InputFormat = Annotated[str | None, INPUT_FORMAT_OPTION]

app.add_typer(rules_app, name="rules")
app.command("schema")(schema)


def _color_wanted() -> bool:
    return "NO_COLOR" not in os.environ and sys.stdout.isatty()


def _print_version(wanted: bool) -> None:
    if wanted:
        typer.echo(f"factcheck {VERSION} ({extraction_build()})")
        raise typer.Exit(ExitCode.OK)


@app.callback()
def _root(
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks of errors.")] = False,
    version: Annotated[
        bool,
        typer.Option("--version", callback=_print_version, is_eager=True, help="Print the version and exit."),
    ] = False,
) -> None:
    """Read by :func:`main` before typer runs, so that it also covers errors typer raises."""


@app.command()
def verify(
    paths: Annotated[list[str] | None, PATHS_ARGUMENT] = None,
    rules: Annotated[
        list[Path] | None,
        typer.Option("--rules", "-r", help="Rules file or folder, or a bundled pack's name (generic, "
                     "cambodia-cross-border-crime); repeatable; added to the bundled packs."),
    ] = None,
    no_bundled: Annotated[
        bool, typer.Option("--no-bundled", help="Run only the --rules given, not the bundled packs.")
    ] = False,
    format: Annotated[list[str] | None, FORMAT_OPTION] = None,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Folder for report files.")
    ] = Path("reports"),
    fail_on: Annotated[
        str,
        typer.Option("--fail-on", metavar="error|warning|info",
                     help="Lowest severity whose failure makes the exit code 1."),
    ] = Severity.INFO.value,
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="The articles' language (en, fr, es, de, de-CH, …): see extract --lang."),
    ] = None,
    text_root: Annotated[
        list[Path] | None,
        typer.Option("--text-root", help="A folder besides each claims file's own from which its "
                     "document.text may be read (repeatable)."),
    ] = None,
    max_input_bytes: Annotated[int | None, MAX_INPUT_OPTION] = None,
    max_figures: Annotated[int | None, MAX_FIGURES_OPTION] = None,
    only_failed: Annotated[
        bool, typer.Option("--only-failed", help="Terminal: show failed and broken checks only.")
    ] = False,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="Terminal: the summary line only.")
    ] = False,
    glob: Annotated[
        str | None, typer.Option("--glob", help="In folders, only the files matching this pattern "
                                 "(e.g. '*.html', '2025/*.pdf').")
    ] = None,
    input_format: InputFormat = None,
    jobs: Annotated[
        int | None,
        typer.Option("--jobs", "-j", min=1, help="Verify a corpus in this many processes (default: all "
                     "cores); streams results.jsonl and aggregate reports."),
    ] = None,
    engine: Annotated[
        str | None,
        typer.Option("--engine", metavar="local|dask", help="Where a corpus is verified: local processes, "
                     "or a Dask cluster (pip install 'factcheck-numbers[dask]')."),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", metavar="ADDRESS", help="Dask scheduler, e.g. tcp://10.0.0.5:8786; "
                     "without it --engine dask starts a cluster on this machine."),
    ] = None,
) -> None:
    """Verify claims against the rules; write reports; exit 1 if a check fails.

    One document (a file, a URL, '-', or none: the bundled example) gets the reports of --format.
    A corpus (a folder, a glob, a JSON Lines file, several paths, or --jobs/--engine) is verified
    in parallel: results.jsonl, documents.jsonl and aggregate reports, written as documents finish.
    With --format, several documents get one report of every result instead (built in memory).
    """
    threshold = one_of("--fail-on severity", fail_on, Severity)
    set_max_input_bytes(max_input_bytes)
    set_max_figures(max_figures)
    given = paths or []
    parallel = jobs is not None or engine is not None or scheduler is not None
    if parallel or (_is_corpus(given) and not format):
        if format:
            raise UsageError("--format writes one report of every result, built in memory; a parallel "
                             "corpus run (--jobs, --engine) writes results.jsonl and aggregate reports: "
                             "drop one of them")
        _verify_corpus(given, rules or [], output, jobs, engine or "local", scheduler, threshold, lang,
                       text_root or [], not no_bundled, glob, input_format, only_failed, quiet)
    if any(_is_jsonl(p) for p in given):
        raise UsageError("JSON Lines files are read as a corpus (results.jsonl and aggregate reports): "
                         "drop --format")
    import shutil

    from factcheck import reports
    from factcheck._api import verify as run_verify
    from factcheck.reports import terminal

    started()
    formats = format or ["terminal", "json", "markdown"]
    outcome = run_verify(
        given,
        rules=rules or [],
        bundled=not no_bundled,
        formats=formats,
        output=output,
        text_roots=text_root or [],
        color=_color_wanted(),
        width=min(shutil.get_terminal_size((120, 24)).columns, 160),
        language=lang,
        only_failed=only_failed,
        quiet=quiet,
        glob=glob,
        input_format=input_format,
    )
    for warning in outcome.warnings:
        typer.echo(str(warning), err=True)
    if "terminal" in outcome.rendered:
        typer.echo(outcome.rendered["terminal"], nl=False)
    else:  # the summary line closes every run, as in ruff or pytest
        typer.echo(terminal.summary(reports.Run(outcome.report, [], color=_color_wanted())), nl=False)
    for path in outcome.written:
        typer.echo(f"wrote {path}", err=True)
    raise typer.Exit(ExitCode.FAILED if outcome.fails_at(threshold) else ExitCode.OK)


def _is_jsonl(given: str) -> bool:
    return given.endswith((".jsonl", ".ndjson"))


def _is_corpus(given: Sequence[str]) -> bool:
    """Several documents: more than one path, a folder, a glob or a JSON Lines file."""
    import glob

    if len(given) > 1:
        return True
    return any(p != "-" and "://" not in p and (Path(p).is_dir() or _is_jsonl(p)
                                                 or (glob.has_magic(p) and not Path(p).exists()))
               for p in given)


def _verify_corpus(
    paths: Sequence[str], rules: list[Path], output: Path, jobs: int | None, engine: str,
    scheduler: str | None, threshold: Severity, language: str | None, text_roots: list[Path],
    bundled: bool, glob: str | None, input_format: str | None, only_failed: bool = False, quiet: bool = False,
) -> None:
    """A corpus run (:func:`factcheck._runner.verify_corpus`): streamed results, aggregate reports.

    ``--only-failed`` prints each failed or broken check as documents finish; ``-q`` the summary line only.
    """
    from factcheck._progress import progress_bar
    from factcheck._runner import verify_corpus

    started()
    if not paths:
        raise UsageError("a corpus run (--jobs, --engine) needs the files or folders to verify")
    with progress_bar() as progress:
        outcome = verify_corpus(paths, rules=rules, output=output, jobs=jobs, engine=engine,
                                scheduler=scheduler, progress=progress, language=language,
                                text_roots=text_roots, bundled=bundled, glob=glob, input_format=input_format,
                                failed=typer.echo if only_failed and not quiet else None)
    _close_corpus(outcome, quiet)
    if outcome.bad_input:
        raise typer.Exit(ExitCode.BAD_INPUT)
    raise typer.Exit(ExitCode.FAILED if outcome.fails_at(threshold) else ExitCode.OK)


def _close_corpus(outcome: "CorpusOutcome", quiet: bool = False) -> None:
    """What a corpus run prints: problems, files written, totals, speed; the summary line on stdout."""
    for problem in outcome.duplicates[:20]:
        typer.echo(problem, err=True)
    s = outcome.summary
    summary = (f"{s['passed']} passed, {s['failed']} failed, {s['inconclusive']} inconclusive, "
               f"{s['skipped']} skipped, {s['errors']} errors")
    if quiet:  # the summary line, and what could not be read (exit code 2 says why)
        if outcome.unreadable:
            typer.echo(f"{outcome.unreadable} documents could not be read", err=True)
        typer.echo(summary)
        return
    for path in outcome.written:
        typer.echo(f"wrote {path}", err=True)
    typer.echo(f"{outcome.documents} documents, {outcome.unreadable} could not be read"
               + (f", {len(outcome.duplicates)} with an id used before" if outcome.duplicates else "")
               + f"; {outcome.results} results", err=True)
    typer.echo(f"{outcome.documents} documents in {outcome.seconds:.1f} s ({outcome.rate:,.0f} documents/s)",
               err=True)
    typer.echo(summary)


EXTRACT_FORMATS = ("yaml", "json")


@app.command()
def extract(
    article: Annotated[str, ARTICLE_ARGUMENT],
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write the claims here instead of printing them.")
    ] = None,
    format: Annotated[
        str,
        typer.Option("--format", metavar="yaml|json", help="The claims file as YAML or as JSON."),
    ] = "yaml",
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            help="The article's language (en, fr, es, de, or e.g. de-CH): decides decimal and grouping "
            "marks and number words. Default: the HTML lang, else inferred from the figures.",
        ),
    ] = None,
    max_input_bytes: Annotated[int | None, MAX_INPUT_OPTION] = None,
    max_figures: Annotated[int | None, MAX_FIGURES_OPTION] = None,
    input_format: InputFormat = None,
) -> None:
    """Draft a claims file from an article: every figure, grouped, with its relations.

    The draft is a complete claims file that `factcheck verify` reads as it is.
    Offsets count code points of the article's text (for HTML, PDF and Word,
    of the text extracted from it).
    """
    from factcheck._api import load_documents
    from factcheck._files import write_atomically
    from factcheck._loading import DATA_SUFFIXES
    from factcheck.extract import render_claims

    started()
    chosen = one_of("extract format", format, EXTRACT_FORMATS)
    set_max_input_bytes(max_input_bytes)
    set_max_figures(max_figures)
    given = Path(article)
    if article != "-" and "://" not in article and (given.is_dir() or given.suffix.lower() in DATA_SUFFIXES):
        raise UsageError(f"extract reads one article, and {article} is a "
                         + ("folder" if given.is_dir() else "claims file") + "; give an article's file, "
                         "URL or '-'")
    (document,) = load_documents([article], input_format=input_format, language=lang)
    text = render_claims(document.claims_file, chosen, article=document.text_path, output=output)
    if output is None:
        typer.echo(text, nl=False)
    else:
        write_atomically(output, text)
        typer.echo(f"wrote {output} ({len(document.claims_file.claims)} claims)", err=True)
        if document.text_path is not None:
            folder = output.resolve().parent
            if not document.text_path.is_relative_to(folder):
                typer.echo(f"the article is outside {folder}: verify with --text-root "
                           f"{document.text_path.parent}", err=True)


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on; keep 127.0.0.1 unless the "
                                      "page must be reached from other machines.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    max_mb: Annotated[float, typer.Option("--max-mb", help="Largest article accepted, in MB.")] = 10.0,
    timeout: Annotated[float, typer.Option("--timeout", help="Seconds a check may take.")] = 30.0,
    allow_private_urls: Annotated[
        bool, typer.Option("--allow-private-urls", help="Fetch URLs on this machine or a private network "
                           "(refused by default).")
    ] = False,
) -> None:
    """A local web page where an editor pastes, links or drops an article and gets the report.

    Needs the serve extra: pip install -e '.\\[serve]' in a clone.
    """
    from factcheck.serve import Settings, run

    started()
    run(Settings(host=host, port=port, max_bytes=int(max_mb * 1_000_000), timeout=timeout,
                 allow_private_urls=allow_private_urls))


def _usage(message: str) -> None:
    """The one form of every usage error, whoever found it (typer or factcheck): ``factcheck: …``."""
    print(f"factcheck: {one_line(message)}", file=sys.stderr)  # messages quote arguments


def main(*, gc_paused: bool = False) -> None:
    """Console-script entry point (by way of :mod:`factcheck._entry`): run the app, errors as exit codes.

    ``gc_paused``: the caller disabled the cyclic garbage collector for start-up, and
    the command enables it again once it has loaded what it needs (:func:`factcheck._cli_common.started`).
    """
    pause_gc_for_start_up(gc_paused)
    args = sys.argv[1:]
    debug = "--debug" in args
    if ("-h" in args or "--help" in args) and ("verify" in args or "extract" in args):
        _describe_registries()
    try:
        # --debug is accepted anywhere on the line, not only before the command
        code = app(args=[a for a in args if a != "--debug"], prog_name="factcheck", standalone_mode=False)
    except InputError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        if debug:
            traceback.print_exc()
        sys.exit(ExitCode.BAD_INPUT)
    except typer.TyperException as exc:  # usage errors: unknown option or command, missing argument, …
        message = exc.format_message()
        if message:  # no arguments at all: the help was printed, nothing to add
            _usage(message[:1].lower() + message[1:].rstrip("."))  # typer's sentences in our style
        sys.exit(ExitCode.BAD_INPUT)
    except (typer.Abort, KeyboardInterrupt):
        sys.exit(ExitCode.INTERRUPTED)
    except FactcheckError as exc:
        if debug:
            raise
        _usage(str(exc))
        sys.exit(ExitCode.BAD_INPUT)
    except OSError as exc:  # e.g. an output folder that cannot be created
        if debug:
            raise
        where = f"{exc.filename}: " if exc.filename else ""
        _usage(f"{where}{exc.strerror or exc}")
        sys.exit(ExitCode.BAD_INPUT)
    sys.exit(code if isinstance(code, int) else ExitCode.OK)


if __name__ == "__main__":  # pragma: no cover
    main()
