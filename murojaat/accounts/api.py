from datetime import datetime

from axes.utils import reset as axes_reset
from django.contrib.auth import authenticate
from django.utils.translation import gettext as _
from ninja import Router, Schema

from murojaat.accounts.models import ApiToken
from murojaat.accounts.second_factor import has_confirmed_device, needs_second_factor, verify_code
from murojaat.accounts.selectors import is_official
from murojaat.audit.chain import audit_record
from murojaat.core.api_schemas import ErrorOut
from murojaat.core.errors import Unauthorized
from murojaat.core.ratelimit import rate_limit

router = Router(tags=["auth"])


class TokenIn(Schema):
    username: str
    password: str
    # The six-digit code from the authenticator app: required, as on the
    # sign-in page, for accounts that see personal data.
    code: str = ""


class TokenOut(Schema):
    token: str
    expires_at: datetime


@router.post("/token", response={200: TokenOut, 400: ErrorOut, 401: ErrorOut, 422: ErrorOut, 429: ErrorOut}, summary="Officials: user name, password and (for roles that see personal data) the app's code → bearer token")
@rate_limit("login", account=lambda request, payload: payload.username.strip().lower()[:150])
def issue_token(request, payload: TokenIn):
    user = authenticate(request, username=payload.username, password=payload.password)
    if user is None or not is_official(user):
        audit_record(action="auth.token_refused", actor_label=payload.username[:150], object_type="user",
                     payload={"ip": request.META.get("REMOTE_ADDR", "")})
        raise Unauthorized(_("Wrong user name or password, or not an official."), code="invalid_credentials")
    if needs_second_factor(user) and (not has_confirmed_device(user) or verify_code(user, payload.code) is None):
        audit_record(action="auth.token_refused", actor=user, object_type="user", object_id=str(user.pk),
                     payload={"ip": request.META.get("REMOTE_ADDR", ""), "reason": "second_factor"})
        raise Unauthorized(
            _("This account needs the code from its authenticator app. Set the app up on the sign-in page "
              "first, then send the current code as \"code\"."),
            code="second_factor_required",
        )
    token, key = ApiToken.issue(user)
    axes_reset(username=user.get_username())  # a right password clears earlier failures, as a web sign-in does
    audit_record(action="auth.token_issued", actor=user, object_type="user", object_id=str(user.pk))
    return {"token": key, "expires_at": token.expires_at}
