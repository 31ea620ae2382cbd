"""Signing in on the web pages: password for everyone, a one-time code for
accounts that see personal data, enrolment of an authenticator app."""

import base64
import re

from django.urls import reverse
from django_otp.plugins.otp_totp.models import TOTPDevice

from murojaat.accounts.models import Membership, Role, User
from tests.accounts.helpers import code_for, totp_device
from tests.conftest import PASSWORD


def post_password(client, username, password=PASSWORD, **extra):
    return client.post(reverse("accounts:login"), {"username": username, "password": password, **extra})


def test_it_shows_the_sign_in_page(client, world):
    response = client.get(reverse("accounts:login"))
    assert response.status_code == 200
    assert b'autocomplete="current-password"' in response.content
    assert response.content.count(b"<h1") == 1


def test_it_signs_a_citizen_in_with_the_password_alone(client, world):
    response = post_password(client, "citizen")
    assert response.status_code == 302
    assert response.url == reverse("cabinet:home")
    assert client.session["_auth_user_id"] == str(world.citizen.pk)


def test_it_signs_a_supervisor_in_without_a_code(client, world):
    response = post_password(client, "supervisor")
    assert response.url == reverse("office:inbox")
    assert client.get(reverse("office:inbox")).status_code == 200


def test_it_gives_one_message_for_a_wrong_password_or_unknown_user(client, world):
    wrong_password = post_password(client, "registrar_a", "not-the-password")
    unknown_user = post_password(client, "nobody-here", "not-the-password")
    for response in (wrong_password, unknown_user):
        assert response.status_code == 200
        assert "The user name or password is not right" in response.content.decode()
        assert response.content.decode().startswith("<!doctype html>")
        assert "<title>Error:" in response.content.decode()
    assert wrong_password.content.decode().count("not right") == unknown_user.content.decode().count(
        "not right"
    )
    assert "_auth_user_id" not in client.session


def test_it_keeps_the_user_name_typed_but_never_the_password(client, world):
    response = post_password(client, "registrar_a", "wrong-one")
    html = response.content.decode()
    assert 'value="registrar_a"' in html
    assert "wrong-one" not in html


def test_it_asks_a_registrar_for_the_code_before_signing_in(client, world):
    device = totp_device(world.registrar_a)
    response = post_password(client, "registrar_a")
    assert response.url == reverse("accounts:verify")
    # Nothing is signed in until the code is given.
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("office:inbox")).url.startswith(reverse("accounts:verify"))

    response = client.post(reverse("accounts:verify"), {"code": code_for(device)})
    assert response.url == reverse("office:inbox")
    assert client.session["_auth_user_id"] == str(world.registrar_a.pk)
    assert client.get(reverse("office:inbox")).status_code == 200


def test_it_returns_to_the_page_asked_for_after_the_code(client, world):
    device = totp_device(world.head_a)
    wanted = reverse("office:answer_templates")
    post_password(client, "head_a", next=wanted)
    response = client.post(reverse("accounts:verify"), {"code": code_for(device)})
    assert response.url == wanted


def test_it_refuses_a_wrong_code_with_a_clear_message(client, world):
    device = totp_device(world.executor_a)
    post_password(client, "executor_a")
    wrong = f"{(int(code_for(device)) + 1) % 1_000_000:06d}"
    for code in (wrong, "abc", "12"):
        response = client.post(reverse("accounts:verify"), {"code": code})
        html = response.content.decode()
        assert response.status_code == 200
        assert "The code is not right" in html
        assert 'href="#id_code"' in html  # the error summary links to the field
    assert "_auth_user_id" not in client.session
    device.refresh_from_db()
    assert device.throttling_failure_count >= 1


def test_it_does_not_accept_the_same_code_twice(client, world):
    device = totp_device(world.registrar_a)
    code = code_for(device)
    post_password(client, "registrar_a")
    client.post(reverse("accounts:verify"), {"code": code})
    client.post(reverse("accounts:logout"))
    post_password(client, "registrar_a")
    response = client.post(reverse("accounts:verify"), {"code": code})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session


