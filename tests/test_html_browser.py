"""The HTML report in a real browser: headless Chromium (Debian's chromium and
chromium-driver, which .ci/run installs) opens the seed article's page, shows the contradicted
claim first without scrolling at 1280 and 400 pixels, and shows a claim's verdict when it is
clicked or chosen with the keyboard; and the page of a ``ci`` run, where a claim of the second
article is clicked and a folded article is unfolded by its link. Screenshots are kept in
test-artifacts/ (or $FACTCHECK_TEST_ARTIFACTS). Skipped, saying why, where no browser is
installed."""

from __future__ import annotations

import os
import shutil
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from factcheck.cli.cli import cli
from tests.webserver import forbid_dns

PROJECT = Path(__file__).parent.parent
SEED = PROJECT / "seeds" / "2025-03-25-battle-of-ai-titans.txt"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")

pytestmark = pytest.mark.skipif(
    CHROMIUM is None or CHROMEDRIVER is None,
    reason="no headless browser here: install Debian's chromium and chromium-driver "
           "(apt-get install chromium chromium-driver; .ci/run does) to run the HTML report's "
           "browser test")
webdriver = pytest.importorskip("selenium.webdriver",
                                reason="selenium is not installed: pip install '.[test]'")


@pytest.fixture(autouse=True)
def no_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    """Name lookups fail as everywhere, but ChromeDriver's own "localhost" is the loopback."""
    real = socket.getaddrinfo
    forbid_dns(monkeypatch)
    guarded = socket.getaddrinfo

    def local(host: Any, *args: Any, **kwargs: Any) -> Any:
        return real("127.0.0.1", *args, **kwargs) if host == "localhost" else \
            guarded(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", local)


@pytest.fixture(scope="module")
def seed_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    page = tmp_path_factory.mktemp("html") / "seed.html"
    result = CliRunner().invoke(cli, ["check", str(SEED), "--format", "html", "-o", str(page)])
    assert result.exit_code == 1, result.output  # the seed has a contradicted claim
    return page


@pytest.fixture(scope="module")
def run_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """``ci --format html`` over three articles, given in the reverse of the page's order:
    a clean one, one with a warning, and the seed (failing)."""
    folder = tmp_path_factory.mktemp("run")
    articles = folder / "articles"
    articles.mkdir()
    (articles / "a-clean.txt").write_text("Jane Doe went to the shops today.\n")
    # dated, so its figure meets the assets of that date ($11.6T), whatever the store adds later
    (articles / "b-warned.md").write_text(
        "---\ndate: 2025-03-25\n---\nBlackRock has over $3 trillion in assets under management.\n")
    (articles / "c-seed.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    page = folder / "run.html"
    result = CliRunner().invoke(cli, ["ci", str(articles), "--store", str(PROJECT / "claims"),
                                      "--format", "html", "-o", str(page)])
    assert result.exit_code == 1, result.output
    return page


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[Any]:
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                 f"--user-data-dir={tmp_path / 'profile'}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def artifacts() -> Path:
    folder = Path(os.environ.get("FACTCHECK_TEST_ARTIFACTS", PROJECT / "test-artifacts"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def shown_detail(browser: Any) -> str:
    from selenium.webdriver.common.by import By

    (detail,) = [d for d in browser.find_elements(By.CSS_SELECTOR, "article.detail")
                 if d.is_displayed()]
    return str(detail.text)


@pytest.mark.parametrize("width", [1280, 400])
def test_the_contradicted_claim_is_first_and_visible_without_scrolling(
        browser: Any, seed_page: Path, width: int) -> None:
    from selenium.webdriver.common.by import By

    browser.set_window_size(width, 800)
    browser.get(seed_page.as_uri())
    first = browser.find_element(By.CSS_SELECTOR, ".problems .claim-link")
    assert "contradicted" in first.text and "Early in OpenAI" in first.text
    bottom = browser.execute_script(
        "var r = arguments[0].getBoundingClientRect(); return [r.bottom, window.innerHeight];",
        first)
    assert bottom[0] <= bottom[1], f"below the fold at {width}px: {bottom}"
    assert "contradicted" in shown_detail(browser)  # selected on opening
    browser.save_screenshot(str(artifacts() / f"html-report-{width}.png"))


def test_clicking_a_claim_shows_its_verdict_and_evidence(browser: Any,
                                                         seed_page: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    browser.set_window_size(1280, 800)
    browser.get(seed_page.as_uri())
    supported = browser.find_element(By.CSS_SELECTOR, "mark.claim.s-supported")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", supported)
    supported.click()
    detail = shown_detail(browser)
    assert "supported" in detail and "Evidence" in detail and "primary" in detail
    assert supported.get_attribute("aria-current") == "true"

    imprecise = browser.find_element(By.CSS_SELECTOR, "mark.claim.s-imprecise")
    imprecise.send_keys(Keys.ENTER)  # keyboard users choose a claim the same way
    assert "imprecise" in shown_detail(browser)

    box = browser.find_element(By.CSS_SELECTOR, ".filters input[data-hide='imprecise']")
    box.click()
    hidden = browser.find_elements(By.CSS_SELECTOR, ".problems .claim-link.s-imprecise")
    assert hidden and not any(b.is_displayed() for b in hidden)
    browser.save_screenshot(str(artifacts() / "html-report-clicked.png"))


def test_the_run_page_shows_a_claim_of_the_second_article(browser: Any,
                                                         run_page: Path) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    browser.set_window_size(1280, 800)
    browser.get(run_page.as_uri())
    sections = browser.find_elements(By.CSS_SELECTOR, "details.run-article")
    assert [s.get_attribute("id") for s in sections] == ["a1", "a2", "a3"]
    assert "c-seed.txt" in sections[0].text and "b-warned.md" in sections[1].text
    second = sections[1]
    claim = second.find_element(By.CSS_SELECTOR, "mark.claim.s-imprecise")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", claim)
    claim.click()
    (detail,) = [d for d in second.find_elements(By.CSS_SELECTOR, "article.detail")
                 if d.is_displayed()]
    assert "over $3 trillion" in detail.text and "$11.6T" in detail.text
    assert "In this run" in detail.text and "warning" in detail.text
    assert claim.get_attribute("aria-current") == "true"
    # the first article keeps its own selection: its contradicted claim
    (first,) = [d for d in sections[0].find_elements(By.CSS_SELECTOR, "article.detail")
                if d.is_displayed()]
    assert "contradicted" in first.text and "fails the run" in first.text
    browser.save_screenshot(str(artifacts() / "html-ci-report-clicked.png"))

    assert sections[2].get_attribute("open") is None  # the clean article is folded
    browser.find_element(By.CSS_SELECTOR, "table.articles a[href='#a3']").click()
    # the page opens the article from its hashchange handler: wait for it (under load the
    # event may land after the click returns)
    WebDriverWait(browser, 10).until(lambda _: sections[2].get_attribute("open") == "true")
    assert sections[2].get_attribute("open") == "true" and sections[2].is_displayed()
    box = browser.find_element(By.CSS_SELECTOR, ".filters input[data-hide='clean']")
    browser.execute_script("arguments[0].scrollIntoView({block: 'center'})", box)
    box.click()
    assert not sections[2].is_displayed() and sections[1].is_displayed()


@pytest.mark.parametrize("width", [1280, 400])
def test_the_run_page_shows_the_failing_article_first_and_fits_the_screen(
        browser: Any, run_page: Path, width: int) -> None:
    """The failing article heads the table, seen without scrolling; at 400 pixels the table
    scrolls in its own box, never the page sideways."""
    from selenium.webdriver.common.by import By

    browser.set_window_size(width, 800)
    browser.get(run_page.as_uri())
    widths = browser.execute_script(
        "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert widths[0] <= widths[1], widths
    first = browser.find_element(By.CSS_SELECTOR, "table.articles tbody tr")
    assert "c-seed.txt" in first.text and "failing" in first.text
    bottom = browser.execute_script(
        "var r = arguments[0].getBoundingClientRect(); return [r.bottom, window.innerHeight];",
        first)
    assert bottom[0] <= bottom[1], f"below the fold at {width}px: {bottom}"
    browser.save_screenshot(str(artifacts() / f"html-ci-report-{width}.png"))
