"""Word documents: paragraphs and tables in order, title and author from the document."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import InputError, extract_claims
from factcheck.readers import read_file
from tests.readers.makers import make_docx


def test_paragraphs_and_tables_in_order(tmp_path: Path) -> None:
    path = tmp_path / "draft.docx"
    path.write_bytes(make_docx(
        ["The network carried 1.2 million passengers in 2024.", "Of those, 420,000 travelled at night."],
        title="Night buses", table=[["Route", "Riders"], ["N1", "20,000"]],
    ))
    article = read_file(path)
    assert article.text.split("\n\n") == [
        "Night buses",
        "The network carried 1.2 million passengers in 2024.",
        "Of those, 420,000 travelled at night.",
        "Route | Riders",
        "N1 | 20,000",
    ]
    assert (article.title, article.author, article.date) == ("Night buses", "Test Desk", None)
    quotes = {m.quote for c in extract_claims(path).claims for m in c.mentions}
    assert {"1.2 million passengers", "420,000"} <= quotes


def test_a_file_that_is_not_a_word_document_is_bad_input(tmp_path: Path) -> None:
    path = tmp_path / "fake.docx"
    path.write_text("just text")
    with pytest.raises(InputError, match=r"fake\.docx:1:1: not a readable Word"):
        read_file(path)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import zipfile

    from factcheck.readers import docx

    monkeypatch.setattr(docx, "MAX_UNPACKED_BYTES", 1_000_000)  # the real limit is 200 MB
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"0" * 2_000_000)
    with pytest.raises(InputError, match="unpacks to 2,000,000 bytes; the limit is 1,000,000"):
        read_file(path)
