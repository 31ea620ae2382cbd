"""Filing, signing in and looking appeals up are limited per address and per account.

Limits are off in tests unless a test turns them on (the `limits` fixture),
with small numbers so a few requests reach them.
"""

import subprocess
import sys

import pytest
from django.test import Client

from murojaat.core import ratelimit
from murojaat.core.models import RateCounter
from murojaat.core.rates import DEFAULTS, Rate, parse_rate, rates_from
from tests.appeals.test_api import BODY
from tests.conftest import PASSWORD

OFFICE = "203.0.113.7"
HOME = "198.51.100.20"


@pytest.fixture
def limits(settings):
    def turn_on(overrides: str = ""):
        settings.RATE_LIMITS_ENABLED = True
        settings.AXES_ENABLED = True
        settings.RATE_LIMITS = rates_from(overrides)

    return turn_on


@pytest.fixture
def api():
    return Client()


def file(api, address=HOME, **extra):
    return api.post("/api/v1/appeals", BODY, content_type="application/json", REMOTE_ADDR=address, **extra)


def assert_refused(response):
    assert response.status_code == 429, response.content
    assert int(response["Retry-After"]) > 0
    body = response.json()
    assert body["code"] == "rate_limited" and body["fields"] == {}
    assert body["message"] and any(ch.isdigit() for ch in body["message"])  # how many minutes to wait


# --- filing ------------------------------------------------------------------------------------


def test_it_refuses_a_fourth_appeal_from_one_address_within_the_hour(world, api, limits):
    limits("submit.address=3/1h")
    for _ in range(3):
        assert file(api).status_code == 201
    assert_refused(file(api))
    # Another address is counted apart.
    assert file(api, address=OFFICE).status_code == 201


def test_it_says_when_to_try_again_and_creates_nothing(world, api, limits):
    from murojaat.appeals.models import Appeal

    limits("submit.address=1/1h")
    assert file(api).status_code == 201
    refused = file(api)
    assert_refused(refused)
    assert int(refused["Retry-After"]) <= 3600
    assert Appeal.objects.count() == 1


def test_it_limits_a_signed_in_citizen_whatever_address_she_uses(world, api, limits):
    limits("submit.address=100/1h,submit.account=2/1h")
    api.force_login(world.citizen)
    assert file(api, address="192.0.2.1").status_code == 201
    assert file(api, address="192.0.2.2").status_code == 201
    assert_refused(file(api, address="192.0.2.3"))


def test_it_answers_in_the_language_asked_for(world, api, limits):
    limits("submit.address=1/1h")
    file(api)
    messages = {}
    for language in ("en", "ru", "uz"):
        refused = file(api, HTTP_ACCEPT_LANGUAGE=language)
        assert refused.status_code == 429
        messages[language] = refused.json()["message"]
    assert messages["en"].startswith("Too many attempts. Wait ")
    assert len(set(messages.values())) == 3


def test_the_limits_are_off_unless_turned_on(world, api):
    for _ in range(12):
        assert file(api).status_code == 201


# --- looking an appeal up by tracking code and access key ---------------------------------------


def test_wrong_keys_on_one_tracking_code_stop_further_tries_even_with_the_right_key(world, api, limits):
    limits("lookup.account=3/1h")
    created = file(api).json()
    code, key = created["tracking_code"], created["access_key"]
    for _ in range(3):
        assert api.get(f"/api/v1/appeals/{code}", HTTP_X_ACCESS_KEY="AAAA-AAAA").status_code == 404
    assert_refused(api.get(f"/api/v1/appeals/{code}", HTTP_X_ACCESS_KEY=key))


def test_right_keys_never_count_against_the_tracking_code(world, api, limits):
    limits("lookup.account=2/1h")
    created = file(api).json()
    for _ in range(5):
        seen = api.get(f"/api/v1/appeals/{created['tracking_code']}", HTTP_X_ACCESS_KEY=created["access_key"])
        assert seen.status_code == 200


def test_it_limits_lookups_from_one_address(world, api, limits):
    limits("lookup.address=4/10m")
    created = file(api).json()
    for n in range(4):
        api.get(f"/api/v1/appeals/AAAA-AAAA-AAA{n}", HTTP_X_ACCESS_KEY="AAAA-AAAA", REMOTE_ADDR=OFFICE)
    assert_refused(
        api.get(
            f"/api/v1/appeals/{created['tracking_code']}",
            HTTP_X_ACCESS_KEY=created["access_key"],
            REMOTE_ADDR=OFFICE,
        )
    )


def test_rating_with_a_key_is_limited_like_a_lookup(world, api, limits):
    limits("lookup.account=1/1h")
    created = file(api).json()
    url = f"/api/v1/appeals/{created['tracking_code']}/rating"
    wrong = api.post(url, {"rating": 5}, content_type="application/json", HTTP_X_ACCESS_KEY="AAAA-AAAA")
    assert wrong.status_code == 404
    assert_refused(
        api.post(url, {"rating": 5}, content_type="application/json", HTTP_X_ACCESS_KEY="BBBB-BBBB")
    )


def test_officials_reading_an_appeal_with_their_token_are_not_counted(world, api, limits):
    from tests.appeals.test_api import auth, token

    limits("lookup.address=1/10m,login.address=100/10m")
    created = file(api).json()
    bearer = auth(token(api, world.supervisor))
    for _ in range(3):
        assert api.get(f"/api/v1/appeals/{created['tracking_code']}", **bearer).status_code == 200


# --- signing in for an API token ----------------------------------------------------------------


def sign_in(api, username, password, address=OFFICE):
    return api.post(
        "/api/v1/auth/token",
        {"username": username, "password": password},
        content_type="application/json",
        REMOTE_ADDR=address,
    )


