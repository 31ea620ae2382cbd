"""Who is an official, and which bodies they see: read from their memberships.

Every page, endpoint and check that asks "is this an official?" or "whose
appeals may this official see?" asks here, so the rule lives in one place:
a registrar, executor or head sees their own body; a supervisor also every
body below it in the supervision tree.
"""

from murojaat.accounts.models import OFFICIAL_ROLES, User

__all__ = ["OFFICIAL_ROLES", "is_official", "visible_organisation_ids"]


def visible_organisation_ids(user: User) -> set[int]:
    return user.visible_organisation_ids if user.is_authenticated else set()


def is_official(user: User | None) -> bool:
    return bool(user and user.is_authenticated and visible_organisation_ids(user))


def sessions_of(user: User):
    """This person's browser sessions that are still alive, newest first."""
    from django.contrib.sessions.models import Session
    from django.utils import timezone

    from murojaat.accounts.models import UserSession

    alive = Session.objects.filter(expire_date__gt=timezone.now()).values("session_key")
    return UserSession.objects.filter(user=user, session_key__in=alive).order_by("-signed_in_at")
