"""Signing in with OneID, end to end against the emulator (accounts/identity/).

The browser presses the button, the emulator's page picks a person (or a
failure), the browser comes back, and the account keyed on the PINFL is
signed in: created the first time, found later, linked to a password account
that already holds the PINFL. Every failure shows a page in the reader's
language and signs nobody in.
"""

import logging

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied

from murojaat.accounts.identity import require_verified_person
from murojaat.accounts.identity.emulator import PEOPLE
from murojaat.accounts.models import Membership, Role
from murojaat.audit.models import AuditEvent
from tests.accounts.helpers import totp_device
from tests.accounts.oneid import Journey, oneid_sign_in, raw
from tests.site.pages import LOCALES, page_problems

pytestmark = pytest.mark.django_db
User = get_user_model()
AZIZA = PEOPLE["aziza"]["pin"]
DILSHOD = PEOPLE["dilshod"]["pin"]


def signed_in_user(client):
    return client.session.get("_auth_user_id")


def test_the_sign_in_page_offers_oneid_beside_the_password_form(client, oneid):
    page = client.get("/login/").content.decode()
    assert 'action="/login/oneid/"' in page
    assert "Sign in with OneID" in page
    assert 'name="password"' in page


def test_no_button_when_no_provider_is_configured(client, settings):
    settings.IDENTITY_PROVIDER = "none"
    page = client.get("/login/").content.decode()
    assert "/login/oneid/" not in page
    assert client.post("/login/oneid/").status_code == 302


def test_the_first_sign_in_creates_the_citizen_keyed_on_the_pinfl(client, oneid):
    response = oneid_sign_in(client, oneid, "aziza")
    assert response.status_code == 302
    assert response["Location"] == "/my/"
    user = User.objects.get(pinfl=AZIZA)
    assert str(user.pk) == signed_in_user(client)
    assert user.kind == User.Kind.CITIZEN
    assert (user.first_name, user.last_name) == ("Aziza", "Karimova")
    assert user.identity_valid and user.identity_auth_method == "MOBILEMETHOD"
    assert user.identity_provider == "demo" and user.identity_checked_at is not None
    assert user.is_verified_person
    assert not user.has_usable_password()
    assert AZIZA not in user.username
    assert AuditEvent.objects.filter(action="account.created_by_identity", object_id=str(user.pk)).exists()
    # The OneID token was logged out at once and is kept nowhere.
    assert len(oneid.logged_out) == 1 and not oneid.tokens


def test_a_later_sign_in_finds_the_same_person(client, oneid):
    oneid_sign_in(client, oneid, "aziza")
    first = User.objects.get(pinfl=AZIZA).pk
    client.post("/logout/")
    assert signed_in_user(client) is None
    oneid_sign_in(client, oneid, "aziza")
    assert User.objects.filter(pinfl=AZIZA).count() == 1
    assert signed_in_user(client) == str(first)


def test_a_password_account_with_the_pinfl_is_linked_not_duplicated(client, oneid):
    existing = User.objects.create_user("aziza.k", password="long enough pass 1", pinfl=AZIZA)
    oneid_sign_in(client, oneid, "aziza")
    assert User.objects.filter(pinfl=AZIZA).count() == 1
    assert signed_in_user(client) == str(existing.pk)
    existing.refresh_from_db()
    assert existing.identity_valid and existing.has_usable_password()
    assert AuditEvent.objects.filter(action="account.signed_in_by_identity", object_id=str(existing.pk)).exists()


def test_an_unverified_identity_is_signed_in_but_not_a_verified_person(client, oneid):
    oneid_sign_in(client, oneid, "bobur")  # valid is a JSON false here, "true" for Aziza
    user = User.objects.get(pinfl=PEOPLE["bobur"]["pin"])
    assert signed_in_user(client) == str(user.pk)
    assert not user.identity_valid and user.identity_auth_method == "LOGINPASSMETHOD"
    with pytest.raises(PermissionDenied):
        require_verified_person(user)
    oneid_sign_in(client, oneid, "aziza")
    require_verified_person(User.objects.get(pinfl=AZIZA))


