"""Who is calling the API (accounts/api_auth.py)."""

import pytest
from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.utils.functional import SimpleLazyObject

from murojaat.accounts.api_auth import optional_user


def _never_worked_out():
    pytest.fail("the caller's user was worked out")


def test_a_caller_with_neither_token_nor_session_is_nobody_without_working_out_the_user(rf):
    # The point of the check: an anonymous filing does not wake the
    # middleware's lazy user (session, second-factor checks) to learn it is nobody.
    request = rf.post("/api/v1/appeals")
    request.user = SimpleLazyObject(_never_worked_out)
    assert optional_user(request) is None


@pytest.mark.django_db
def test_a_caller_with_a_session_cookie_is_its_user_when_signed_in(rf, world):
    request = rf.post("/api/v1/appeals")
    request.COOKIES[settings.SESSION_COOKIE_NAME] = "some-session"
    request.user = SimpleLazyObject(lambda: world.citizen)
    assert optional_user(request) == world.citizen
    request.user = SimpleLazyObject(AnonymousUser)
    assert optional_user(request) is None
