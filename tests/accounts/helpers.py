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
