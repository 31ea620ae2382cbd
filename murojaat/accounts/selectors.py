"""Who is an official, and which bodies they see: read from their memberships.

Every page, endpoint and check that asks "is this an official?" or "whose
appeals may this official see?" asks here, so the rule lives in one place:
a registrar, executor or head sees their own body; a supervisor also every
body below it in the supervision tree.
"""

from murojaat.accounts.models import Membership, Role, User
from murojaat.organisations.jurisdiction import bodies_visible_to

OFFICIAL_ROLES = {Role.REGISTRAR, Role.EXECUTOR, Role.HEAD, Role.SUPERVISOR}


def visible_organisation_ids(user: User) -> set[int]:
    # Kept on the loaded user (one request): a page asks for every appeal it lists.
    cached = getattr(user, "_murojaat_visible_orgs", None)
    if cached is not None:
        return cached
    ids: set[int] = set()
    for membership in Membership.objects.filter(user=user, is_active=True, role__in=OFFICIAL_ROLES).select_related(
        "organisation"
    ):
        if membership.role == Role.SUPERVISOR:
            ids |= set(bodies_visible_to(membership.organisation))
        else:
            ids.add(membership.organisation_id)
    user._murojaat_visible_orgs = ids
    return ids


def is_official(user: User | None) -> bool:
    return bool(user and user.is_authenticated and visible_organisation_ids(user))
