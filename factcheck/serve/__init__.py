"""``factcheck serve``: a local web page where an editor pastes, links or drops an article.

A small Starlette app (the ``serve`` extra) on uvicorn, bound to 127.0.0.1 by
default. The editor gets the same annotated HTML report as ``factcheck verify
--format html``, with links to the JSON report and the draft claims file.
Every request is bounded: its size (:attr:`Settings.max_bytes`), the time a
check may take (:attr:`Settings.timeout`), the number of checks running at
once. The server reads no file of its own machine on a request's behalf: a
check reads only the text posted, the file uploaded (in memory) or the page
fetched, and URLs that resolve to this machine or a private network are
refused unless it was started with ``allow_private_urls``.
"""

from __future__ import annotations

from factcheck.serve._app import Checked, Settings, check, create_app, run

__all__ = ["Checked", "Settings", "check", "create_app", "run"]
