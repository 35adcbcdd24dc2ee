"""Reading an article's figures without a model: ``factcheck extract``.

:func:`extract_claims` turns an article (any format :mod:`factcheck.readers` reads) into a
:class:`~factcheck.ClaimsFile` draft: every figure with its kind, hedge,
unit, period and what it measures, repeated mentions grouped into one claim,
and the relations the wording states (parts, changes, shares). It is a
regex scan plus a small grammar over the words around each number (see
:mod:`factcheck.extract._figures`), fast enough to screen a day's news on
one core, and a draft for a person to review, not a verdict.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from pathlib import Path
from typing import Final
from urllib.parse import urlsplit

import yaml
from yaml.emitter import ScalarAnalysis

from factcheck._documents import LoadedClaims
from factcheck._errors import InputError, Problem
from factcheck._gc import collections_deferred
from factcheck._inputs import long_numbers
from factcheck._limits import ENV_MAX_FIGURES, max_figures
from factcheck._models import ClaimsFile, Document
from factcheck.extract._claims import assemble
from factcheck.extract._figures import Figure, candidates, scan
from factcheck.readers import Article, read_file

__all__ = [
    "Article",
    "Figure",
    "article_document",
    "document_id_for",
    "extract_claims",
    "load_article",
    "render_claims",
    "scan",
]


def document_id_for(name: str) -> str:
    """A document id from a file name or URL: ``riverton-buses`` for ``…/riverton-buses.html``."""
    if "://" in name:
        parts = urlsplit(name)
        name = Path(parts.path).name or parts.hostname or "article"
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", name.split(".")[0]).strip("-.") or "article"
    return slug if slug[0].isalnum() else f"a{slug}"


def _date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def claims_of(
    article: Article,
    *,
    document_id: str,
    title: str | None = None,
    language: str | None = None,
    where: str = "<text>",
) -> ClaimsFile:
    """The draft claims of an article, its document record filled from what the source says.

    ``language`` (``en``, ``fr``, ``es``, ``de``, or a regional code such as
    ``de-CH``) decides the decimal and grouping marks and the number words;
    without it, the language the source declares (an HTML page's ``lang``)
    decides, and otherwise the marks are inferred from the text, with a note
    on any figure that could be read either way ("1,234" or "1,5"). A number
    too long to be a figure is bad input at ``where`` (the source's name).
    """
    _refuse_long_numbers(article.text, where)
    _refuse_many_figures(article.text, where)
    with collections_deferred():
        drafted = assemble(article.text, document_id=document_id, title=title or article.title,
                           language=language or article.language)
    known = {
        "author": article.author,
        "publisher": article.site_name,
        "url": article.url,
        "date": _date(article.date),
        "language": language or article.language,
        "pages": list(article.pages) if article.pages and len(article.pages) > 1 else None,
    }
    document = drafted.document.model_copy(update={k: v for k, v in known.items() if v is not None})
    return drafted.model_copy(update={"document": Document.model_validate(document.model_dump())})


def extract_claims(
    source: str | Path | Article,
    *,
    document_id: str | None = None,
    title: str | None = None,
    language: str | None = None,
) -> ClaimsFile:
    """The claims an article states, as a draft claims file.

    ``source`` is the article's text (a ``str``), a path to it (a
    :class:`~pathlib.Path`, read by the reader its suffix names), or an
    :class:`~factcheck.readers.Article` already read. Offsets in the mentions
    count code points of the text read: for HTML, PDF and Word, the text the
    reader extracted. ``language`` is as for :func:`claims_of`. Raises
    :class:`~factcheck.InputError` for an unreadable file and
    :class:`~factcheck.UsageError` for an unknown format.
    """
    if isinstance(source, Path):
        return claims_of(read_file(source), document_id=document_id or document_id_for(source.name),
                         title=title, language=language, where=str(source))
    if isinstance(source, Article):
        name = source.url or "article"
        return claims_of(source, document_id=document_id or document_id_for(name), title=title,
                         language=language, where=name)
    _refuse_long_numbers(source, "<text>")
    _refuse_many_figures(source, "<text>")
    if len(source) < _SHORT_TEXT:
        return assemble(source, document_id=document_id or "article", title=title, language=language)
    with collections_deferred():
        return assemble(source, document_id=document_id or "article", title=title, language=language)


#: Characters of a text too short for a collection to start while its figures are read: a sentence or
#: two allocates fewer objects than the collector's threshold, so deferring it would only cost time.
_SHORT_TEXT: Final = 400


def _refuse_long_numbers(text: str, where: str) -> None:
    problems = long_numbers(text, where)
    if problems:
        raise InputError(problems)


def figures_to_read(text: str) -> int:
    """How many figures the scan of ``text`` would read at most: one regular-expression pass.

    Every number in digits and every number word is a candidate the scan reads
    (a few turn out not to be figures), so this is what extraction's work grows with.
    """
    return len(candidates(text))


def _refuse_many_figures(text: str, where: str) -> None:
    """Refuse an article with more figures than :func:`~factcheck._limits.max_figures`, before reading any."""
    limit = max_figures()
    if len(text) <= limit:  # a figure takes at least one character (and a separator)
        return
    found = figures_to_read(text)
    if found > limit:
        raise InputError([Problem(where, 1, 1, f"the article has {found:,} figures; the limit is "
                                  f"{limit:,} figures per document (raise it with --max-figures or "
                                  f"{ENV_MAX_FIGURES})")])


def article_document(article: Article, path: Path, *, document_id: str | None = None,
                     text_path: Path | None = None, language: str | None = None) -> LoadedClaims:
    """An article read, as :func:`factcheck.load_documents` returns claims files.

    ``path`` names the source in reports (a file, ``<stdin>``, a URL's host and
    path); the text kept is the one the offsets count in, so reports quote and
    mark the figures where they stand.
    """
    name = article.url or path.name
    claims_file = claims_of(article, document_id=document_id or document_id_for(name), language=language,
                            where=article.url or str(path))
    return LoadedClaims(claims_file, path, article.text, text_path)


def load_article(
    path: Path | str, *, format: str | None = None, language: str | None = None
) -> LoadedClaims:
    """An article file read and its claims extracted (see :func:`article_document`)."""
    path = Path(path)
    return article_document(read_file(path, format=format), path, text_path=path.resolve(),
                            language=language)


def render_claims(
    claims_file: ClaimsFile, fmt: str = "yaml", *, article: Path | None = None, output: Path | None = None
) -> str:
    """The claims file as YAML or JSON; both are complete claims files ``factcheck verify`` reads.

    With both ``article`` (a local file) and ``output``, the document names the
    article relative to the output file, so ``factcheck verify`` reads it again
    (through the same reader) and checks every quote.
    """
    if article is not None and output is not None:
        rel = os.path.relpath(article.resolve(), output.resolve().parent)
        claims_file = claims_file.model_copy(
            update={"document": claims_file.document.model_copy(update={"text": Path(rel).as_posix()})}
        )
    data = claims_file.to_data()
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    extracted = article is not None and article.suffix.lower() not in (".txt", ".text", ".md", ".markdown")
    header = (
        "# Drafted by `factcheck extract`: review every claim before relying on it.\n"
        "# Offsets count Unicode code points of the article text"
        + (" (the text its reader extracts).\n" if extracted or claims_file.document.url else ".\n")
    )
    return header + yaml.dump(data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)


class _Dumper(yaml.SafeDumper):
    """PyYAML's safe dumper, remembering how each text must be written within one draft.

    A draft repeats its keys, kinds and units thousands of times, and the
    pure-Python emitter reads every scalar character by character to choose
    its style (a third of writing a dense draft); the choice depends only on
    the text, so the same output, sooner.
    """

    def analyze_scalar(self, scalar: str) -> ScalarAnalysis:
        known: dict[str, ScalarAnalysis] = self.__dict__.setdefault("_analysed", {})
        found = known.get(scalar)
        if found is None:
            found = known[scalar] = super().analyze_scalar(scalar)
        return found
