"""Reading appeals, always through one scoped helper per audience.

Every page and endpoint fetches appeals here, so the answer to "who can see
this?" lives in one file:
- an applicant sees their own appeal, proved by the access key or their account;
- an official sees the appeals of the bodies where they hold a role, and a
  supervisor also those of the bodies below;
- the applicant's personal data is opened separately, and each opening is
  written to the audit trail.
A missing appeal and a forbidden one look the same from outside (404), so
codes cannot be probed.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Count, Q, QuerySet
from django.utils import timezone

from murojaat.accounts.models import Role, User
from murojaat.accounts.selectors import visible_organisation_ids
from murojaat.appeals import codes, lifecycle
from murojaat.appeals.models import Appeal, Applicant
from murojaat.audit.chain import audit_record
from murojaat.core.errors import NotFound

# Roles whose holders need the applicant's personal data to do their work.
PERSONAL_DATA_ROLES = {Role.REGISTRAR, Role.EXECUTOR, Role.HEAD}


def appeals_for_official(user: User) -> QuerySet[Appeal]:
    return Appeal.objects.filter(organisation_id__in=visible_organisation_ids(user))


def appeal_for_official(user: User, tracking_code: str) -> Appeal:
    appeal = (
        appeals_for_official(user)
        .select_related("organisation", "category", "territory", "assignee", "mahalla")
        .filter(tracking_code=codes.normalise(tracking_code))
        .first()
    )
    if appeal is None:
        raise NotFound()
    return appeal


def applicant_for_official(user: User, appeal: Appeal, *, purpose: str = "view") -> Applicant:
    """Open the personal data of an appeal's applicant, recording who, when and why."""
    roles = lifecycle.roles_in(user, appeal.organisation_id)
    if not roles & PERSONAL_DATA_ROLES:
        # Supervisors oversee numbers and deadlines, not people's details.
        raise NotFound()
    applicant = Applicant.objects.get(appeal=appeal)
    audit_record(
        action="personal_data.viewed", actor=user, object_type="appeal", object_id=str(appeal.pk),
        # The body and the role the official opened it as: the applicant's
        # cabinet ("who looked at my data") shows them.
        payload={
            "purpose": purpose, "tracking_code": appeal.tracking_code,
            "organisation_id": appeal.organisation_id, "roles": sorted(roles & PERSONAL_DATA_ROLES),
        },
    )
    return applicant


def appeal_for_applicant(
    tracking_code: str,
    *,
    access_key: str = "",
    user: User | None = None,
    proved: Callable[[Appeal], bool] | None = None,
) -> Appeal:
    """The appeal for its applicant: the access key, the owner's account, or
    `proved`, a check that this caller showed the key before (tracking/proof.py).
    A wrong code and a wrong key both give NotFound, so neither can be probed."""
    appeal = (
        Appeal.objects.select_related("organisation", "category", "territory")
        .filter(tracking_code=codes.normalise(tracking_code))
        .first()
    )
    if appeal is None:
        raise NotFound()
    owner = user is not None and user.is_authenticated and appeal.applicant_user_id == user.pk
    if not owner and not appeal.check_access_key(codes.normalise(access_key)):
        if proved is None or not proved(appeal):
            raise NotFound()
    return appeal


def appeals_for_citizen(user: User) -> QuerySet[Appeal]:
    return Appeal.objects.filter(applicant_user=user).select_related("organisation", "category")


def due_filter(which: str, now: datetime | None = None) -> Q:
    """Open appeals due today, tomorrow, this week, or overdue (by local dates)."""
    now = timezone.localtime(now or timezone.now())
    start_today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    bounds = {
        "overdue": (None, now),
        "today": (now, start_today + timedelta(days=1)),
        "tomorrow": (start_today + timedelta(days=1), start_today + timedelta(days=2)),
        "week": (now, start_today + timedelta(days=7)),
    }
    low, high = bounds[which]
    open_q = Q(status__in=list(lifecycle.OPEN))
    # The effective deadline is the extension when there is one.
    due = Q(extended_until__isnull=True)
    ext = Q(extended_until__isnull=False)
    if low is not None:
        due &= Q(due_at__gte=low)
        ext &= Q(extended_until__gte=low)
    due &= Q(due_at__lt=high)
    ext &= Q(extended_until__lt=high)
    return open_q & (due | ext)


# ---------------------------------------------------------------------------
# The officials' inbox: the same filters and counts for the API and the page.


@dataclass(frozen=True)
class InboxQuery:
    """What an official asks the inbox for; an empty value does not filter."""

    statuses: tuple[str, ...] = ()
    due: str = ""  # "overdue", "today", "tomorrow" or "week" (see `due_filter`)
    category: str = ""  # a category's code, or a group's code for all its topics
    territory: str = ""  # a district's SOATO, or a region's for all its districts
    kind: str = ""
    organisation: str = ""  # one body's code, among the official's
    assigned_to_me: bool = False
    repeated: bool | None = None
    sort: str = "due_at"  # "due_at", "received_at", or either with "-" for the latest first


def inbox_appeals(user: User, query: InboxQuery) -> QuerySet[Appeal]:
    """The official's appeals that match `query`, in its order (ties by id)."""
    qs = appeals_for_official(user)
    if query.statuses:
        qs = qs.filter(status__in=list(query.statuses))
    if query.due:
        qs = qs.filter(due_filter(query.due))
    if query.category:
        qs = qs.filter(Q(category__code=query.category) | Q(category__parent__code=query.category))
    if query.territory:
        qs = qs.filter(Q(territory__soato=query.territory) | Q(territory__parent__soato=query.territory))
    if query.kind:
        qs = qs.filter(kind=query.kind)
    if query.organisation:
        qs = qs.filter(organisation__code=query.organisation)
    if query.assigned_to_me:
        qs = qs.filter(assignee=user)
    if query.repeated is not None:
        qs = qs.filter(is_repeated=query.repeated)
    return qs.select_related("organisation", "category", "territory", "assignee").order_by(query.sort, "pk")


def inbox_counts(user: User) -> dict[str, int]:
    """What needs action, in one query: open appeals, and those overdue, due today and due tomorrow."""
    return appeals_for_official(user).aggregate(
        open=Count("pk", filter=Q(status__in=list(lifecycle.OPEN))),
        overdue=Count("pk", filter=due_filter("overdue")),
        today=Count("pk", filter=due_filter("today")),
        tomorrow=Count("pk", filter=due_filter("tomorrow")),
    )
