"""The Starlette app: a form, a check per post, and the finished reports kept in memory."""

from __future__ import annotations

import asyncio
import base64
import functools
import hashlib
import inspect
import secrets
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import jinja2
from markupsafe import Markup

from factcheck._errors import InputError, UsageError
from factcheck.readers import article_suffixes, readers, require
from factcheck.serve._check import Checked, Source, check_source

__all__ = ["Checked", "Settings", "check", "create_app", "run"]

_LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1", "[::1]")
#: Room for the form's other fields and multipart headers around the largest file allowed.
_FORM_OVERHEAD = 64 * 1024


@dataclass(frozen=True, slots=True)
class Settings:
    """How the server listens and what it allows a request."""

    host: str = "127.0.0.1"
    port: int = 8000
    #: The largest article accepted: pasted text, uploaded file or fetched page (bytes).
    max_bytes: int = 10_000_000
    #: Seconds a check may take, a URL's fetch included.
    timeout: float = 30.0
    #: Fetch URLs that resolve to this machine or a private network (off: a shared server must not).
    allow_private_urls: bool = False
    #: How many finished reports are kept for their download links.
    keep: int = 50
    #: Checks running at once; more wait their turn (within ``timeout``).
    workers: int = 2
    #: Host names the app answers to (a guard against DNS rebinding); ``host`` is always one.
    allowed_hosts: tuple[str, ...] = field(default=_LOOPBACK_NAMES)


def check(source: Source, settings: Settings) -> Checked:
    """Check one article as the server does, within the settings' limits on size and time."""
    return check_source(source, allow_private=settings.allow_private_urls, max_bytes=settings.max_bytes,
                        timeout=settings.timeout)


@functools.cache
def _templates() -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.PackageLoader("factcheck.serve", "templates"), autoescape=True,
                              undefined=jinja2.StrictUndefined)


def _asset(name: str) -> tuple[str, str]:
    loader = _templates().loader
    assert loader is not None
    text, _, _ = loader.get_source(_templates(), name)
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return text, f"'sha256-{digest}'"


@dataclass(frozen=True, slots=True)
class _Error:
    title: str
    lines: list[str]


def _problem_lines(exc: InputError) -> list[str]:
    return [f"{p.file}: {p.message}" if (p.line, p.column) == (1, 1) else str(p) for p in exc.problems]


def _form_limits(request: Any, max_bytes: int) -> dict[str, int]:
    """One file, the form's few fields, and a pasted text as large as a file (newer Starlette
    releases cap a field at 1 MB unless told otherwise; older ones take no such limit)."""
    limits = {"max_files": 1, "max_fields": 4}
    if "max_part_size" in inspect.signature(request.form).parameters:
        limits["max_part_size"] = max_bytes + _FORM_OVERHEAD  # the text is measured after
    return limits


