"""Browser tests: Debian's headless Chromium driven by Playwright's bundled
driver (never `playwright install`, which downloads a browser of its own),
against pytest-django's live server, with axe-core from npm.

`scripts/ensure-browser.sh` installs Chromium and axe-core. Run alone:
    MUROJAAT_ENV=test .venv/bin/pytest -m browser -n 0
Without Chromium or axe-core the tests skip, saying what is missing; with
MUROJAAT_BROWSER_TESTS=required (set by scripts/test.sh, so in CI) they fail
instead, so CI cannot pass by skipping them.
"""

import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings

from tests.site.pages import make_page_world, sign_in

# Playwright's sync API runs an event loop in this thread; Django would refuse
# ORM calls from the test body (they are made between page actions, never
# concurrently with the browser).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = Path(os.environ.get("MUROJAAT_AXE_JS", ROOT / "var/node/node_modules/axe-core/axe.min.js"))


def _missing(what: str):
    reason = f"{what} (run scripts/ensure-browser.sh)"
    if os.environ.get("MUROJAAT_BROWSER_TESTS") == "required":
        pytest.fail(f"browser tests are required here but cannot run: {reason}", pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = os.environ.get("MUROJAAT_CHROMIUM") or shutil.which("chromium")
    if not path:
        _missing("Debian's chromium is not installed")
    return path


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE_JS.is_file():
        _missing(f"axe-core is not installed at {AXE_JS}")
    return AXE_JS.read_text()


@pytest.fixture(scope="session")
def browser(chromium_path):
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _missing("the Python package playwright is not installed")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=["--disable-gpu"])
        yield browser
        browser.close()


@pytest.fixture
def pw(world):
    return make_page_world(world)


class Visitor:
    """One reader's browser: a context with a language, maybe signed in.

    Signing in reuses the Django test client (force_login, or the password
    step for those who owe a code) and hands its session cookie to the
    browser; the journeys sign in through the pages themselves instead.
    """

    def __init__(self, browser, live_server, *, locale="uz", javascript=True, axe=None):
        self.live_server = live_server
        self.context = browser.new_context(
            java_script_enabled=javascript, viewport={"width": 1000, "height": 900}
        )
        self.context.set_default_timeout(15_000)
        if axe:
            # An init script is not subject to the pages' content security policy.
            self.context.add_init_script(script=axe)
        self.errors: list[str] = []
        from django.test import Client

        # A Django test client whose session this browser shares (signing in, priming pages).
        self.client = Client()
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda error: self.errors.append(f"{self.page.url}: {error}"))
        self.page.on(
            "console",
            lambda msg: msg.type == "error" and self.errors.append(f"{self.page.url}: console: {msg.text}"),
        )
        self.set_locale(locale)

    def url(self, path: str) -> str:
        return self.live_server.url + path

    def set_locale(self, locale: str) -> None:
        self.context.add_cookies(
            [{"name": settings.LANGUAGE_COOKIE_NAME, "value": locale, "url": self.url("/")}]
        )

    def sign_in_as(self, who: str, pw) -> None:
        sign_in(self.client, who, pw)
        self.adopt_session()

    def prime(self, prime, pw) -> None:
        """Put into the shared session what a page needs (see tests/site/pages.py Spec.prime)."""
        self.client.cookies[settings.LANGUAGE_COOKIE_NAME] = "uz"
        prime(self.client, pw)
        self.adopt_session()

    def adopt_session(self) -> None:
        cookie = self.client.cookies.get(settings.SESSION_COOKIE_NAME)
        if cookie is not None and cookie.value:
            self.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": self.url("/")}])

    def goto(self, path: str):
        return self.page.goto(self.url(path))

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def visitors(browser, live_server):
    """Make browsers for readers; all are closed at the end of the test."""
    made: list[Visitor] = []

    def make(**kwargs) -> Visitor:
        visitor = Visitor(browser, live_server, **kwargs)
        made.append(visitor)
        return visitor

    yield make
    for visitor in made:
        visitor.close()
