"""Reading an article's figures without a model: ``factcheck extract``.

:func:`extract_claims` turns an article (plain text, Markdown or HTML) into a
:class:`~factcheck.ClaimsFile` draft: every figure with its kind, hedge,
unit, period and what it measures, repeated mentions grouped into one claim,
and the relations the wording states (parts, changes, shares). It is a
regex scan plus a small grammar over the words around each number (see
:mod:`factcheck.extract._figures`), fast enough to screen a day's news on
one core, and a draft for a person to review, not a verdict.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from typing import Any

import yaml

from factcheck._documents import LoadedClaims
from factcheck._errors import InputError, reading
from factcheck._inputs import long_numbers
from factcheck._models import ClaimsFile
from factcheck._stated import parse_number
from factcheck.extract._claims import assemble
from factcheck.extract._figures import Figure, scan
from factcheck.extract._source import Article, html_to_text, read_article

__all__ = [
    "Article",
    "Figure",
    "claims_data",
    "extract_claims",
    "html_to_text",
    "load_article",
    "read_article",
    "render_claims",
    "scan",
]


def _document_id(name: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", name).strip("-.") or "article"
    return slug if slug[0].isalnum() else f"a{slug}"


def extract_claims(
    source: str | Path,
    *,
    document_id: str | None = None,
    title: str | None = None,
    language: str | None = None,
) -> ClaimsFile:
    """The claims an article states, as a draft claims file.

    ``source`` is the article's text (a ``str``) or a path to it (a
    :class:`~pathlib.Path`): plain text, Markdown or HTML. Offsets in the
    mentions count code points of the text read, which for HTML is the text
    :func:`html_to_text` extracts. Raises :class:`~factcheck.InputError` for
    an unreadable file.

    ``language`` (``en``, ``fr``, ``es``, ``de``, or a regional code such as
    ``de-CH``) decides the decimal and grouping marks and the number words;
    without it, an HTML page's ``lang`` decides, and otherwise the marks are
    inferred from the text, with a note on any figure that could be read
    either way ("1,234" or "1,5" when nothing else tells).
    """
    if isinstance(source, Path):
        with reading(source):
            article = read_article(source)
        _refuse_long_numbers(article.text, str(source))
        name = source.name.split(".")[0]
        return assemble(
            article.text,
            document_id=document_id or _document_id(name),
            title=title or article.title,
            language=language or article.language,
        )
    _refuse_long_numbers(source, "<text>")
    return assemble(source, document_id=document_id or "article", title=title, language=language)


def _refuse_long_numbers(text: str, where: str) -> None:
    problems = long_numbers(text, where)
    if problems:
        raise InputError(problems)


def load_article(path: Path | str, *, language: str | None = None) -> LoadedClaims:
    """An article as :func:`factcheck.load_documents` returns claims files: extracted claims and text.

    The text is the one the offsets count in (for HTML, the extracted text), so
    reports quote and mark the figures where they stand.
    """
    path = Path(path)
    claims_file = extract_claims(path, language=language)  # reports any unreadable file as bad input
    article = read_article(path)
    text_path = None if article.format == "html" else path.resolve()
    return LoadedClaims(claims_file, path, article.text, text_path)


def _number(value: str, kind: str) -> int | float | str:
    if kind == "date":
        return value
    stated = parse_number(value)
    v = stated.value
    return int(v) if v.denominator == 1 else float(v)


def claims_data(claims_file: ClaimsFile) -> dict[str, Any]:
    """``{"claims": [...]}`` for ``--format json``: values as numbers, every hedge spelled out.

    ``value`` is the figure as a number (a date stays an ISO string), ``stated``
    the figure as written; mentions keep their ``start``/``end`` offsets.
    """
    out = []
    for claim in claims_file.claims:
        data = claim.model_dump(mode="json", exclude_none=True)
        data["stated"] = claim.value
        data["value"] = _number(claim.value, claim.kind.value)
        data["qualifier"] = claim.qualifier.value
        out.append(data)
    return {"claims": out}


def render_claims(
    claims_file: ClaimsFile, fmt: str = "yaml", *, article: Path | None = None, output: Path | None = None
) -> str:
    """The claims file as YAML (the claims-file schema) or as JSON (:func:`claims_data`).

    With both ``article`` and ``output``, the YAML names the article's text
    relative to the output file, so ``factcheck verify`` can check every quote.
    """
    if fmt == "json":
        return json.dumps(claims_data(claims_file), ensure_ascii=False, indent=2) + "\n"
    if article is not None and output is not None and read_article(article).format != "html":
        rel = os.path.relpath(article.resolve(), output.resolve().parent)
        claims_file = claims_file.model_copy(
            update={"document": claims_file.document.model_copy(update={"text": Path(rel).as_posix()})}
        )
    header = (
        "# Drafted by `factcheck extract`: review every claim before relying on it.\n"
        "# Offsets count Unicode code points of the article text"
        + (
            " (the text extracted from its HTML).\n"
            if article and read_article(article).format == "html"
            else ".\n"
        )
    )
    return header + yaml.safe_dump(claims_file.to_data(), sort_keys=False, allow_unicode=True, width=100)
