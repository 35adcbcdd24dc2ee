"""What `factcheck verify` and `extract` accept: claims files, articles, folders, URLs, standard input."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from factcheck import InputError, UsageError, load_claims, load_documents
from tests.conftest import run_cli
from tests.readers import conftest as web_server
from tests.readers.conftest import DATA, Routes
from tests.readers.makers import make_docx, make_pdf

web = web_server.web  # the local web server fixture
Web = tuple[str, Routes]

CORRECT = (
    "Flood relief reaches villages\n\n"
    "In 2024, volunteers delivered aid to 1,250 families, including 300 families in the hills.\n\n"
    "Officials said volunteers delivered aid to 1,250 families in 2024.\n"
)
PLANTED = CORRECT.replace("to 1,250 families in 2024", "to 1,520 families in 2024")


def subprocess_cli(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "120"}
    return subprocess.run([sys.executable, "-m", "factcheck", *args], cwd=cwd, env=env, input=stdin,
                          capture_output=True, timeout=120)


@dataclass
class Done:
    returncode: int
    stdout: str
    stderr: str


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Callable[..., Done]:
    """The console entry point in-process (a subprocess per call would cost seconds each)."""

    def run(*args: str, cwd: Path, stdin: bytes | None = None) -> Done:
        monkeypatch.chdir(cwd)
        monkeypatch.setenv("NO_COLOR", "1")
        if stdin is not None:
            monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        return Done(*run_cli(list(args), monkeypatch, capsys))

    return run


def _report(folder: Path) -> dict:
    return json.loads((folder / "report.json").read_text(encoding="utf-8"))


# --- claims files are never articles ---------------------------------------------------------------


@pytest.mark.parametrize("name", ["notes.yaml", "notes.yml", "data.json"])
def test_a_data_file_is_a_claims_file_or_a_clear_error(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_text('{"title": "not claims"}\n')
    with pytest.raises(InputError) as raised:
        load_documents([path])
    assert all(p.file == str(path) for p in raised.value.problems)
    assert "missing field 'document'" in str(raised.value)


def test_a_yaml_claims_file_without_the_claims_suffix_is_verified(tmp_path: Path) -> None:
    path = tmp_path / "draft.yaml"
    path.write_text("document: {id: d, title: T}\nclaims:\n- {id: a, kind: count, measures: x, value: '3'}\n")
    (loaded,) = load_documents([path])
    assert loaded.document_id == "d"


def test_an_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.rtf"
    path.write_text(CORRECT)
    with pytest.raises(UsageError, match=r"suffix '\.rtf'; supported formats: docx \(\.docx\)"):
        load_documents([path])
    (loaded,) = load_documents([path], input_format="text")
    assert loaded.text == CORRECT


def test_an_unknown_input_format_is_a_usage_error_at_once(tmp_path: Path) -> None:
    expected = r"unknown input format 'pfd' \(did you mean 'pdf'\?\); choose from docx, html, markdown"
    with pytest.raises(UsageError, match=expected):
        load_documents([tmp_path], input_format="pfd")


def test_exit_code_2_for_an_unknown_format(cli: Callable[..., Done], tmp_path: Path) -> None:
    (tmp_path / "notes.rtf").write_text(CORRECT)
    done = cli("verify", "notes.rtf", cwd=tmp_path)
    assert done.returncode == 2
    assert "supported formats" in done.stderr
    assert "Traceback" not in done.stderr


# --- standard input ------------------------------------------------------------------------------


def test_standard_input_is_read_as_text_and_checked(tmp_path: Path) -> None:
    done = subprocess_cli("verify", "-", "-f", "json", "-o", "r", cwd=tmp_path, stdin=PLANTED.encode())
    assert done.returncode == 1, done.stderr
    report = _report(tmp_path / "r")
    assert report["documents"][0]["source"] == "<stdin>"
    (failed,) = [r for r in report["results"] if r["status"] == "fail"]
    assert [s["quote"] for s in failed["spans"]] == ["1,250 families", "1,520 families"]


def test_standard_input_in_another_format(cli: Callable[..., Done], tmp_path: Path) -> None:
    page = (DATA / "riverton-buses.html").read_bytes()
    done = cli("extract", "-", "--input-format", "html", "--format", "json", cwd=tmp_path, stdin=page)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["document"]["publisher"] == "Riverton Daily"
    assert "$1" not in {m["quote"] for c in data["claims"] for m in c["mentions"]}


# --- folders -------------------------------------------------------------------------------------


def _folder(root: Path) -> Path:
    (root / "2024").mkdir(parents=True)
    (root / "2024" / "aid.txt").write_text(PLANTED)
    (root / "2024" / "buses.html").write_bytes((DATA / "riverton-buses.html").read_bytes())
    (root / "report.pdf").write_bytes(make_pdf([["Aid reached 1,250 families in 2024."]]))
    (root / "draft.docx").write_bytes(make_docx(["Aid reached 1,250 families in 2024."]))
    (root / "checked.txt").write_text(CORRECT)
    (root / "checked.claims.yaml").write_text(
        "document: {id: checked-by-hand, title: Aid, text: checked.txt}\n"
        "claims:\n- {id: families, kind: count, measures: families, value: '1,250', mentions: "
        "[{start: 68, end: 82, quote: '1,250 families'}]}\n")
    (root / "rules.yaml").write_text("not: claims\n")  # in a folder, only *.claims.* are claims files
    (root / "logo.png").write_bytes(b"\x89PNG")
    (root / ".hidden.txt").write_text("999 secrets")
    return root


def test_a_folder_mixes_claims_files_and_articles(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "in")
    ids = sorted(d.document_id for d in load_documents([folder]))
    # checked.txt is the text of checked.claims.yaml: read once, through the claims file
    assert ids == ["aid", "buses", "checked-by-hand", "draft", "report"]


def test_glob_narrows_a_folder(tmp_path: Path) -> None:
    folder = _folder(tmp_path / "in")
    assert [d.document_id for d in load_documents([folder], glob="2024/*")] == ["aid", "buses"]
    assert [d.document_id for d in load_documents([folder], glob="*.html")] == ["buses"]
    with pytest.raises(InputError, match=r"in:1:1: no claims files or articles matching '\*\.rtf'"):
        load_documents([folder], glob="*.rtf")


def test_a_folder_is_verified_from_the_command_line(cli: Callable[..., Done], tmp_path: Path) -> None:
    _folder(tmp_path / "in")
    done = cli("verify", "in", "--glob", "*.txt", "-f", "json", "-o", "r", cwd=tmp_path)
    assert done.returncode == 1, done.stderr  # the planted 1,520 in 2024/aid.txt
    report = _report(tmp_path / "r")
    assert sorted(d["source"] for d in report["documents"]) == ["in/2024/aid.txt", "in/checked.txt"]


def test_articles_named_alike_in_two_folders_get_distinct_ids(tmp_path: Path) -> None:
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "story.txt").write_text(CORRECT)
    ids = [d.document_id for d in load_documents([tmp_path / "a", tmp_path / "b"])]
    assert ids == ["story", "story-2"]


# --- URLs ----------------------------------------------------------------------------------------


def test_a_url_is_verified_and_the_report_keeps_it(
    cli: Callable[..., Done], tmp_path: Path, web: Web
) -> None:
    base, routes = web
    routes["/news/aid"] = (200, {"Content-Type": "text/plain; charset=utf-8"}, PLANTED.encode())
    done = cli("verify", f"{base}/news/aid", "-f", "json", "-o", "r", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    (document,) = _report(tmp_path / "r")["documents"]
    assert document["url"] == f"{base}/news/aid"
    assert document["id"] == "aid"


def test_a_missing_page_is_exit_2(cli: Callable[..., Done], tmp_path: Path, web: Web) -> None:
    base, _ = web
    done = cli("verify", f"{base}/nowhere", cwd=tmp_path)
    assert done.returncode == 2
    assert f"{base}/nowhere:1:1: HTTP 404 Not Found" in done.stderr


# --- extract, then verify the draft unchanged ------------------------------------------------------


@pytest.mark.parametrize(("name", "fmt"), [("aid.txt", "yaml"), ("buses.html", "yaml"),
                                           ("buses.html", "json"), ("report.pdf", "json"),
                                           ("draft.docx", "yaml")])
def test_extract_then_verify_round_trips(
    cli: Callable[..., Done], tmp_path: Path, name: str, fmt: str
) -> None:
    folder = _folder(tmp_path / "in")
    article = next(folder.rglob(name))
    out = article.parent / f"{article.stem}.claims.{fmt}"  # beside it: a claims file reads only its folder
    done = cli("extract", str(article), "-o", str(out), "--format", fmt, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    loaded = load_claims(out)  # re-reads the article through its reader and checks every quote
    assert loaded.text is not None
    assert loaded.claims_file.claims
    for claim in loaded.claims_file.claims:
        for m in claim.mentions:
            assert loaded.text[m.start : m.end] == m.quote
    verified = cli("verify", str(out), "-f", "json", "-o", "r", cwd=tmp_path)
    assert verified.returncode in (0, 1), verified.stderr
    assert _report(tmp_path / "r")["documents"][0]["text_available"] is True


def test_printed_json_is_a_claims_file_too(cli: Callable[..., Done], tmp_path: Path) -> None:
    article = tmp_path / "aid.txt"
    article.write_text(PLANTED)
    done = cli("extract", "aid.txt", "--format", "json", cwd=tmp_path)
    (tmp_path / "aid.claims.json").write_text(done.stdout)
    verified = cli("verify", "aid.claims.json", "-f", "json", "-o", "r", cwd=tmp_path)
    assert verified.returncode == 1, verified.stderr  # the planted error, found from the draft alone


@pytest.mark.parametrize("given", ["in", "in/checked.claims.yaml"])
def test_extract_reads_one_article_only(cli: Callable[..., Done], tmp_path: Path, given: str) -> None:
    _folder(tmp_path / "in")
    done = cli("extract", given, cwd=tmp_path)
    assert done.returncode == 2
    assert "extract reads one article" in done.stderr