def test_it_locks_an_account_out_after_five_wrong_passwords(world, api, limits, settings):
    limits()
    settings.AXES_FAILURE_LIMIT = 5
    for _ in range(5):
        assert sign_in(api, "supervisor", "wrong").status_code in (401, 429)
    locked = sign_in(api, "supervisor", PASSWORD)
    assert_refused(locked)
    assert int(locked["Retry-After"]) == int(settings.AXES_COOLOFF_TIME.total_seconds())
    # Only that account: a colleague at the same office is still asked for a password, not refused.
    assert sign_in(api, "registrar_a", "wrong").status_code == 401


def test_a_right_password_clears_earlier_failures(world, api, limits, settings):
    limits()
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(2):
        assert sign_in(api, "supervisor", "wrong").status_code == 401
    assert sign_in(api, "supervisor", PASSWORD).status_code == 200
    for _ in range(2):
        assert sign_in(api, "supervisor", "wrong").status_code == 401
    assert sign_in(api, "supervisor", PASSWORD).status_code == 200


def test_it_limits_sign_in_attempts_per_address_across_user_names(world, api, limits):
    limits("login.address=3/10m")
    for name in ("a", "b", "c"):
        assert sign_in(api, name, "guess").status_code == 401
    assert_refused(sign_in(api, "supervisor", PASSWORD))
    assert sign_in(api, "supervisor", PASSWORD, address=HOME).status_code == 200


def test_it_limits_sign_in_attempts_per_user_name_across_addresses(world, api, limits, settings):
    limits("login.account=2/10m")
    settings.AXES_FAILURE_LIMIT = 100
    assert sign_in(api, "Supervisor", "x", address="192.0.2.1").status_code == 401
    assert sign_in(api, "supervisor", "y", address="192.0.2.2").status_code == 401
    assert_refused(sign_in(api, "supervisor", PASSWORD, address="192.0.2.3"))


# --- who the client is -------------------------------------------------------------------------


def test_behind_a_proxy_each_client_is_counted_by_the_address_the_proxy_saw(world, api, limits, settings):
    limits("submit.address=1/1h")
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = {"address": "10.0.0.2"}
    assert file(api, HTTP_X_FORWARDED_FOR="192.0.2.10", **proxy).status_code == 201
    assert file(api, HTTP_X_FORWARDED_FOR="192.0.2.11", **proxy).status_code == 201
    # A client cannot escape by writing its own X-Forwarded-For: the proxy appends the real one.
    assert_refused(file(api, HTTP_X_FORWARDED_FOR="1.2.3.4, 192.0.2.10", **proxy))


def test_without_a_trusted_proxy_x_forwarded_for_is_ignored(world, api, limits, settings):
    limits("submit.address=1/1h")
    settings.TRUSTED_PROXY_COUNT = 0
    assert file(api, HTTP_X_FORWARDED_FOR="192.0.2.10").status_code == 201
    assert_refused(file(api, HTTP_X_FORWARDED_FOR="192.0.2.11"))


def test_an_ipv6_client_is_counted_by_its_whole_64_block(world, api, limits):
    limits("submit.address=1/1h")
    assert file(api, address="2001:db8:1:2::1").status_code == 201
    assert_refused(file(api, address="2001:db8:1:2:ffff::9"))
    assert file(api, address="2001:db8:1:3::1").status_code == 201


def test_the_counters_hold_no_address_or_user_name_in_clear(world, api, limits):
    limits()
    file(api, address=OFFICE)
    sign_in(api, "registrar_a", "wrong")
    keys = " ".join(RateCounter.objects.values_list("key", flat=True))
    assert keys and OFFICE not in keys and "registrar" not in keys


# --- the limiter itself -------------------------------------------------------------------------


@pytest.mark.django_db
def test_a_fixed_window_starts_afresh_and_says_how_long_is_left(settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "submit.address": Rate(2, 60)}
    ratelimit.hit("submit.address", "x", now=1_000_000_020)
    ratelimit.hit("submit.address", "x", now=1_000_000_030)
    with pytest.raises(ratelimit.RateLimited) as refused:
        ratelimit.hit("submit.address", "x", now=1_000_000_050)
    assert refused.value.retry_after == 30  # windows are whole minutes: [1_000_000_020, 1_000_000_080)
    assert ratelimit.hit("submit.address", "x", now=1_000_000_081) == 1


@pytest.mark.parametrize(
    "text, rate",
    [
        ("30/1h", Rate(30, 3600)),
        ("10/15m", Rate(10, 900)),
        ("5/d", Rate(5, 86400)),
        (" 2 / 30s ", Rate(2, 30)),
    ],
)
def test_it_reads_rates_as_people_write_them(text, rate):
    assert parse_rate(text) == rate


@pytest.mark.parametrize("text", ["", "30", "30/h/2", "0/1h", "ten/1h", "5/0m", "5/1w"])
def test_it_refuses_a_rate_it_cannot_read(text):
    with pytest.raises(ValueError):
        parse_rate(text)


def test_overrides_change_only_the_limits_named():
    rates = rates_from("submit.address=100/1h")
    assert rates["submit.address"] == Rate(100, 3600)
    assert rates["login.account"] == parse_rate(DEFAULTS["login.account"])
    with pytest.raises(ValueError, match="unknown limit"):
        rates_from("submit.adress=1/1h")


def test_a_bad_rate_limits_setting_stops_the_start_naming_the_variable():
    result = subprocess.run(
        [sys.executable, "-m", "murojaat.cli", "check"],
        env={"PATH": "/usr/bin:/bin", "RATE_LIMITS": "submit.address=lots", "MUROJAAT_ENV": "development"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 2
    assert "RATE_LIMITS" in result.stderr and "Traceback" not in result.stderr
