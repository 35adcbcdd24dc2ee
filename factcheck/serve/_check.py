"""One check of one article, as the server runs it: read, extract, verify, render."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from factcheck import reports
from factcheck._bundled import bundled_rules
from factcheck._engine import evaluate
from factcheck._errors import UsageError
from factcheck._loading import load_rules
from factcheck.extract import article_document, render_claims
from factcheck.readers import Article, article_suffixes, read_bytes, reader_for
from factcheck.readers._fetch import read_url

__all__ = ["Checked", "Source", "check_source"]

#: Content types that say nothing of the format: the file's suffix decides.
_GENERIC = frozenset({"", "application/octet-stream", "binary/octet-stream"})


@dataclass(frozen=True, slots=True)
class Source:
    """What the editor gave: pasted text, a URL, or an uploaded file's name, type and bytes."""

    text: str | None = None
    url: str | None = None
    filename: str | None = None
    content_type: str | None = None
    data: bytes | None = None


@dataclass(frozen=True, slots=True)
class Checked:
    """A finished check: the report as HTML and JSON, and the draft claims file."""

    html: str
    json: str
    claims_yaml: str
    failed: bool
    title: str


def _read(source: Source, *, allow_private: bool, max_bytes: int, timeout: float) -> tuple[Article, Path]:
    if source.url is not None:
        parts = urlsplit(source.url)
        shown = Path(f"{parts.netloc}{parts.path}".rstrip("/") or parts.netloc or "page")
        return read_url(source.url, allow_private=allow_private, max_bytes=max_bytes, timeout=timeout), shown
    if source.data is not None:
        name = PurePosixPath((source.filename or "upload").replace("\\", "/")).name or "upload"
        suffix = PurePosixPath(name).suffix.lower()
        declared = (source.content_type or "").split(";")[0].strip().lower()
        try:
            reader = (reader_for(suffix=suffix) if suffix in article_suffixes() or declared in _GENERIC
                      else reader_for(content_type=declared, suffix=suffix or None))
        except UsageError as exc:
            raise UsageError(f"{name}: {exc}") from None
        return read_bytes(source.data, reader, source=name), Path(name)
    text = (source.text or "").encode("utf-8")
    return read_bytes(text, reader_for(name="text"), source="pasted text"), Path("pasted-text")


def check_source(source: Source, *, allow_private: bool, max_bytes: int, timeout: float) -> Checked:
    """Read the source, draft its claims and check them with the generic rules, in memory."""
    article, shown = _read(source, allow_private=allow_private, max_bytes=max_bytes, timeout=timeout)
    document = article_document(article, shown)
    report = evaluate([document], load_rules([bundled_rules() / "generic"]))
    rendered = reports.render(reports.Run(report=report, documents=[document]), ["html", "json"])
    return Checked(
        html=rendered["html"],
        json=rendered["json"],
        claims_yaml=render_claims(document.claims_file, "yaml"),
        failed=report.failed,
        title=document.claims_file.document.title,
    )
