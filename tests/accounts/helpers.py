"""Signing personas in with their second factor, for page tests."""

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice


def code_for(device: TOTPDevice, steps_ahead: int = 0) -> str:
    """The code an authenticator app shows now (or `steps_ahead` periods later)."""
    value = totp(
        device.bin_key, step=device.step, t0=device.t0 - steps_ahead * device.step, digits=device.digits
    )
    return f"{value:0{device.digits}d}"


def totp_device(user, *, confirmed: bool = True) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="test", confirmed=confirmed)


def sign_in_verified(client, user) -> TOTPDevice:
    """Signed in as if the password and the code had been given on the pages."""
    client.force_login(user)
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or totp_device(user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device


def api_token(client, user, password: str) -> str:
    """A bearer token from POST /api/v1/auth/token, giving the second-factor
    code when the account needs one (a device is made on first need)."""
    from murojaat.accounts.second_factor import needs_second_factor

    payload = {"username": user.username, "password": password}
    if needs_second_factor(user):
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first() or totp_device(user)
        # Each code is accepted once; tests ask for several tokens a second.
        device.last_t = -1
        device.throttling_failure_count = 0
        device.save(update_fields=["last_t", "throttling_failure_count"])
        payload["code"] = code_for(device)
    response = client.post("/api/v1/auth/token", payload, content_type="application/json")
    assert response.status_code == 200, response.content
    return response.json()["token"]
