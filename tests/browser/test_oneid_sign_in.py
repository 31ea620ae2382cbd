"""Signing in with OneID in a real browser with JavaScript off: our button, the
emulator's page, the way back, signed in as the person keyed on the PINFL."""

import pytest
from django.contrib.auth import get_user_model

from murojaat.accounts.identity.emulator import PEOPLE, OneIdEmulator

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def oneid_live(settings, live_server):
    emulator = OneIdEmulator(redirect_uris=[live_server.url + "/login/oneid/return/"]).start()
    settings.IDENTITY_PROVIDER = "demo"
    settings.ONEID_URL = emulator.url
    settings.ONEID_CLIENT_ID = emulator.client_id
    settings.ONEID_CLIENT_SECRET = emulator.client_secret
    settings.ONEID_SCOPE = emulator.scope
    settings.IDENTITY_REDIRECT_URI = ""
    yield emulator
    emulator.stop()


def test_a_citizen_signs_in_with_oneid_without_javascript(visitors, oneid_live):
    visitor = visitors(javascript=False, locale="en")
    page = visitor.page
    visitor.goto("/login/")
    with page.expect_navigation():
        page.get_by_role("button", name="Sign in with OneID").click()
    assert page.url.startswith(oneid_live.url.split("/sso/")[0] + "/sso/login")
    page.get_by_label(PEOPLE["dilshod"]["label"]).check()
    with page.expect_navigation():
        page.get_by_role("button", name="Continue").click()
    assert page.url.endswith("/my/"), page.url
    user = get_user_model().objects.get(pinfl=PEOPLE["dilshod"]["pin"])
    assert [e["tin"] for e in user.legal_entities] == ["301234567", "302345678"]
    assert PEOPLE["dilshod"]["pin"] not in page.url

    # A refusal: the page says so in the reader's language, and nobody is signed in.
    refused = visitors(javascript=False, locale="ru")
    refused.goto("/login/")
    with refused.page.expect_navigation():
        refused.page.locator("form[action='/login/oneid/'] button").click()
    refused.page.get_by_label(PEOPLE["aziza"]["label"]).check()
    refused.page.get_by_label("Refuse: identify answers ret_cd 1").check()
    with refused.page.expect_navigation():
        refused.page.get_by_role("button", name="Continue").click()
    assert "Вы не вошли в систему" in refused.page.locator("h1").inner_text()
    assert not get_user_model().objects.filter(pinfl=PEOPLE["aziza"]["pin"]).exists()
    assert visitor.errors == []
    # The failure page answers 400, which Chromium reports on its console; nothing else may be there.
    assert [e for e in refused.errors if "status of 400" not in e] == []
