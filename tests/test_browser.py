"""The app in a real browser: `citegraph serve` of the wheel installed into a fresh virtual environment, on a
new store (which gets the example documents shipped in the package), driven by headless Debian chromium
through Selenium. Searches 35-NQ/TW, opens it, checks the Quảng Trị article is listed with its sentence,
and saves a screenshot under tests/artifacts/."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Installed, free_port, serving

ROOT = Path(__file__).resolve().parent.parent
ARTIFACTS = ROOT / "tests" / "artifacts"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMEDRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
SEED_TITLE = "Hội nghị giao ban các ngành khối khoa giáo năm 2023"
SEED_SENTENCE = "Tổ chức thực hiện có chiều sâu"

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(installed: Installed) -> Iterator[str]:
    """`citegraph serve --port N` of the wheel installed outside the checkout, on a new store: the app stores
    the examples shipped in the package on first start."""
    from conftest import _missing

    if not (Path(CHROMIUM).exists() and Path(CHROMEDRIVER).exists()):
        _missing("chromium and chromedriver (apt-get install chromium chromium-driver)")
    port = free_port()
    command = [installed.bin("citegraph"), "serve", "--port", str(port), "--server.headless", "true"]
    env = installed.env(CITEGRAPH_DB=str(installed.home / "browser-db"))
    with serving(command, env, installed.home, installed.home / "browser-serve.log", port) as (url, _proc):
        yield url


@pytest.fixture
def browser(tmp_path: Path) -> Iterator[object]:
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--no-first-run", "--window-size=1400,1600", f"--user-data-dir={tmp_path / 'chromium'}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


def test_search_open_35_nq_tw_and_see_the_quang_tri_article(server: str, browser) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 60)
    browser.get(server)
    box = wait.until(ec.element_to_be_clickable((By.CSS_SELECTOR, "input[type=text]")))
    box.send_keys("35-NQ/TW", Keys.ENTER)
    result = wait.until(ec.element_to_be_clickable(
        (By.XPATH, "//button[.//p[starts-with(normalize-space(.), '35-NQ/TW (2018)')]]")))
    result.click()
    wait.until(ec.text_to_be_present_in_element((By.TAG_NAME, "h2"), "35-NQ/TW (2018)"))
    wait.until(ec.presence_of_element_located((By.XPATH, f"//button[.//p[contains(., '{SEED_TITLE}')]]")))
    snippet = wait.until(ec.presence_of_element_located(
        (By.XPATH, f"//div[@class='cg-snip'][contains(., '{SEED_SENTENCE}')]")))
    assert snippet.find_element(By.TAG_NAME, "mark").text == "Nghị quyết số 35-NQ/TW"
    assert "doc=35-NQ" in browser.current_url and "page=van-ban" in browser.current_url
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(ARTIFACTS / "document-35-nq-tw.png"))


def test_tracker_shows_the_adoption_chart_and_the_map(server: str, browser) -> None:
    from urllib.parse import quote

    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 60)
    browser.get(f"{server}/?page=theo-doi&doc={quote('35-NQ/TW@2018')}")
    wait.until(ec.text_to_be_present_in_element((By.TAG_NAME, "h2"), "Theo dõi thực hiện"))
    for title in ("Số tỉnh, thành đã có văn bản, theo tháng", "Độ trễ đến văn bản đầu tiên (ngày)"):
        # Vega names each drawn chart's title in an aria-label
        wait.until(ec.presence_of_element_located(
            (By.XPATH, f"//*[@data-testid='stVegaLiteChart']//*[contains(@aria-label, '{title}')]")))
    drawn = browser.find_elements(By.CSS_SELECTOR, "[data-testid='stVegaLiteChart'] canvas, "
                                                   "[data-testid='stVegaLiteChart'] svg.marks")
    assert len(drawn) >= 2
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert browser.save_screenshot(str(ARTIFACTS / "tracker-35-nq-tw.png"))


def test_lang_en_shows_the_app_in_english(server: str, browser) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions as ec
    from selenium.webdriver.support.ui import WebDriverWait

    wait = WebDriverWait(browser, 60)
    browser.get(f"{server}/?lang=en")
    wait.until(ec.text_to_be_present_in_element((By.TAG_NAME, "h2"), "Search documents"))
    wait.until(ec.text_to_be_present_in_element((By.CSS_SELECTOR, "[data-testid='stSidebar']"), "Analytics"))
    sidebar = browser.find_element(By.CSS_SELECTOR, "[data-testid='stSidebar']").text
    for label in ("Language", "Implementation tracker", "Analytics", "Upload", "Export", "Data store"):
        assert label in sidebar
    assert "Tìm kiếm" not in sidebar and "Theo dõi thực hiện" not in sidebar