def create_app(settings: Settings | None = None) -> Any:
    """The ASGI app (needs the ``serve`` extra: Starlette and python-multipart)."""
    settings = settings or Settings()
    require("python_multipart", "serve")
    applications = require("starlette.applications", "serve")
    responses = require("starlette.responses", "serve")
    routing = require("starlette.routing", "serve")
    exceptions = require("starlette.exceptions", "serve")
    middleware = require("starlette.middleware", "serve")
    trusted = require("starlette.middleware.trustedhost", "serve")

    css, css_hash = _asset("page.css")
    js, js_hash = _asset("page.js")
    page_csp = (f"default-src 'none'; style-src {css_hash}; script-src {js_hash}; form-action 'self'; "
                "base-uri 'none'; frame-ancestors 'none'")
    guard = {"X-Content-Type-Options": "nosniff", "Referrer-Policy": "same-origin"}
    kept: OrderedDict[str, Checked] = OrderedDict()
    executor = ThreadPoolExecutor(max_workers=settings.workers, thread_name_prefix="factcheck-check")
    allowed = {settings.host, *settings.allowed_hosts}

    def page(status: int = 200, error: _Error | None = None, text: str = "", url: str = "") -> Any:
        names = readers()
        body = _templates().get_template("page.html.j2").render(
            css=Markup(css),
            js=Markup(js),
            error=error,
            text=text,
            url=url,
            accept=",".join(article_suffixes()),
            formats=", ".join(f"{r.name} ({', '.join(r.suffixes)})" for r in names.values()),
            max_mb=f"{settings.max_bytes / 1e6:g}",
            keep=settings.keep,
            timeout=f"{settings.timeout:g}",
        )
        return responses.HTMLResponse(body, status_code=status,
                                      headers={**guard, "Content-Security-Policy": page_csp})

    async def index(request: Any) -> Any:
        return page()

    def _same_origin(request: Any) -> bool:
        """A post from this server's own page, not from another site the browser has open."""
        site = request.headers.get("sec-fetch-site")
        if site is not None:
            return site in ("same-origin", "none")
        origin = request.headers.get("origin")
        return origin is None or urlsplit(origin).hostname in {h.strip("[]") for h in allowed}

    async def submit(request: Any) -> Any:
        if not _same_origin(request):
            return page(403, _Error("This form only accepts posts from its own page.", []))
        length = request.headers.get("content-length", "")
        if not length.isdigit():
            return page(411, _Error("The browser did not say how large the upload is.", []))
        if int(length) > settings.max_bytes + _FORM_OVERHEAD:
            return page(413, _Error("The upload is too large.", [
                f"It is {int(length) / 1e6:.1f} MB; the limit is {settings.max_bytes / 1e6:g} MB."]))
        try:
            async with request.form(**_form_limits(request, settings.max_bytes)) as form:
                text = str(form.get("text") or "")
                url = str(form.get("url") or "").strip()
                upload = form.get("file")
                filename = getattr(upload, "filename", None) or None
                data = await upload.read() if filename else None
                content_type = getattr(upload, "content_type", None) if filename else None
        except exceptions.HTTPException as exc:
            return page(400, _Error("The form could not be read.", [str(exc.detail)]))
        if len(text.encode("utf-8")) > settings.max_bytes:
            return page(413, _Error("The pasted text is too long.", [
                f"The limit is {settings.max_bytes / 1e6:g} MB."]))
        given = [bool(text.strip()), bool(url), filename is not None]
        if sum(given) == 0:
            return page(400, _Error("Nothing to check.", [
                "Paste the article's text, give its address, or choose a file."]))
        if sum(given) > 1:
            return page(400, _Error("Give one article at a time.", [
                "Paste a text, give an address or choose a file, but only one of them."]), text, url)
        if filename is not None and not data:
            return page(400, _Error("The file is empty.", [f"{filename} has no content."]))
        source = Source(text=text if given[0] else None, url=url or None, filename=filename,
                        content_type=content_type, data=data)
        loop = asyncio.get_running_loop()
        try:
            checked = await asyncio.wait_for(
                loop.run_in_executor(executor, check, source, settings), timeout=settings.timeout)
        except TimeoutError:
            return page(504, _Error("The check took too long.", [
                f"It was stopped after {settings.timeout:g} seconds; try a shorter article."]), text, url)
        except InputError as exc:
            return page(400, _Error("The article could not be read.", _problem_lines(exc)), text, url)
        except UsageError as exc:
            return page(400, _Error("The article could not be read.", [str(exc)]), text, url)
        token = secrets.token_urlsafe(16)
        kept[token] = checked
        while len(kept) > settings.keep:
            kept.popitem(last=False)
        return responses.RedirectResponse(f"/r/{token}", status_code=303)

    def _kept(request: Any) -> Checked:
        checked = kept.get(request.path_params["token"])
        if checked is None:
            raise exceptions.HTTPException(404, "This report is no longer kept: check the article again.")
        return checked

    async def report(request: Any) -> Any:
        checked = _kept(request)
        token = request.path_params["token"]
        bar = (f'<nav class="meta downloads" aria-label="Downloads">Download the <a id="download-json" '
               f'href="/r/{token}/report.json" download>JSON report</a> or the <a id="download-claims" '
               f'href="/r/{token}/draft.claims.yaml" download>draft claims file</a> · '
               '<a href="/">check another article</a></nav>\n')
        # inside the report's own header, which its style sheet already lays out
        html = checked.html.replace("<h1>factcheck report</h1>\n", "<h1>factcheck report</h1>\n" + bar, 1)
        return responses.HTMLResponse(html, headers={**guard,
                                                     "Content-Security-Policy": "frame-ancestors 'none'"})

    async def report_json(request: Any) -> Any:
        return responses.Response(_kept(request).json, media_type="application/json", headers={
            **guard, "Content-Disposition": 'attachment; filename="report.json"'})

    async def draft(request: Any) -> Any:
        return responses.Response(_kept(request).claims_yaml, media_type="application/yaml", headers={
            **guard, "Content-Disposition": 'attachment; filename="draft.claims.yaml"'})

    async def not_found(request: Any, exc: Any) -> Any:
        return page(exc.status_code, _Error(str(exc.detail), []))

    app = applications.Starlette(
        routes=[
            routing.Route("/", index),
            routing.Route("/check", submit, methods=["POST"]),
            routing.Route("/r/{token}", report),
            routing.Route("/r/{token}/report.json", report_json),
            routing.Route("/r/{token}/draft.claims.yaml", draft),
        ],
        middleware=[middleware.Middleware(trusted.TrustedHostMiddleware, allowed_hosts=sorted(allowed))],
        exception_handlers={exceptions.HTTPException: not_found},
    )
    app.state.executor = executor
    return app


def run(settings: Settings | None = None) -> None:
    """Serve on ``settings.host:settings.port`` until interrupted (needs the ``serve`` extra)."""
    settings = settings or Settings()
    uvicorn = require("uvicorn", "serve")
    uvicorn.run(create_app(settings), host=settings.host, port=settings.port, log_level="info",
                limit_concurrency=32, timeout_keep_alive=5)
