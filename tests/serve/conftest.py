"""The server under test: uvicorn in-process on a free port of 127.0.0.1, stopped after the test."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator

import pytest

from factcheck.serve import Settings, create_app
from tests.reports.conftest import artifacts, browser  # noqa: F401 - shared browser fixtures

uvicorn = pytest.importorskip("uvicorn")


def start(settings: Settings) -> Iterator[str]:
    """Serve ``create_app(settings)`` and yield its base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(settings), log_level="warning", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    """A server with small limits, so that the tests can cross them cheaply."""
    yield from start(Settings(max_bytes=200_000, timeout=20, keep=8))
