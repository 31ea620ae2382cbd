"""Signing in and out on the web pages.

People sign in with a user name and password, or through the configured
identity provider (OneID; see `identity/`), which finds or creates the account
by PINFL. Either way, accounts
that see personal data then give a one-time code, or enrol an authenticator
app the first time; see `second_factor.py` for why the account is not signed
in until then. Officials' sessions end when the browser closes.
"""

import secrets
import time
from urllib.parse import urlsplit

import segno
from django.conf import settings
from django.contrib import auth, messages
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods

from murojaat.accounts import identity
from murojaat.accounts import second_factor as sf
from murojaat.accounts.actions import user_sign_in_with_identity
from murojaat.accounts.forms import CodeForm, SignInForm
from murojaat.accounts.selectors import is_official
from murojaat.core.ratelimit import rate_limit


def _safe_next(request, value: str | None) -> str:
    if value and url_has_allowed_host_and_scheme(
        value, {request.get_host()}, require_https=request.is_secure()
    ):
        return value
    return ""


def _landing(user) -> str:
    if is_official(user):
        return reverse("office:inbox")
    if user.is_staff:
        return reverse("admin:index")
    return reverse("cabinet:home")


def _complete_sign_in(request, user, next_url: str, device=None):
    """Sign in for real: new session key, the device recorded as verified."""
    if device is not None:
        # django-otp's user_logged_in handler stores the device in the session.
        user.otp_device = device
    sf.clear_pending(request)
    auth.login(request, user)
    if is_official(user) or user.is_staff:
        # Officials' sessions end with the browser (and after SESSION_COOKIE_AGE idle).
        request.session.set_expiry(0)
    return redirect(next_url or _landing(user))


def _code_step_user(request):
    """Who owes a code: a pending sign-in, or a signed-in account not yet verified."""
    if request.user.is_authenticated:
        return request.user, False
    return sf.pending_user(request), True


def _code_account(request):
    """Who the code step's limit counts: the pending or signed-in account."""
    return request.session.get(sf.PENDING_USER) or (request.user.pk if request.user.is_authenticated else None)


@sensitive_post_parameters("password")
@csrf_protect
@never_cache
@rate_limit("login", account=lambda request: request.POST.get("username", "").strip().lower()[:150])
def sign_in(request):
    next_url = _safe_next(request, request.POST.get("next") or request.GET.get("next"))
    if request.user.is_authenticated and request.method == "GET":
        if sf.needs_second_factor(request.user) and not sf.is_verified(request.user):
            return redirect(_with_next("accounts:verify", next_url))
        return redirect(next_url or _landing(request.user))
    if request.method == "POST":
        form = SignInForm(request.POST, request=request)
        if form.is_valid():
            return _signed_in(request, form.user, next_url)
    else:
        form = SignInForm(request=request)
    response = render(request, "accounts/sign_in.html", {"form": form, "next": next_url, **_provider_context()})
    provider = identity.provider()
    if provider is not None:
        # The "Sign in with …" form is redirected to the provider: browsers
        # apply form-action to the redirect too.
        parts = urlsplit(provider.authorization_url(state="", redirect_uri=""))
        origins = [f"{parts.scheme}://{parts.netloc}", *settings.IDENTITY_FORM_ACTION]
        response.content_security_policy_update = {"form-action": origins}
    return response


def _signed_in(request, user, next_url: str):
    """After the password or the identity provider: in at once, or the code
    step first for accounts that see personal data."""
    if not sf.needs_second_factor(user):
        return _complete_sign_in(request, user, next_url)
    if request.user.is_authenticated:
        auth.logout(request)
    sf.set_pending(request, user, next_url)
    step = "accounts:verify" if sf.has_confirmed_device(user) else "accounts:enrol"
    return redirect(step)


def _provider_context() -> dict:
    chosen = settings.IDENTITY_PROVIDER
    if chosen == "none":
        return {"identity_provider_name": ""}
    return {"identity_provider_name": settings.OIDC_PROVIDER_NAME if chosen == "oidc" else "OneID"}


# The sign-in through the identity provider. `state` is a fresh secret bound to
# this browser's session and used once; the provider's token never leaves
# `identity.provider().complete`, and no PINFL, code or token is logged.
IDENTITY_STATE = "accounts_identity_state"
IDENTITY_STATE_TTL_SECONDS = 15 * 60


def _redirect_uri(request) -> str:
    # Exactly the URI registered with the provider.
    return settings.IDENTITY_REDIRECT_URI or request.build_absolute_uri(reverse("accounts:identity_return"))


