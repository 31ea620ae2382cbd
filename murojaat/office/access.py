"""Who may open the officials' pages.

`official_required` guards every view of the workspace:
- not signed in: to the sign-in page (or to the code step when the password
  was just given), coming back here afterwards;
- signed in without an official role: "You cannot open this page" (403);
- a role that sees personal data (or staff) without a verified second factor:
  to the code step first.
Pages that may show personal data are never cached by the browser or a proxy.
"""

from functools import wraps
from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.cache import add_never_cache_headers

from murojaat.accounts import second_factor
from murojaat.appeals.selectors import is_official


def _to(name: str, next_url: str):
    return redirect(f"{reverse(name)}?{urlencode({'next': next_url})}")


def official_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        user = request.user
        here = request.get_full_path()
        if not user.is_authenticated:
            if second_factor.pending_user(request) is not None:
                return _to("accounts:verify", here)
            return _to("accounts:login", here)
        if not is_official(user):
            raise PermissionDenied
        if second_factor.needs_second_factor(user) and not second_factor.is_verified(user):
            step = "accounts:verify" if second_factor.has_confirmed_device(user) else "accounts:enrol"
            return _to(step, here)
        response = view(request, *args, **kwargs)
        add_never_cache_headers(response)
        response["Cache-Control"] += ", private"
        return response

    return wrapper