def test_the_director_brings_both_companies_in_either_spelling(client, oneid):
    oneid_sign_in(client, oneid, "dilshod")
    user = User.objects.get(pinfl=DILSHOD)
    assert [e["tin"] for e in user.legal_entities] == ["301234567", "302345678"]
    assert [e["name"] for e in user.legal_entities] == ['"QARSHI NON" MCHJ', '"NASAF QURILISH" MCHJ']
    assert user.legal_entities[0]["is_basic"] and not user.legal_entities[1]["is_basic"]
    assert user.asserted_legal_tin == ""
    client.post("/logout/")
    oneid_sign_in(client, oneid, "dilshod-company-key")
    user.refresh_from_db()
    assert user.asserted_legal_tin == "301234567" and user.identity_auth_method == "LEPKCSMETHOD"
    assert User.objects.filter(pinfl=DILSHOD).count() == 1


def test_next_is_kept_across_the_provider(client, oneid):
    response = oneid_sign_in(client, oneid, "aziza", next_url="/track/")
    assert response["Location"] == "/track/"


def test_an_outside_next_is_dropped(client, oneid):
    response = oneid_sign_in(client, oneid, "aziza", next_url="https://evil.example/")
    assert "evil" not in response["Location"]


@pytest.mark.parametrize(
    ("outcome", "status", "text"),
    [
        ("refuse", 400, "did not confirm who you are"),
        ("cancel", 400, "did not confirm who you are"),
        ("expired", 400, "took too long or was already used"),
        ("wrong_state", 400, "does not belong to the sign-in started in this browser"),
        ("down", 503, "is not answering just now"),
        ("malformed", 400, "an answer we could not read"),
    ],
)
def test_each_failure_has_a_clear_page_and_signs_nobody_in(client, oneid, outcome, status, text):
    response = oneid_sign_in(client, oneid, "aziza", outcome=outcome)
    assert response.status_code == status
    page = response.content.decode()
    assert text in page
    assert "<h1" in page and "You are not signed in" in page
    assert signed_in_user(client) is None
    assert not User.objects.filter(pinfl=AZIZA).exists()
    assert not oneid.tokens  # any token issued was logged out


def test_the_failure_page_speaks_the_readers_language(oneid):
    from django.test import Client

    russian = Client(HTTP_ACCEPT_LANGUAGE="ru")
    response = oneid_sign_in(russian, oneid, "aziza", outcome="refuse")
    page = response.content.decode()
    assert 'lang="ru"' in page
    assert "did not confirm" not in page
    assert "Вы не вошли" in page


def test_an_unreachable_provider_is_a_clear_page(client, oneid, settings):
    client.post("/login/oneid/")
    state = client.session["accounts_identity_state"]["state"]
    oneid.stop()
    response = client.get("/login/oneid/return/", {"code": "c0ffee", "state": state})
    assert response.status_code == 503
    assert "is not answering just now" in response.content.decode()
    assert signed_in_user(client) is None
    oneid.start = lambda: None  # already stopped: the fixture's stop must not fail
    oneid.stop = lambda: None


def test_a_return_without_a_start_in_this_browser_is_ignored(client, oneid):
    from django.test import Client

    other = Client(HTTP_ACCEPT_LANGUAGE="en")
    journey = Journey()
    client.post("/login/oneid/")  # started here ...
    response = oneid_sign_in(other, oneid, "aziza", journey=journey)  # ... and in the other browser
    back = journey.urls[2].removeprefix("http://testserver")
    replayed = client.get(back)  # the other browser's answer, brought to this one
    assert replayed.status_code == 400 and signed_in_user(client) is None
    assert response.status_code == 302
    # The same answer twice: the state is used once.
    assert other.get(back).status_code == 400


def test_the_code_is_single_use_at_the_provider(client, oneid, settings):
    journey = Journey()
    oneid_sign_in(client, oneid, "aziza", journey=journey)
    client.post("/logout/")
    # Start again (fresh state), but bring the old, used code back.
    client.post("/login/oneid/")
    state = client.session["accounts_identity_state"]["state"]
    old_code = journey.urls[2].split("code=")[1].split("&")[0]
    response = client.get("/login/oneid/return/", {"code": old_code, "state": state})
    assert response.status_code == 400
    assert "took too long or was already used" in response.content.decode()


