"""The second factor for accounts that see personal data.

Who needs it: anyone holding a role whose work opens applicants' personal data
(registrar, executor, head: `selectors.PERSONAL_DATA_ROLES`), administrators,
and Django staff. They prove it with a time-based one-time code (TOTP, RFC
6238) from an authenticator app, through django-otp's TOTP devices.

Sign-in happens in two steps. After the password the account is only
*pending*: its id sits in the session, nothing is signed in, so neither the
pages, the admin nor the session-authenticated API treat the visitor as that
user. Only a correct code signs in (`auth.login` with the verified device).
An account that is already signed in without a verified device (a role granted
during the session, or a test's `force_login`) is sent to the same code step.
"""

import time

from django.contrib.auth import get_user_model
from django_otp import DEVICE_ID_SESSION_KEY
from django_otp import verify_token as otp_verify_token
from django_otp.plugins.otp_totp.models import TOTPDevice

from murojaat.accounts.models import Membership, Role

PENDING_USER = "accounts_pending_user"
PENDING_BACKEND = "accounts_pending_backend"
PENDING_SINCE = "accounts_pending_since"
PENDING_NEXT = "accounts_pending_next"
# The code step must follow the password within this time.
PENDING_TTL_SECONDS = 10 * 60

SECOND_FACTOR_ROLES = {Role.REGISTRAR, Role.EXECUTOR, Role.HEAD, Role.ADMINISTRATOR}


def needs_second_factor(user) -> bool:
    if user is None or getattr(user, "pk", None) is None:
        return False
    if user.is_staff or user.is_superuser:
        return True
    return Membership.objects.filter(user=user, is_active=True, role__in=SECOND_FACTOR_ROLES).exists()


def is_verified(user) -> bool:
    check = getattr(user, "is_verified", None)
    return bool(check and check())


def confirmed_devices(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).order_by("pk")


def has_confirmed_device(user) -> bool:
    return confirmed_devices(user).exists()


def verify_code(user, code: str):
    """The confirmed device that accepts `code`, or None. Each device counts
    failures and makes the next try wait longer (django-otp's throttling)."""
    code = (code or "").strip().replace(" ", "")
    if not code.isdigit():
        return None
    for device in confirmed_devices(user):
        verified = otp_verify_token(user, device.persistent_id, code)
        if verified is not None:
            return verified
    return None


def enrolment_device(user) -> TOTPDevice:
    """The unconfirmed device this account is enrolling, made on first need and
    kept until confirmed so a reload shows the same secret."""
    device = TOTPDevice.objects.filter(user=user, confirmed=False).order_by("-pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="authenticator", confirmed=False)
    return device


def confirm_enrolment(device: TOTPDevice, code: str) -> bool:
    code = (code or "").strip().replace(" ", "")
    if not code.isdigit():
        return False
    if not device.verify_token(code):
        return False
    device.confirmed = True
    device.save(update_fields=["confirmed"])
    # Other half-made devices of the account are of no use now.
    TOTPDevice.objects.filter(user=device.user, confirmed=False).delete()
    return True


def secret_for_display(device: TOTPDevice) -> str:
    """The base32 secret in groups of four, as authenticator apps ask for it."""
    from base64 import b32encode

    secret = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


# --- the pending step, between the password and the code -------------------


def set_pending(request, user, next_url: str) -> None:
    request.session.cycle_key()
    request.session[PENDING_USER] = user.pk
    request.session[PENDING_BACKEND] = user.backend
    request.session[PENDING_SINCE] = int(time.time())
    request.session[PENDING_NEXT] = next_url


def pending_user(request):
    """The account that gave its password and owes a code, if still in time."""
    pk = request.session.get(PENDING_USER)
    since = request.session.get(PENDING_SINCE, 0)
    if pk is None:
        return None
    if time.time() - since > PENDING_TTL_SECONDS:
        clear_pending(request)
        return None
    user = get_user_model().objects.filter(pk=pk, is_active=True).first()
    if user is not None:
        user.backend = request.session.get(PENDING_BACKEND)
    return user


def pending_next(request) -> str:
    return request.session.get(PENDING_NEXT, "")


def clear_pending(request) -> None:
    for key in (PENDING_USER, PENDING_BACKEND, PENDING_SINCE, PENDING_NEXT):
        request.session.pop(key, None)


__all__ = ["DEVICE_ID_SESSION_KEY", "needs_second_factor", "is_verified", "verify_code"]
