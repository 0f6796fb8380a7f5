"""The web desk end to end in a real browser: Debian's Chromium, headless, driven through Debian's
chromium-driver (Selenium), against the app served by uvicorn on 127.0.0.1.

A specialist logs in and uploads a PDF letter, an email with a letter attached and a script-laden
HTML email; sees the deadline and the cited review marked where they were read; corrects a value;
accepts a linking suggestion; opens the case and adds a deadline already past. An appeals reviewer
drafts and edits a reply and is refused approving it (here and on the command line); a second one
approves it and downloads the .docx. A manager sees the overdue deadline first on the board, and
the dashboard; the specialist is refused the dashboard. A screenshot of each page goes to a
temporary folder, or to the folder LEXDESK_SCREENSHOTS names: `LEXDESK_SCREENSHOTS=docs/screenshots`
refreshes the README's tour (a test run leaves the checkout as it found it).

Skipped, saying why, where /usr/bin/chromium or /usr/bin/chromedriver is absent
(`scripts/setup-browser.sh` installs both; `scripts/setup.sh` runs it)."""

from __future__ import annotations

import os
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from cases import accounts
from cases.clock import FixedClock
from cases.db import Database
from tests.conftest import cases_config, lexdesk, responses_config, wait_until
from tests.web import letters
from tests.web.conftest import PASSWORD, ROLES

CHROMIUM, DRIVER = Path("/usr/bin/chromium"), Path("/usr/bin/chromedriver")
SHOTS = Path(os.environ.get("LEXDESK_SCREENSHOTS") or Path(tempfile.gettempdir()) / "lexdesk-screenshots")
NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)  # the letters' deadlines fall this week

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (CHROMIUM.exists() and DRIVER.exists()),
                       reason="Debian's chromium and chromium-driver are not installed (scripts/setup-browser.sh)"),
]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


class Served:
    def __init__(self, base: str, db: Database, db_path: Path) -> None:
        self.base, self.db, self.db_path = base, db, db_path


@pytest.fixture
def served(tmp_path: Path) -> Iterator[Served]:
    import uvicorn

    from web import WebConfig, create_app

    clock = FixedClock(NOW)
    rcfg = responses_config(cases_config(tmp_path / "originals", clock))
    db_path = tmp_path / "desk.db"
    db = Database(db_path)
    with db.session() as s:
        for name, role in ROLES.items():
            accounts.add_user(s, name, role=role, actor="test", team="Vendor moderation" if name == "abe" else
                              "Escalations", vendor=name == "abe", password=PASSWORD)
    port = free_port()
    app = create_app(WebConfig(responses=rcfg, secret_key="browser-test-key"), db)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield Served(f"http://127.0.0.1:{port}", db, db_path)
    server.should_exit = True
    thread.join(10)
    db.dispose()


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    opts = webdriver.ChromeOptions()
    opts.binary_location = str(CHROMIUM)
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-dev-shm-usage",
                f"--user-data-dir={tmp_path / 'chromium-profile'}", "--window-size=1400,1000"):
        opts.add_argument(arg)
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    opts.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                           "download.prompt_for_download": False})
    driver = webdriver.Chrome(service=Service(executable_path=str(DRIVER)), options=opts)
    driver.implicitly_wait(0)
    driver.downloads = downloads
    yield driver
    driver.quit()


# --- helpers ---------------------------------------------------------------------------------------

def wait(driver: Any, css: str, timeout: float = 20) -> Any:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout).until(ec.presence_of_element_located((By.CSS_SELECTOR, css)))


def shot(driver: Any, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(SHOTS / f"{name}.png"))


def css(driver: Any, selector: str) -> Any:
    from selenium.webdriver.common.by import By

    return driver.find_element(By.CSS_SELECTOR, selector)


def all_css(driver: Any, selector: str) -> list[Any]:
    from selenium.webdriver.common.by import By

    found: list[Any] = driver.find_elements(By.CSS_SELECTOR, selector)
    return found


def xpath(driver: Any, expr: str) -> Any:
    from selenium.webdriver.common.by import By

    return driver.find_element(By.XPATH, expr)


def log_in(driver: Any, base: str, name: str, *, screenshot: bool = False) -> None:
    driver.delete_all_cookies()
    driver.get(f"{base}/login")
    wait(driver, "#login")
    css(driver, "input[name=username]").send_keys(name)
    css(driver, "input[name=password]").send_keys(PASSWORD)
    if screenshot:
        shot(driver, "01-login")
    css(driver, "#login button").click()
    wait(driver, "header.top nav")