@require_http_methods(["POST"])
@csrf_protect
@never_cache
@rate_limit("login")
def identity_start(request):
    provider = identity.provider()
    if provider is None:
        return redirect("accounts:login")
    state = secrets.token_urlsafe(32)
    request.session[IDENTITY_STATE] = {
        "state": state,
        "since": int(time.time()),
        "next": _safe_next(request, request.POST.get("next")),
    }
    return redirect(provider.authorization_url(state=state, redirect_uri=_redirect_uri(request)))


def _identity_failed(request, reason: str):
    status = 503 if reason == identity.base.UNAVAILABLE else 400
    context = {"message": identity.REASONS[reason], **_provider_context()}
    return render(request, "accounts/identity_failed.html", context, status=status)


@require_http_methods(["GET"])
@never_cache
@rate_limit("login", methods=("GET",))
def identity_return(request):
    provider = identity.provider()
    started = request.session.pop(IDENTITY_STATE, None)  # used once, whatever happens
    if provider is None:
        return redirect("accounts:login")
    given = request.GET.get("state", "")
    if (
        not started
        or not given
        or not secrets.compare_digest(given.encode(), started["state"].encode())
    ):
        return _identity_failed(request, identity.base.STATE)
    if time.time() - started["since"] > IDENTITY_STATE_TTL_SECONDS:
        return _identity_failed(request, identity.base.EXPIRED)
    if request.GET.get("error"):
        return _identity_failed(request, identity.base.REFUSED)
    code = request.GET.get("code", "")
    if not code or len(code) > 200:
        return _identity_failed(request, identity.base.MALFORMED)
    try:
        claim = provider.complete(code=code, redirect_uri=_redirect_uri(request))
        user = user_sign_in_with_identity(claim)
    except identity.IdentityError as exc:
        return _identity_failed(request, exc.reason)
    user.backend = "django.contrib.auth.backends.ModelBackend"
    return _signed_in(request, user, started["next"])


def _with_next(name: str, next_url: str) -> str:
    url = reverse(name)
    if next_url:
        from urllib.parse import urlencode

        url += "?" + urlencode({"next": next_url})
    return url


@csrf_protect
@never_cache
@rate_limit("code", account=_code_account)
def verify(request):
    user, pending = _code_step_user(request)
    if user is None:
        messages.info(request, _("Sign in again: the time for the code has run out."))
        return redirect("accounts:login")
    if not sf.has_confirmed_device(user):
        return redirect("accounts:enrol")
    next_url = (sf.pending_next(request) if pending else "") or _safe_next(
        request, request.POST.get("next") or request.GET.get("next")
    )
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        device = sf.verify_code(user, form.cleaned_data["code"])
        if device is None:
            form.reject()
        elif pending:
            return _complete_sign_in(request, user, next_url, device)
        else:
            from django_otp import login as otp_login

            otp_login(request, device)
            return redirect(next_url or _landing(user))
    return render(request, "accounts/verify.html", {"form": form, "next": next_url, "pending": pending})


@csrf_protect
@never_cache
@rate_limit("code", account=_code_account)
def enrol(request):
    user, pending = _code_step_user(request)
    if user is None:
        messages.info(request, _("Sign in again: the time for the code has run out."))
        return redirect("accounts:login")
    if sf.has_confirmed_device(user):
        # An app is already set up: a new one only through an administrator,
        # so a stolen password cannot bind the attacker's phone.
        return redirect("accounts:verify")
    next_url = (sf.pending_next(request) if pending else "") or _safe_next(
        request, request.POST.get("next") or request.GET.get("next")
    )
    device = sf.enrolment_device(user)
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        if sf.confirm_enrolment(device, form.cleaned_data["code"]):
            messages.success(request, _("Your authenticator app is set up. Use it each time you sign in."))
            if pending:
                return _complete_sign_in(request, user, next_url, device)
            from django_otp import login as otp_login

            otp_login(request, device)
            return redirect(next_url or _landing(user))
        form.reject()
    qr = segno.make(device.config_url, error="m")
    context = {
        "form": form,
        "next": next_url,
        "qr_svg": qr.svg_inline(
            scale=4,
            omitsize=True,
            svgclass="qr-code__image",
            lineclass="qr-code__line",
            title=_("QR code for your authenticator app"),
        ),
        "secret": sf.secret_for_display(device),
        "account_label": user.get_username(),
    }
    return render(request, "accounts/enrol.html", context)


@require_http_methods(["GET", "POST"])
@csrf_protect
@never_cache
def sign_out(request):
    if request.method == "POST":
        sf.clear_pending(request)
        auth.logout(request)
        messages.success(request, _("You have signed out."))
        return redirect("accounts:login")
    return render(request, "accounts/sign_out.html", {})


@never_cache
def admin_sign_in(request):
    """The admin's own sign-in page would skip the second factor: send it here."""
    next_url = _safe_next(request, request.GET.get("next")) or reverse("admin:index")
    return redirect(_with_next("accounts:login", next_url))
