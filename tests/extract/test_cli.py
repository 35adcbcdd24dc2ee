"""`factcheck extract` and `factcheck verify ARTICLE` end to end, as a user runs them."""

from __future__ import annotations

import json
from pathlib import Path

import yaml

from factcheck import extract_claims, load_claims, load_documents
from factcheck.readers import read_file
from tests.test_cli import factcheck_cli

TEXT = (
    "Flood relief reaches villages\n\n"
    "In 2024, volunteers delivered aid to 1,250 families, including 300 families in the hills.\n\n"
    "Officials said volunteers delivered aid to 1,250 families in 2024. Call 1288 for help.\n"
)


def test_extract_json_is_a_claims_file_with_hedges_and_offsets(tmp_path: Path) -> None:
    article = tmp_path / "flood.txt"
    article.write_text(TEXT + "Nearly 40% of the families had no clean water.\n", encoding="utf-8")
    done = factcheck_cli("extract", str(article), "--format", "json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["document"]["id"] == "flood"
    claims = data["claims"]
    families = next(c for c in claims if c["measures"] == "families")
    assert families["value"] == "1,250"
    assert "qualifier" not in families  # exact, the default
    assert [TEXT[m["start"] : m["end"]] for m in families["mentions"]] == ["1,250 families"] * 2
    share = next(c for c in claims if c["kind"] == "share")
    assert (share["value"], share["qualifier"]) == ("40", "nearly")
    assert not any(c["value"] == "1288" for c in claims)


def test_extract_writes_a_claims_file_that_verify_reads(tmp_path: Path) -> None:
    article = tmp_path / "flood.txt"
    article.write_text(TEXT, encoding="utf-8")
    out = tmp_path / "drafts" / "flood.claims.yaml"
    out.parent.mkdir()
    done = factcheck_cli("extract", str(article), "-o", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "--text-root" in done.stderr  # the article is outside the claims file's folder
    loaded = load_claims(out, text_roots=[tmp_path])  # checks every quote against the article text
    assert loaded.text == TEXT
    assert yaml.safe_load(out.read_text())["document"]["text"] == "../flood.txt"
    verified = factcheck_cli("verify", str(out), "-o", str(tmp_path / "r"), "-f", "json",
                             "--text-root", str(tmp_path), cwd=tmp_path)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    refused = factcheck_cli("verify", str(out), "-o", str(tmp_path / "r"), "-f", "json", cwd=tmp_path)
    assert refused.returncode == 2
    assert "leads out of the claims file's folder" in refused.stderr


def test_verify_an_article_directly_and_point_at_the_failing_figures(tmp_path: Path) -> None:
    article = tmp_path / "flood.txt"
    article.write_text(TEXT.replace("to 1,250 families in 2024", "to 1,520 families in 2024"), "utf-8")
    done = factcheck_cli("verify", str(article), "-o", str(tmp_path / "r"), "-f", "json", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    report = json.loads((tmp_path / "r" / "report.json").read_text())
    (failed,) = [r for r in report["results"] if r["status"] == "fail"]
    assert failed["rule"] == "mentions-agree"
    assert [s["quote"] for s in failed["spans"]] == ["1,250 families", "1,520 families"]


def test_html_offsets_count_in_the_extracted_text(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>Aid</title><script>var x = 500;</script></head><body>"
        "<h1>Aid &amp; relief</h1><p>Volunteers reached <b>1,250</b> families in 2024.</p>"
        "</body></html>",
        encoding="utf-8",
    )
    read = read_file(page)
    text = read.text
    assert read.title == "Aid & relief"  # trafilatura prefers the headline to <title>
    claims = extract_claims(page)
    quotes = {m.quote: (m.start, m.end) for c in claims.claims for m in c.mentions}
    assert "1,250 families" in quotes
    start, end = quotes["1,250 families"]
    assert text[start:end] == "1,250 families"
    assert not any(c.value == "500" for c in claims.claims)


def test_markdown_is_read_as_written(tmp_path: Path) -> None:
    page = tmp_path / "story.md"
    body = "# Aid arrives\n\nVolunteers reached **1,250 families** in [2024](https://x.org/2023).\n"
    page.write_text(body, encoding="utf-8")
    claims = extract_claims(page)
    assert claims.document.title == "Aid arrives"
    spans = sorted((m.start, m.end) for c in claims.claims for m in c.mentions)
    assert [body[s:e] for s, e in spans] == ["1,250 families", "2024"]


def test_a_missing_article_is_bad_input(tmp_path: Path) -> None:
    done = factcheck_cli("extract", str(tmp_path / "nope.txt"), cwd=tmp_path)
    assert done.returncode == 2
    assert "nope.txt:1:1: no such file" in done.stderr


def test_extract_lang_decides_the_decimal_mark(tmp_path: Path) -> None:
    article = tmp_path / "port.txt"
    article.write_text("Le port a reçu 1,250 tonnes de riz.\n", encoding="utf-8")
    done = factcheck_cli("extract", str(article), "--format", "json", "--lang", "fr", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    # the JSON is a claims file: values as stated, in the figure reader's notation
    assert [c["value"] for c in json.loads(done.stdout)["claims"]] == ["1.250"]
    english = factcheck_cli("extract", str(article), "--format", "json", "--lang", "en", cwd=tmp_path)
    assert [c["value"] for c in json.loads(english.stdout)["claims"]] == ["1,250"]


def test_verify_lang_reads_the_article_in_that_language(tmp_path: Path) -> None:
    article = tmp_path / "port.txt"
    article.write_text("Le port a reçu 1,250 tonnes de riz en 2024.\n", encoding="utf-8")
    (french,) = load_documents([article], language="fr")
    assert [c.value for c in french.claims_file.claims if c.kind.value == "amount"] == ["1.250"]
    assert french.claims_file.document.language == "fr"
    done = factcheck_cli(
        "verify", str(article), "--lang", "fr", "-f", "json", "-o", str(tmp_path / "r"), cwd=tmp_path
    )
    assert done.returncode == 0, done.stderr
