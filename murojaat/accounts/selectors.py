"""Who is an official, and which bodies they see: read from their memberships.

Every page, endpoint and check that asks "is this an official?" or "whose
appeals may this official see?" asks here, so the rule lives in one place:
a registrar, executor or head sees their own body; a supervisor also every
body below it in the supervision tree.
"""

from murojaat.accounts.models import OFFICIAL_ROLES, User

__all__ = ["ACTING_AS_KEY", "OFFICIAL_ROLES", "acting_choices", "acting_entity", "is_official", "visible_organisation_ids"]

# The session key holding the TIN of the company a person acts for (none: themselves).
ACTING_AS_KEY = "acting_as_tin"


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


def acting_choices(user: User) -> list[dict]:
    """The legal entities this person represents (from their identity provider),
    each marked when the company's own e-signature key asserted it."""
    if not user or not user.is_authenticated:
        return []
    return [
        {"tin": e.get("tin", ""), "name": e.get("name", ""), "asserted": bool(e.get("tin"))
         and e.get("tin") == user.asserted_legal_tin}
        for e in user.legal_entities or []
        if e.get("tin")
    ]


def acting_entity(user: User, session) -> dict | None:
    """The company this person acts for in this browser session, or None when
    they act as themselves. A TIN no longer among their legal entities (a later
    sign-in dropped it) counts as none."""
    tin = session.get(ACTING_AS_KEY) if session is not None else None
    if not tin:
        return None
    return next((e for e in acting_choices(user) if e["tin"] == tin), None)
