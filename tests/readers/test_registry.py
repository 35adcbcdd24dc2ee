"""The registry: formats chosen by suffix or content type, never by guess; plain text as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from factcheck import InputError, UsageError
from factcheck.readers import MissingExtraError, read_file, reader_for, readers, require, supported


def test_every_format_is_registered_with_its_library() -> None:
    found = {name: r.library for name, r in readers().items()}
    assert found == {"docx": "python-docx", "html": "trafilatura", "markdown": "Python", "pdf": "pypdf",
                     "text": "Python"}


@pytest.mark.parametrize(
    ("suffix", "content_type", "name"),
    [(".txt", None, "text"), (".MD", None, "markdown"), (".htm", None, "html"), (".pdf", None, "pdf"),
     (".docx", None, "docx"), (None, "text/html; charset=utf-8", "html"), (".txt", "application/pdf", "pdf")],
)
def test_the_reader_is_chosen_by_content_type_then_suffix(
    suffix: str | None, content_type: str | None, name: str
) -> None:
    assert reader_for(suffix=suffix, content_type=content_type).name == name


@pytest.mark.parametrize("suffix", [".rtf", ".png", None])
def test_an_unknown_format_is_a_usage_error_naming_the_supported_ones(suffix: str | None) -> None:
    with pytest.raises(UsageError) as raised:
        reader_for(suffix=suffix)
    assert "pdf (.pdf)" in str(raised.value)
    assert "html (.html, .htm, .xhtml)" in str(raised.value)
    assert supported() in str(raised.value)


def test_text_is_read_as_written_with_line_ends_made_plain(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("In 2024, 1,250 families…\r\nNext line\r\n".encode())
    assert read_file(path).text == "In 2024, 1,250 families…\nNext line\n"


def test_bad_utf8_points_at_the_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes(b"fine\nna\xefve")
    with pytest.raises(InputError, match=r"latin\.txt:2:3: not UTF-8 text"):
        read_file(path)


def test_a_missing_library_names_the_extra() -> None:
    with pytest.raises(MissingExtraError, match=r"pip install 'factcheck-numbers\[pdf\]'"):
        require("no_such_pdf_library_here", "pdf")


def test_a_new_format_is_one_registration_away(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What a plugin module does: register a reader; suffix choice, folders and errors follow."""
    import factcheck.readers as package
    from factcheck import load_documents
    from factcheck.readers import Article, decode_utf8

    monkeypatch.setattr(package, "READERS", package.READERS.copy())

    @package.register("shouty", suffixes=(".shout",), content_types=("text/x-shout",), library="Python")
    def read(data: bytes) -> Article:
        """Text written in capitals, read in lower case."""
        return Article(decode_utf8(data).lower(), "shouty")

    (tmp_path / "notice.shout").write_text("IN 2024, VOLUNTEERS DELIVERED AID TO 1,250 FAMILIES.")
    (loaded,) = load_documents([tmp_path])
    assert loaded.text == "in 2024, volunteers delivered aid to 1,250 families."
    assert "shouty (.shout)" in supported()
    assert reader_for(content_type="text/x-shout").name == "shouty"
