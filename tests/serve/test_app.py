"""`factcheck serve` over HTTP: a check per post, its reports kept, every limit held."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
import yaml

from factcheck.serve import Settings
from tests.readers import conftest as web_server
from tests.readers.conftest import DATA, Routes
from tests.readers.makers import make_docx, make_pdf
from tests.serve.conftest import start

web = web_server.web  # the local web server fixture

PLANTED = (
    "Flood relief reaches villages\n\n"
    "In 2024, volunteers delivered aid to 1,250 families, including 300 families in the hills.\n\n"
    "Officials said volunteers delivered aid to 1,520 families in 2024.\n"
)


@pytest.fixture
def client(server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=server, timeout=30) as c:
        yield c


def test_the_form_is_served_with_a_strict_policy(client: httpx.Client) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert 'name="text"' in page.text
    assert 'name="url"' in page.text
    assert 'name="file"' in page.text
    policy = page.headers["content-security-policy"]
    assert "default-src 'none'" in policy
    assert "form-action 'self'" in policy


def test_pasted_text_gives_the_annotated_report_and_its_downloads(client: httpx.Client) -> None:
    done = client.post("/check", data={"text": PLANTED})
    assert done.status_code == 303
    report = client.get(done.headers["location"])
    assert report.status_code == 200
    assert 'class="fig v-fail"' in report.text
    assert 'id="download-json"' in report.text
    data = client.get(done.headers["location"] + "/report.json").json()
    assert data["summary"]["failed"] >= 1
    draft = client.get(done.headers["location"] + "/draft.claims.yaml")
    assert draft.headers["content-disposition"] == 'attachment; filename="draft.claims.yaml"'
    assert yaml.safe_load(draft.text)["document"]["id"] == "pasted-text"


@pytest.mark.parametrize(
    ("name", "content"),
    [("report.pdf", make_pdf([["In 2024, volunteers delivered aid to 1,250 families."]])),
     ("draft.docx", make_docx(["In 2024, volunteers delivered aid to 1,250 families."])),
     ("page.html", (DATA / "riverton-buses.html").read_bytes()),
     ("notes.md", b"# Aid\n\nIn 2024, volunteers delivered aid to 1,250 families.\n")],
)
def test_each_kind_of_file_is_read(client: httpx.Client, name: str, content: bytes) -> None:
    done = client.post("/check", files={"file": (name, content, "application/octet-stream")})
    assert done.status_code == 303, done.text
    data = client.get(done.headers["location"] + "/report.json").json()
    assert data["documents"][0]["claims"] >= 1


@pytest.mark.parametrize(
    ("form", "files", "status", "message"),
    [({}, None, 400, "Nothing to check"),
     ({"text": "1,250 families", "url": "https://example.org/a"}, None, 400, "one article at a time"),
     ({}, {"file": ("scan.pdf", b"%PDF-1.4 not really", "application/pdf")}, 400, "not a readable PDF"),
     ({}, {"file": ("data.xlsx", b"PK\x03\x04", "application/vnd.ms-excel")}, 400, "supported formats"),
     ({}, {"file": ("empty.txt", b"", "text/plain")}, 400, "The file is empty"),
     ({}, {"file": ("big.txt", b"9 " * 150_000, "text/plain")}, 413, "the limit is 0.2 MB"),
     ({"text": "9 " * 110_000}, None, 413, "The limit is 0.2 MB")],
)
def test_a_bad_request_gets_the_form_back_with_a_clear_message(
    client: httpx.Client, form: dict[str, str], files: dict | None, status: int, message: str
) -> None:
    done = client.post("/check", data=form, files=files)
    assert done.status_code == status
    assert 'role="alert"' in done.text
    assert message in done.text


def test_local_urls_are_refused_unless_allowed(client: httpx.Client, web: tuple[str, Routes]) -> None:
    base, routes = web
    routes["/story"] = (200, {"Content-Type": "text/plain"}, PLANTED.encode())
    refused = client.post("/check", data={"url": f"{base}/story"})
    assert refused.status_code == 400
    assert "a local or private address, which this server does not fetch" in refused.text
    for url in start(Settings(allow_private_urls=True)):
        with httpx.Client(base_url=url, timeout=30) as other:
            done = other.post("/check", data={"url": f"{base}/story"})
            assert done.status_code == 303
            data = other.get(done.headers["location"] + "/report.json").json()
            assert data["documents"][0]["url"] == f"{base}/story"


def test_no_server_file_can_be_named(client: httpx.Client) -> None:
    refused = client.post("/check", data={"url": "file:///etc/passwd"})
    assert refused.status_code == 400
    assert "only http:// and https://" in refused.text
    assert client.get("/r/../../etc/passwd").status_code == 404


def test_other_sites_and_host_names_are_turned_away(client: httpx.Client) -> None:
    assert client.get("/", headers={"Host": "attacker.example"}).status_code == 400
    cross = client.post("/check", data={"text": PLANTED}, headers={"Origin": "https://attacker.example"})
    assert cross.status_code == 403
    cross = client.post("/check", data={"text": PLANTED}, headers={"Sec-Fetch-Site": "cross-site"})
    assert cross.status_code == 403


def test_reports_expire_after_the_last_kept(client: httpx.Client) -> None:
    first = client.post("/check", data={"text": "In 2024, 12 boats sailed."}).headers["location"]
    for n in range(8):
        client.post("/check", data={"text": f"In 2024, {n + 20} boats sailed."})
    gone = client.get(first)
    assert gone.status_code == 404
    assert "no longer kept" in gone.text


def test_without_the_extra_the_command_names_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import sys

    from tests.conftest import run_cli

    monkeypatch.setitem(sys.modules, "uvicorn", None)  # as if not installed
    code, _, err = run_cli(["serve"], monkeypatch, capsys)
    assert code == 2
    assert "pip install 'factcheck-numbers[serve]'" in err


def test_an_upload_is_named_by_its_base_name_only(client: httpx.Client) -> None:
    done = client.post("/check", files={"file": ("../../etc/hosts.txt", PLANTED.encode(), "text/plain")})
    assert done.status_code == 303
    data = client.get(done.headers["location"] + "/report.json").json()
    assert data["documents"][0]["source"] == "hosts.txt"
    assert data["summary"]["failed"] == 1  # the uploaded words were checked, not the server's file


def test_a_url_that_does_not_answer_in_time_is_stopped() -> None:
    import socket

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        for url in start(Settings(timeout=1, allow_private_urls=True)):
            with httpx.Client(base_url=url, timeout=30) as other:
                done = other.post("/check", data={"url": f"http://127.0.0.1:{silent.getsockname()[1]}/"})
            assert done.status_code in (400, 504)
            assert "in time" in done.text or "took too long" in done.text
