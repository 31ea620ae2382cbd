"""The web pages are limited as the API is: sending an appeal, finding one, signing in, the code step."""

import pytest
from django.test import Client
from django.urls import reverse

from murojaat.core.rates import rates_from
from tests.conftest import PASSWORD


@pytest.fixture
def limits(settings):
    def turn_on(overrides: str = ""):
        settings.RATE_LIMITS_ENABLED = True
        settings.AXES_ENABLED = True
        settings.RATE_LIMITS = rates_from(overrides)

    return turn_on


def assert_refused_page(response):
    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    page = response.content.decode()
    assert page.count("<h1") == 1 and "Too many attempts" in page
    assert "<title>" in page


def test_finding_an_appeal_with_wrong_keys_stops_after_the_limit(world, limits):
    limits("lookup.account=3/1h")
    browser = Client(HTTP_ACCEPT_LANGUAGE="en")
    tries = {"code": "K7MX-4QTP-9WR2", "access_key": "AB12-CD34"}
    for _ in range(3):
        assert browser.post(reverse("tracking:find"), tries).status_code == 200
    assert_refused_page(browser.post(reverse("tracking:find"), tries))
    # Another code is not affected.
    assert browser.post(reverse("tracking:find"), {**tries, "code": "K7MX-4QTP-9WR3"}).status_code == 200


def test_signing_in_is_limited_per_address(world, limits):
    limits("login.address=2/10m")
    browser = Client(HTTP_ACCEPT_LANGUAGE="en")
    for name in ("a", "b"):
        browser.post(reverse("accounts:login"), {"username": name, "password": "x"})
    assert_refused_page(
        browser.post(reverse("accounts:login"), {"username": "citizen", "password": PASSWORD})
    )


def test_wrong_passwords_lock_the_account_out_on_the_page_too(world, limits, settings):
    limits()
    settings.AXES_FAILURE_LIMIT = 3
    browser = Client(HTTP_ACCEPT_LANGUAGE="en")
    for _ in range(3):
        browser.post(reverse("accounts:login"), {"username": "citizen", "password": "wrong"})
    assert_refused_page(
        browser.post(reverse("accounts:login"), {"username": "citizen", "password": PASSWORD})
    )


def test_the_code_step_is_limited(world, limits):
    limits("code.address=1/10m")
    browser = Client(HTTP_ACCEPT_LANGUAGE="en")
    browser.post(reverse("accounts:verify"), {"code": "123456"})
    assert_refused_page(browser.post(reverse("accounts:verify"), {"code": "123456"}))


def test_sending_appeals_from_the_check_page_is_limited(world, limits):
    limits("submit.address=1/1h")
    browser = Client(HTTP_ACCEPT_LANGUAGE="en")
    browser.post(reverse("filing:check"))
    assert_refused_page(browser.post(reverse("filing:check")))


def test_pages_are_not_limited_when_limits_are_off(world):
    browser = Client(HTTP_ACCEPT_LANGUAGE="en")
    for _ in range(15):
        assert (
            browser.post(
                reverse("tracking:find"), {"code": "K7MX-4QTP-9WR2", "access_key": "AB12-CD34"}
            ).status_code
            == 200
        )
