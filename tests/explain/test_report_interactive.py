"""The report's behaviour in a real browser: hover and keyboard focus show a cut's rule and
reason; the checkbox shows the kept article alone. Needs Chromium, its driver and selenium
(`nox -s report` installs selenium); skipped otherwise."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import cleanarticle

from . import chromium

REPO = Path(__file__).resolve().parents[2]
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium not installed")
pytestmark = pytest.mark.skipif(
    chromium.find() is None or shutil.which("chromedriver") is None,
    reason="no Chromium or chromedriver (apt-get install chromium chromium-driver)",
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    profile = tmp_path_factory.mktemp("profile")
    for flag in (*chromium.FLAGS, f"--user-data-dir={profile}", "--window-size=1400,1000"):
        options.add_argument(flag)
    options.binary_location = chromium.find()
    driver = webdriver.Chrome(service=Service(shutil.which("chromedriver")), options=options)
    yield driver
    driver.quit()


@pytest.fixture()
def opened(browser: Any, tmp_path: Path) -> Any:
    page = (REPO / "samples" / "104_en_blog_ci_comments.html").read_bytes()
    target = tmp_path / "report.html"
    target.write_text(cleanarticle.report(cleanarticle.extract(page), page), encoding="utf-8")
    browser.get(target.as_uri())
    return browser


def test_hover_shows_rule_reason_and_evidence(opened: Any) -> None:
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.by import By

    cut = opened.find_element(By.CSS_SELECTOR, ".cut[data-rule='link_farm.link_list']")
    tip = cut.find_element(By.CSS_SELECTOR, ".tip")
    assert not tip.is_displayed()
    ActionChains(opened).move_to_element(cut).perform()
    assert tip.is_displayed()
    assert "link_farm.link_list" in tip.text and "short link items" in tip.text
    assert "evidence" in tip.text


def test_keyboard_focus_reaches_every_cut_and_shows_its_tip(opened: Any) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    opened.find_element(By.ID, "kept-only").send_keys(Keys.TAB)  # from the checkbox on
    focused = opened.switch_to.active_element
    assert "cut" in (focused.get_attribute("class") or "").split()
    assert focused.find_element(By.CSS_SELECTOR, ".tip").is_displayed()


def test_the_checkbox_shows_the_kept_article_alone(opened: Any) -> None:
    from selenium.webdriver.common.by import By

    cuts = opened.find_elements(By.CSS_SELECTOR, ".cut")
    kept = opened.find_elements(By.CSS_SELECTOR, "#page .b:not(.cut)")
    assert cuts and kept and all(cut.is_displayed() for cut in cuts[:5])
    opened.find_element(By.ID, "kept-only").click()
    assert not any(cut.is_displayed() for cut in cuts)
    assert all(block.is_displayed() for block in kept[:20])
