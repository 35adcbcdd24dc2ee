"""URLs: fetched with httpx from a server on 127.0.0.1, bounded, and read by their content type."""

from __future__ import annotations

import socket

import pytest

from factcheck import InputError, UsageError
from factcheck.readers._fetch import read_url
from tests.readers.conftest import DATA, Routes
from tests.readers.makers import make_pdf

PAGE = (DATA / "riverton-buses.html").read_bytes()
Web = tuple[str, Routes]


def test_a_page_is_read_by_its_content_type_and_keeps_its_url(web: Web) -> None:
    base, routes = web
    routes["/news/night-buses"] = (200, {"Content-Type": "text/html; charset=utf-8"}, PAGE)
    article = read_url(f"{base}/news/night-buses")
    assert article.format == "html"
    assert article.url == f"{base}/news/night-buses"
    assert "420,000 travelled" in article.text
    assert "$1 a week" not in article.text


def test_redirects_are_followed_and_a_pdf_without_type_is_read_by_suffix(web: Web) -> None:
    base, routes = web
    routes["/latest"] = (302, {"Location": "/files/report.pdf"}, b"")
    routes["/files/report.pdf"] = (200, {"Content-Type": "application/octet-stream"},
                                   make_pdf([["1.2 million passengers in 2024"]]))
    article = read_url(f"{base}/latest")
    assert (article.format, article.url) == ("pdf", f"{base}/latest")


def test_an_http_error_is_bad_input_naming_the_status(web: Web) -> None:
    base, _ = web
    with pytest.raises(InputError, match=r"/gone:1:1: HTTP 404 Not Found"):
        read_url(f"{base}/gone")


def test_a_page_over_the_size_limit_is_refused(web: Web) -> None:
    base, routes = web
    routes["/big.html"] = (200, {"Content-Type": "text/html"}, b"<p>" + b"x" * 5000 + b"</p>")
    with pytest.raises(InputError, match=r"limit of 1,000 bytes|the limit is 1,000"):
        read_url(f"{base}/big.html", max_bytes=1000)


def test_an_unknown_content_type_is_a_usage_error(web: Web) -> None:
    base, routes = web
    routes["/logo"] = (200, {"Content-Type": "image/png"}, b"\x89PNG")
    with pytest.raises(UsageError, match="content type 'image/png'"):
        read_url(f"{base}/logo")


def test_local_addresses_are_refused_when_asked(web: Web) -> None:
    base, routes = web
    routes["/a.html"] = (200, {"Content-Type": "text/html"}, PAGE)
    with pytest.raises(InputError, match=r"127\.0\.0\.1, a local or private address"):
        read_url(f"{base}/a.html", allow_private=False)


def test_the_address_connected_to_is_checked_again(web: Web, monkeypatch: pytest.MonkeyPatch) -> None:
    """As if the name had resolved to a public address first and to this machine on connecting."""
    from factcheck.readers import _fetch

    base, routes = web
    routes["/a.html"] = (200, {"Content-Type": "text/html"}, PAGE)
    monkeypatch.setattr(_fetch, "_check_address", lambda url, allow_private: None)
    with pytest.raises(InputError, match=r"resolves to 127\.0\.0\.1, a local or private address"):
        read_url(f"{base}/a.html", allow_private=False)


def test_a_server_that_never_answers_times_out() -> None:
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        port = silent.getsockname()[1]
        with pytest.raises(InputError, match=r"no answer from 127\.0\.0\.1 in time"):
            read_url(f"http://127.0.0.1:{port}/", timeout=0.5)


def test_only_http_urls_are_fetched() -> None:
    with pytest.raises(InputError, match="only http:// and https://"):
        read_url("file:///etc/passwd")