def submit(form: Any) -> None:
    form.find_element("css selector", "button").click()


def expect_flash(driver: Any, expected: str, timeout: float = 20) -> None:
    """Wait for the page that follows a click to show `expected` in its flash message. The page the
    click left may still be on screen with its own flash for a moment, so the first flash found is
    not necessarily the answer; one that never says `expected` fails with what it did say."""
    from selenium.common.exceptions import StaleElementReferenceException

    seen: list[str] = []
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        try:
            texts = [e.text for e in all_css(driver, ".flash")]
        except StaleElementReferenceException:  # the old page went while it was being read
            continue
        if any(expected in t for t in texts):
            return
        seen = texts
        time.sleep(0.1)
    raise AssertionError(f"no flash saying {expected!r}; the page said {seen!r}")


def set_value(driver: Any, element: Any, value: str) -> None:
    # a date input takes its value in the browser's locale when typed; WebDriver sets it as ISO
    driver.execute_script("arguments[0].value = arguments[1];", element, value)


# --- the walk through the desk ---------------------------------------------------------------------

def test_a_day_at_the_desk_in_a_browser(served: Served, browser: Any, tmp_path: Path) -> None:
    base, d = served.base, browser
    files = tmp_path / "in"
    files.mkdir()
    (files / "letter-HF-QM-2041.pdf").write_bytes(letters.pdf_letter())
    (files / "complaint.eml").write_bytes(letters.email_with_attachment())
    (files / "urgent.eml").write_bytes(letters.hostile_email())

    # a specialist logs in and uploads three files at once, each with its own progress and outcome
    log_in(d, base, "sam", screenshot=True)
    d.get(f"{base}/upload")
    css(d, "#files").send_keys("\n".join(str(p) for p in sorted(files.iterdir())))
    css(d, "#upload-button").click()
    wait(d, "#upload-form[data-done='3']", timeout=90)
    rows = all_css(d, "#progress-rows tr")
    assert len(rows) == 3 and all("outcome-filed" in r.get_attribute("class") for r in rows), [r.text for r in rows]
    assert all(r.find_element("css selector", "progress").get_attribute("value") == "100" for r in rows)
    shot(d, "02-upload")

    d.get(f"{base}/inbox")
    xpath(d, "//a[text()='letter-HF-QM-2041.pdf']").click()

    # the deadline and the cited review, marked where they were read; a click shows the span
    wait(d, "#doc-text")
    deadline = css(d, "button.value[data-ev='deadline']")
    assert deadline.text == letters.PDF_DEADLINE
    deadline.click()
    active = wait_until(lambda: all_css(d, "mark.ev.active"), what="the deadline's span")
    assert "27 November 2026" in active[0].text
    review = css(d, "button.value[data-ev^='cited_review_ids']")
    assert review.text == letters.REVIEW
    review.click()
    active = wait_until(lambda: [m for m in all_css(d, "mark.ev.active") if letters.REVIEW in m.text],
                        what="the review's span")
    assert letters.REVIEW_URL in active[0].text
    doc_url = d.current_url
    shot(d, "04-document")

    # correct a value: audited, shown as corrected
    row = css(d, "#field-their_reference")
    row.find_element("css selector", "summary").click()
    form = row.find_element("css selector", "form")
    value = form.find_element("css selector", "input[name=value]")
    value.clear()
    value.send_keys("HF/QM/2041-B")
    form.find_element("css selector", "input[name=why]").send_keys("the second page gives the full reference")
    submit(form)
    expect_flash(d, "their_reference corrected")
    corrected = css(d, "#field-their_reference .corrected-value").text
    assert "HF/QM/2041-B" in corrected and "corrected by sam" in corrected

    # the script-laden email: nothing of it ran
    d.get(f"{base}/inbox")
    xpath(d, "//a[text()='urgent.eml']").click()
    wait(d, "#doc-text")
    assert d.execute_script("return typeof window.pwned") == "undefined"
    assert d.title != "pwned" and not all_css(d, "main iframe") and not all_css(d, "a[href^='javascript']")
    assert "<script>window.pwned=1</script>" in css(d, ".headers").text  # the subject, as text
    shot(d, "05-hostile-email")

    # a letter citing the reviews of two cases matches both equally: the desk asks, and a person
    # accepts the suggestion that it belongs to the first letter's case, giving a reason
    joint = files / "joint-letter.pdf"
    joint.write_bytes(letters.joint_letter())
    d.get(f"{base}/upload")
    css(d, "#files").send_keys(str(joint))
    css(d, "#upload-button").click()
    wait(d, "#upload-form[data-done='1']", timeout=60)
    d.get(doc_url)
    ref = css(d, "p.meta a[href^='/cases/']").text
    d.get(f"{base}/inbox")
    sg = xpath(d, f"//section[@id='suggestions']//tr[td/a[text()='joint-letter.pdf'] and td/a[text()='{ref}']]")
    assert "review_id" in sg.text  # the signal that decided, shown
    shot(d, "03-inbox")
    sg.find_element("css selector", "input[name=why]").send_keys("the same review, the same complaint")
    sg.find_element("css selector", "button.accept-suggestion").click()
    expect_flash(d, "accepted")

    # the case: add a deadline already past (it shows as overdue, first)
    d.get(f"{base}/cases/{ref}")
    wait(d, "h1")
    assert "joint-letter.pdf" in css(d, "main").text  # moved here by the suggestion accepted
    assert letters.REVIEW_URL in css(d, "ul.cited").text
    css(d, "#add-deadline summary").click()
    form = css(d, f"form[action='/cases/{ref}/deadlines']")
    set_value(d, form.find_element("css selector", "input[name=due]"), "2026-11-20")
    form.find_element("css selector", "input[name=label]").send_keys("confirm the review is under assessment")
    form.find_element("css selector", "input[name=why]").send_keys("promised on the phone")
    submit(form)
    expect_flash(d, "deadline added")
    standing = [("overdue" in r.text, r.text) for r in all_css(d, "table.deadlines tbody tr")]
    assert standing[0][0] and sorted(standing, key=lambda x: not x[0]) == standing  # overdue ones first
    assert any(late and "2026-11-20" in text for late, text in standing)
    shot(d, "06-case")

    # an appeals reviewer drafts and edits the reply; their own approval is refused
    log_in(d, base, "ann")
    d.get(f"{base}/cases/{ref}")
    css(d, "#new-draft").click()
    wait(d, "#choose-template")
    shot(d, "07-choose-template")
    submit(css(d, "#choose-template"))
    wait(d, "#draft-text")
    draft_url = d.current_url
    draft_id = draft_url.rstrip("/").rsplit("/", 1)[1]
    wait_until(lambda: all_css(d, "#preview .letter p"), what="the preview")
    text = css(d, "#draft-text")
    text.send_keys("\n\nWe will write again once our review is complete.")
    wait_until(lambda: "once our review is complete" in css(d, "#preview").text, what="the preview of the edit")
    shot(d, "08-draft")
    css(d, "#save-draft").click()
    expect_flash(d, "version 2")
    css(d, "#approve-draft").click()
    refused = wait(d, ".flash.error").text
    assert "four eyes" in refused
    shot(d, "09-own-approval-refused")
    for who in ("ann", " Ann ", "nobody"):
        r = lexdesk(served.db_path, "drafts", "approve", draft_id, user=who)
        assert r.exit_code == 1, r.output
    assert "four eyes" in lexdesk(served.db_path, "drafts", "approve", draft_id, user="ANN").output

    # a second reviewer approves it and downloads the letter
    log_in(d, base, "abe")
    d.get(draft_url)
    css(d, "#approve-draft").click()
    expect_flash(d, "approved by abe")
    assert css(d, "#draft-status").text == "approved"
    assert "version 1" in css(d, "#diff").text and "+We will write again" in css(d, "#diff").text
    css(d, "#download-docx").click()
    docx = wait_until(lambda: [p for p in d.downloads.glob("*.docx")], what="the .docx download")
    assert docx[0].read_bytes()[:2] == b"PK" and "DRAFT" not in docx[0].name
    shot(d, "10-approved")

    # the manager: the board with the overdue deadline first, and the dashboard
    log_in(d, base, "meg")
    d.get(f"{base}/deadlines")
    sections = [s.get_attribute("id") for s in all_css(d, "main section")]
    assert sections[0] == "overdue"
    assert "2026-11-20" in css(d, "#overdue").text and ref in css(d, "#overdue").text
    assert letters.PDF_DEADLINE in css(d, "#week").text
    shot(d, "11-deadlines")
    d.get(f"{base}/dashboard")
    wait(d, "figure.chart svg")
    shot(d, "12-dashboard")
    d.get(f"{base}/api/docs")  # Swagger UI, served by the desk, started from a file under the CSP
    wait(d, ".swagger-ui .opblock")
    shot(d, "14-api-docs")

    # the specialist is refused the manager's dashboard
    log_in(d, base, "sam")
    d.get(f"{base}/dashboard")
    assert "Not for your role" in css(d, "h1").text
    shot(d, "13-dashboard-refused")