def test_a_wrong_client_secret_is_refused_and_signs_nobody_in(client, oneid, settings):
    settings.ONEID_CLIENT_SECRET = "not-the-secret"
    response = oneid_sign_in(client, oneid, "aziza")
    assert response.status_code == 400
    assert signed_in_user(client) is None


def test_the_emulator_wants_the_exact_redirect_uri(oneid, client, settings):
    settings.IDENTITY_REDIRECT_URI = "http://testserver/login/oneid/return"  # no final slash
    start = client.post("/login/oneid/")
    status, _headers, body = raw("GET", start["Location"])
    assert status == 400 and "REDIRECT_URI_MISMATCH" in body


def test_an_official_signing_in_with_oneid_still_gives_the_second_factor(client, oneid, world):
    official = world.registrar_a
    official.pinfl = AZIZA
    official.save()
    assert Membership.objects.filter(user=official, role=Role.REGISTRAR).exists()
    totp_device(official)
    response = oneid_sign_in(client, oneid, "aziza")
    assert response["Location"] == "/login/code/"
    assert signed_in_user(client) is None  # pending until the code
    assert User.objects.filter(pinfl=AZIZA).count() == 1


def test_an_inactive_account_is_not_signed_in(client, oneid):
    User.objects.create_user("gone", pinfl=AZIZA, is_active=False)
    response = oneid_sign_in(client, oneid, "aziza")
    assert response.status_code == 400 and signed_in_user(client) is None


def test_no_pinfl_token_code_or_secret_in_any_url_or_log_line(client, oneid, caplog):
    caplog.set_level(logging.DEBUG)
    journey = Journey()
    oneid_sign_in(client, oneid, "dilshod", journey=journey)
    oneid_sign_in(client, oneid, "aziza", outcome="malformed", journey=journey)
    token = oneid.logged_out[0]
    code = journey.urls[2].split("code=")[1].split("&")[0]
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert "identity token: HTTP 200" in logged and "identity identify" in logged  # the round trips are logged
    for secret in (DILSHOD, AZIZA, token, "test-secret"):
        assert secret not in logged
        assert not any(secret in url for url in journey.urls)
    assert code not in logged
    assert "full_name" not in logged and "YUSUPOV" not in logged


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_the_failure_page_keeps_the_site_invariants_in_every_locale(oneid, locale):
    from django.conf import settings
    from django.test import Client

    browser = Client()
    browser.cookies[settings.LANGUAGE_COOKIE_NAME] = locale
    response = oneid_sign_in(browser, oneid, "aziza", outcome="wrong_state")
    assert response.status_code == 400
    assert page_problems(response.content.decode(), lang=LOCALES[locale], headers=response) == []


def test_the_sign_in_page_lets_its_form_go_to_the_provider_and_only_there(client, oneid, settings):
    """Browsers apply the policy's form-action to the redirect after the POST."""
    policy = client.get("/login/")["Content-Security-Policy"]
    form_action = next(d for d in policy.split(";") if d.strip().startswith("form-action")).split()[1:]
    origin = oneid.url.split("/sso/")[0]
    assert sorted(form_action) == sorted(["'self'", origin])
    settings.IDENTITY_PROVIDER = "none"
    policy = client.get("/login/")["Content-Security-Policy"]
    assert origin not in policy


@pytest.mark.parametrize("locale", sorted(LOCALES))
def test_the_sign_in_page_with_the_button_keeps_the_site_invariants(oneid, locale):
    from django.conf import settings
    from django.test import Client

    browser = Client()
    browser.cookies[settings.LANGUAGE_COOKIE_NAME] = locale
    response = browser.get("/login/")
    assert response.status_code == 200 and 'action="/login/oneid/"' in response.content.decode()
    assert page_problems(response.content.decode(), lang=LOCALES[locale], headers=response) == []
