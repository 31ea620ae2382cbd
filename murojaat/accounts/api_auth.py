"""Who is calling the API: officials with a bearer token or a signed-in session."""

from django.conf import settings
from django.utils import timezone
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
    if settings.SESSION_COOKIE_NAME not in request.COOKIES:
        # Neither a token nor a session cookie: nobody is signed in. Asking
        # request.user would wake the middleware's lazy user (the session,
        # then the second-factor middleware's checks) only to learn that; a
        # citizen's app filing anonymously is spared a tenth of a
        # millisecond per filing.
        return None
    user = getattr(request, "user", None)
    return user if user is not None and user.is_authenticated else None
