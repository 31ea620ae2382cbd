"""Who is calling: officials with a bearer token or a signed-in session."""

from django.conf import settings
from django.utils import timezone
from django.utils.functional import SimpleLazyObject, empty
from ninja.security import HttpBearer, SessionAuth

from murojaat.accounts.models import ApiToken


class OfficialToken(HttpBearer):
    def authenticate(self, request, token):
        row = (
            ApiToken.objects.select_related("user")
            .filter(key_hash=ApiToken.hash_key(token), expires_at__gt=timezone.now(), user__is_active=True)
            .first()
        )
        if row is None:
            return None
        request.user = row.user
        return row.user


class OfficialSession(SessionAuth):
    """The officials' web pages call the same API with their session (CSRF-checked)."""


official_auth = [OfficialToken(), OfficialSession()]


def optional_user(request):
    """The caller's account when there is one (token or session), else None."""
    header = request.headers.get("Authorization", "")
    if header.lower().startswith("bearer "):
        return OfficialToken().authenticate(request, header[7:].strip())
    user = getattr(request, "user", None)
    if (
        isinstance(user, SimpleLazyObject) and user._wrapped is empty
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    ):
        # The middleware's user, not yet worked out, and no session to work it
        # out from: nobody signed in. A citizen's app filing anonymously need
        # not wake it (session, then the second-factor middleware's checks),
        # a tenth of a millisecond per filing.
        return None
    return user if user is not None and user.is_authenticated else None