def test_it_enrols_an_authenticator_app_the_first_time(client, world, settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0  # the wrong code below would make the right one wait
    response = post_password(client, "head_a")
    assert response.url == reverse("accounts:enrol")
    page = client.get(reverse("accounts:enrol"))
    html = page.content.decode()
    assert page.status_code == 200
    assert "<svg" in html and "style=" not in html
    device = TOTPDevice.objects.get(user=world.head_a, confirmed=False)
    secret = re.search(r'class="tracking-code[^"]*"[^>]*>([A-Z2-7 ]+)<', html).group(1).replace(" ", "")
    assert base64.b32decode(secret + "=" * (-len(secret) % 8)) == device.bin_key
    # The same secret on a reload, not a new device each time.
    client.get(reverse("accounts:enrol"))
    assert TOTPDevice.objects.filter(user=world.head_a).count() == 1

    wrong = client.post(
        reverse("accounts:enrol"), {"code": "000000" if code_for(device) != "000000" else "111111"}
    )
    assert "The code is not right" in wrong.content.decode()
    assert "_auth_user_id" not in client.session

    response = client.post(reverse("accounts:enrol"), {"code": code_for(device)})
    assert response.url == reverse("office:inbox")
    device.refresh_from_db()
    assert device.confirmed
    assert client.session["_auth_user_id"] == str(world.head_a.pk)


def test_it_does_not_let_a_password_alone_replace_an_enrolled_app(client, world):
    totp_device(world.registrar_a)
    post_password(client, "registrar_a")
    response = client.get(reverse("accounts:enrol"))
    assert response.url == reverse("accounts:verify")
    assert TOTPDevice.objects.filter(user=world.registrar_a).count() == 1


def test_it_asks_administrators_and_staff_for_the_code(client, world):
    User.objects.create_user(username="staff", password=PASSWORD, is_staff=True)
    admin = User.objects.create_user(username="body-admin", password=PASSWORD)
    Membership.objects.create(user=admin, organisation=world.body_a, role=Role.ADMINISTRATOR)
    for username in ("staff", "body-admin"):
        client.post(reverse("accounts:logout"))
        assert post_password(client, username).url == reverse("accounts:enrol")


def test_it_sends_the_admin_sign_in_to_the_same_page(client, world):
    response = client.get("/admin/login/?next=/admin/")
    assert response.status_code == 302
    assert response.url.startswith(reverse("accounts:login"))


def test_it_signs_out_on_post_only(client, world):
    client.force_login(world.citizen)
    page = client.get(reverse("accounts:logout"))
    assert page.status_code == 200
    assert "_auth_user_id" in client.session
    response = client.post(reverse("accounts:logout"))
    assert response.url == reverse("accounts:login")
    assert "_auth_user_id" not in client.session


def test_it_ignores_a_next_address_on_another_site(client, world):
    response = post_password(client, "citizen", next="https://evil.example/")
    assert response.url == reverse("cabinet:home")


def test_it_forgets_a_pending_sign_in_after_ten_minutes(client, world):
    device = totp_device(world.registrar_a)
    post_password(client, "registrar_a")
    session = client.session
    session["accounts_pending_since"] -= 11 * 60
    session.save()
    response = client.post(reverse("accounts:verify"), {"code": code_for(device)})
    assert response.url == reverse("accounts:login")
    assert "_auth_user_id" not in client.session


def test_it_makes_the_next_try_wait_after_a_wrong_code(client, world):
    device = totp_device(world.registrar_a)
    post_password(client, "registrar_a")
    client.post(reverse("accounts:verify"), {"code": f"{(int(code_for(device)) + 1) % 1_000_000:06d}"})
    # Even the right code is refused at once after a failure (django-otp's throttling).
    response = client.post(reverse("accounts:verify"), {"code": code_for(device)})
    assert "The code is not right" in response.content.decode()
    assert "_auth_user_id" not in client.session
