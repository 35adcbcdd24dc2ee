"""`factcheck serve` in a real Chromium: paste, upload, and a bad upload, as an editor would.

Screenshots go to tests/artifacts/: serve-form.png, serve-pasted-report.png,
serve-pdf-report.png, serve-bad-upload.png.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.readers.makers import make_pdf

PLANTED = (
    "Flood relief reaches villages\n\n"
    "In 2024, volunteers delivered aid to 1,250 families, including 300 families in the hills.\n\n"
    "Officials said volunteers delivered aid to 1,520 families in 2024.\n"
)


def _open_form(browser: Any, server: str) -> None:
    browser.get_log("browser")  # drop what earlier pages logged
    browser.set_window_size(1280, 900)
    browser.get(server + "/")
    assert browser.title.startswith("factcheck")


def _submit(browser: Any) -> None:
    from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    old = browser.find_element("tag name", "html")
    browser.find_element("id", "submit").click()

    def replaced(_: Any) -> bool:
        """Is the form's page gone? Chrome may say so as a stale element or, while the answer
        loads, as a node that "does not belong to the document"."""
        try:
            old.is_enabled()
        except StaleElementReferenceException:
            return True
        except WebDriverException as error:
            if "does not belong to the document" in str(error):
                return True
            raise
        return False

    WebDriverWait(browser, 30).until(replaced)
    WebDriverWait(browser, 30).until(lambda b: b.execute_script("return document.readyState") == "complete")


def _console_problems(browser: Any) -> list[Any]:
    """Script errors and failed loads, leaving out the form's own answer status (a 400 is on purpose)."""
    return [e for e in browser.get_log("browser")
            if e["level"] == "SEVERE" and not e["message"].endswith("(Bad Request)")]


def test_a_pasted_article_with_a_planted_error_is_highlighted(
    browser: Any, server: str, artifacts: Path
) -> None:
    _open_form(browser, server)
    browser.find_element("id", "text").send_keys(PLANTED)
    browser.save_screenshot(str(artifacts / "serve-form.png"))
    _submit(browser)
    failed = browser.find_elements("css selector", "mark.fig.v-fail")
    assert sorted(f.text for f in failed) == ["1,250 families", "1,520 families"]
    failed[0].click()
    inspector = browser.find_element("id", "inspector")
    assert inspector.is_displayed()
    assert "mentions-agree" in inspector.text
    links = {a.get_attribute("id"): a.get_attribute("href") for a in browser.find_elements(
        "css selector", "nav.downloads a[id]")}
    assert links["download-json"].endswith("/report.json")
    assert links["download-claims"].endswith("/draft.claims.yaml")
    browser.save_screenshot(str(artifacts / "serve-pasted-report.png"))
    assert _console_problems(browser) == []


def test_an_uploaded_pdf_is_read_and_reported(browser: Any, server: str, artifacts: Path,
                                              tmp_path: Path) -> None:
    pdf = tmp_path / "relief-report.pdf"
    pdf.write_bytes(make_pdf([
        ["Flood relief report", "In 2024, volunteers delivered aid to 1,250 families."],
        ["Officials said volunteers delivered aid to 1,520 families in 2024."],
    ], title="Flood relief report"))
    _open_form(browser, server)
    browser.find_element("id", "file").send_keys(str(pdf))
    _submit(browser)
    assert browser.find_element("css selector", "section.document h2").text == "Flood relief report"
    failed = browser.find_elements("css selector", "mark.fig.v-fail")
    assert sorted(f.text for f in failed) == ["1,250 families", "1,520 families"]
    browser.save_screenshot(str(artifacts / "serve-pdf-report.png"))


def test_a_bad_upload_shows_a_clear_message(browser: Any, server: str, artifacts: Path,
                                            tmp_path: Path) -> None:
    bad = tmp_path / "figures.pdf"
    bad.write_bytes(b"%PDF-1.4\nthis was never a PDF")
    _open_form(browser, server)
    browser.find_element("id", "file").send_keys(str(bad))
    _submit(browser)
    alert = browser.find_element("id", "error")
    assert alert.is_displayed()
    assert "The article could not be read." in alert.text
    assert "figures.pdf: not a readable PDF" in alert.text
    assert browser.find_element("id", "file").is_displayed()  # the form is back, ready for another try
    browser.save_screenshot(str(artifacts / "serve-bad-upload.png"))
    assert _console_problems(browser) == []


def test_a_file_dropped_on_the_form_is_checked(browser: Any, server: str) -> None:
    _open_form(browser, server)
    browser.execute_script(
        """
        const transfer = new DataTransfer();
        transfer.items.add(new File([arguments[0]], "dropped.txt", {type: "text/plain"}));
        const zone = document.getElementById("drop");
        zone.dispatchEvent(new DragEvent("dragover", {dataTransfer: transfer, bubbles: true}));
        zone.dispatchEvent(new DragEvent("drop", {dataTransfer: transfer, bubbles: true}));
        """,
        PLANTED,
    )
    assert browser.execute_script("return document.getElementById('file').files[0].name") == "dropped.txt"
    _submit(browser)
    assert len(browser.find_elements("css selector", "mark.fig.v-fail")) == 2
    assert "dropped.txt" in browser.find_element("css selector", "section.document p.meta").text
