"""Fetching an article by URL with httpx: bounded in time and size, redirects checked hop by hop.

The response's content type (or, when it says nothing useful, the URL's
suffix) chooses the reader. A server may refuse addresses on this machine or
its private network (``allow_private=False``): every redirect is resolved
and checked before it is followed, so a public page cannot bounce the fetch
to ``127.0.0.1``.
"""

from __future__ import annotations

import ipaddress
import socket
import time
from dataclasses import dataclass, replace
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urljoin, urlsplit

from factcheck._errors import InputError, Problem
from factcheck._version import VERSION
from factcheck.readers import Article, read_bytes, reader_for, require

__all__ = ["MAX_BYTES", "TIMEOUT", "Fetched", "fetch", "is_url", "read_url"]

#: The largest response read (bytes); a news page is rarely over 2 MB, a report PDF over 20.
MAX_BYTES = 25_000_000
#: Seconds for the whole fetch, redirects included.
TIMEOUT = 20.0
MAX_REDIRECTS = 5
_GENERIC_TYPES = frozenset({"", "application/octet-stream", "binary/octet-stream"})


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str
    content: bytes
    content_type: str


def is_url(text: str) -> bool:
    return urlsplit(text).scheme.lower() in ("http", "https")


def _problem(url: str, message: str) -> InputError:
    return InputError([Problem(url, 1, 1, message)])


def _is_private(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%")[0])
    return not ip.is_global or ip.is_multicast


def _refused(url: str, host: str, address: str) -> InputError:
    return _problem(url, f"{host} resolves to {address}, a local or private address, "
                    "which this server does not fetch")


def _check_address(url: str, allow_private: bool) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        raise _problem(url, "only http:// and https:// URLs can be fetched")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or None, proto=socket.IPPROTO_TCP)
    except (socket.gaierror, UnicodeError) as exc:
        raise _problem(url, f"cannot resolve {parts.hostname}: {exc}") from None
    for info in infos:
        if _is_private(str(info[4][0])):
            raise _refused(url, parts.hostname, str(info[4][0]))


def _check_peer(url: str, response: Any, allow_private: bool) -> None:
    """The address actually connected to, checked again: a name may resolve anew (DNS rebinding)."""
    if allow_private:
        return
    stream = response.extensions.get("network_stream")
    peer = stream.get_extra_info("server_addr") if stream is not None else None
    if peer is None:
        raise _problem(url, "cannot tell which address the page came from")
    if _is_private(str(peer[0])):
        raise _refused(url, urlsplit(url).hostname or "", str(peer[0]))


def fetch(
    url: str, *, allow_private: bool = True, max_bytes: int = MAX_BYTES, timeout: float = TIMEOUT
) -> Fetched:
    """GET ``url``, following redirects, within ``timeout`` seconds and ``max_bytes``."""
    httpx = require("httpx", None)
    deadline = time.monotonic() + timeout
    headers = {"User-Agent": f"factcheck/{VERSION}",
               "Accept": "text/html,application/pdf,text/*;q=0.8,*/*;q=0.5"}
    with httpx.Client(timeout=httpx.Timeout(min(timeout, 10.0)), follow_redirects=False, headers=headers,
                      trust_env=False) as client:
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            _check_address(current, allow_private)
            try:
                with client.stream("GET", current) as response:
                    _check_peer(current, response, allow_private)
                    if response.is_redirect:
                        location = response.headers.get("location", "")
                        current = urljoin(current, location)
                        continue
                    if response.status_code >= 400:
                        raise _problem(url, f"HTTP {response.status_code} {response.reason_phrase} "
                                       f"from {current}")
                    declared = response.headers.get("content-length")
                    if declared and declared.isdigit() and int(declared) > max_bytes:
                        raise _problem(url, f"the page is {int(declared):,} bytes; "
                                       f"the limit is {max_bytes:,}")
                    chunks, size = [], 0
                    for chunk in response.iter_bytes():
                        size += len(chunk)
                        if size > max_bytes:
                            raise _problem(url, f"the page is over the limit of {max_bytes:,} bytes")
                        if time.monotonic() > deadline:
                            raise _problem(url, f"fetching took over {timeout:g} seconds")
                        chunks.append(chunk)
                    content_type = response.headers.get("content-type", "")
                    return Fetched(str(response.url), b"".join(chunks), content_type)
            except httpx.TimeoutException:
                raise _problem(url, f"no answer from {urlsplit(current).hostname} in time") from None
            except httpx.HTTPError as exc:
                raise _problem(url, f"could not fetch {current}: {exc}") from None
        raise _problem(url, f"more than {MAX_REDIRECTS} redirects")


def read_url(url: str, *, allow_private: bool = True, max_bytes: int = MAX_BYTES,
             timeout: float = TIMEOUT) -> Article:
    """Fetch ``url`` and read it with the reader its content type (or suffix) names."""
    fetched = fetch(url, allow_private=allow_private, max_bytes=max_bytes, timeout=timeout)
    mime = fetched.content_type.split(";")[0].strip().lower()
    suffix = PurePosixPath(urlsplit(fetched.url).path).suffix or None
    reader = reader_for(content_type=None if mime in _GENERIC_TYPES else mime, suffix=suffix)
    article = read_bytes(fetched.content, reader, source=url)
    return replace(article, url=url)
