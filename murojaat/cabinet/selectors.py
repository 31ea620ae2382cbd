"""What the cabinet reads, for the signed-in person only.

"This person's appeals" is one definition, used by every part of the cabinet:
the appeals filed from their account, and those filed without one that carry
their PINFL (a letter typed in by a registrar, an appeal sent before they had
an account). The data tracker reads the audit trail for exactly those appeals,
so an official's opening of this person's data cannot be left out of it, and
nothing about another person's appeal can come into it.
"""

from django.db.models import Q, QuerySet
from django.utils import timezone

from murojaat.accounts.models import User
from murojaat.appeals import codes
from murojaat.appeals.models import Appeal, ApplicantType
from murojaat.appeals.presenters import public_view
from murojaat.audit.chain import audit_record
from murojaat.audit.selectors import events_about, events_by_actor
from murojaat.notifications.selectors import applicant_messages
from murojaat.organisations.models import Organisation
from murojaat.tracking.explain import appeal_row

# The audit events that mean "an official opened this person's personal data":
# on one of their appeals, or their account looked up by PINFL (a registrar
# recording an appeal for them, office/actions.py).
DATA_OPENED = ("personal_data.viewed",)
ACCOUNT_OPENED = ("person.looked_up",)


def appeals_of(user: User, acting: dict | None = None) -> QuerySet[Appeal]:
    """This person's appeals; while they act for a company (`acting`, one of
    their own legal entities, accounts.selectors.acting_entity), that
    company's: every appeal filed by a legal entity with its TIN, whichever
    of its representatives filed it."""
    if acting:
        mine = Q(applicant_type=ApplicantType.LEGAL_ENTITY, applicant__tin=acting["tin"])
    else:
        mine = Q(applicant_user=user)
        if user.pinfl:
            mine |= Q(applicant__pinfl=user.pinfl)
    return (
        Appeal.objects.filter(mine)
        .select_related("organisation")
        .order_by("-received_at", "-pk")
        .distinct()
    )


def appeal_rows(user: User, acting: dict | None = None) -> list[dict]:
    """The appeals section: open ones first, then the finished, with status and due date."""
    now = timezone.now()
    rows = [appeal_row(appeal, now) for appeal in appeals_of(user, acting)]
    rows.sort(key=lambda r: not r["is_open"])
    return rows


def data_accesses(user: User) -> list[dict]:
    """Every recorded opening of this person's data by an official: who (body,
    role), when, on which appeal (none for a look-up of the account itself)."""
    appeals = {str(a.pk): a for a in appeals_of(user)}
    events = list(events_about(object_type="appeal", object_ids=appeals, actions=DATA_OPENED))
    events += events_about(object_type="user", object_ids=[user.pk], actions=ACCOUNT_OPENED)
    events.sort(key=lambda e: (e.occurred_at, e.id), reverse=True)
    body_ids = {e.payload.get("organisation_id") for e in events} - {None}
    bodies = Organisation.objects.in_bulk(body_ids)
    rows = []
    for event in events:
        appeal = appeals.get(event.object_id) if event.object_type == "appeal" else None
        body = bodies.get(event.payload.get("organisation_id")) or (appeal.organisation if appeal else None)
        roles = event.payload.get("roles") or []
        rows.append(
            {
                "at": event.occurred_at,
                "body": body,
                "roles": [str(lifecycle_role_label(r)) for r in roles],
                "via_admin": event.payload.get("via") == "admin",
                "code": codes.display(appeal.tracking_code) if appeal else "",
                "official": event.actor.full_name() if event.actor else event.actor_label,
            }
        )
    return rows


def lifecycle_role_label(role: str):
    from murojaat.accounts.models import Role

    try:
        return Role(role).label
    except ValueError:
        return role


def data_export(user: User) -> dict:
    """All Murojaat holds about this person, as JSON values. Reading it is
    recorded in the audit trail (the download is itself personal data)."""
    appeals = list(appeals_of(user).select_related("applicant"))
    exported = []
    for appeal in appeals:
        view = public_view(appeal)
        applicant = getattr(appeal, "applicant", None)
        exported.append(
            {
                **{k: _json(v) for k, v in view.items() if k not in ("can_rate", "can_contest")},
                "applicant": _applicant(applicant),
                "attachments": [a.original_name for a in appeal.attachments.order_by("uploaded_at", "pk")],
                "notifications": [
                    {"channel": n.channel, "address": n.address, "event": n.event, "status": n.status,
                     "created_at": _json(n.created_at), "sent_at": _json(n.sent_at)}
                    for n in applicant_messages([appeal.pk])
                ],
            }
        )
    audit_record(action="personal_data.exported", actor=user, object_type="user", object_id=str(user.pk),
                  payload={"appeals": len(exported)})
    return {
        "generated_at": _json(timezone.now()),
        "account": {
            "username": user.username, "full_name": user.full_name(), "pinfl": user.pinfl or "",
            "tin": user.tin or "", "phone": user.phone, "email": user.email,
            "birth_date": _json(user.birth_date), "date_joined": _json(user.date_joined),
            "preferred_language": user.preferred_language,
            "notifications": {"sms": user.notify_sms, "email": user.notify_email,
                              "language": user.notify_language},
        },
        "appeals": exported,
        "data_accesses": [
            {"at": _json(r["at"]), "body": str(r["body"]), "roles": r["roles"], "appeal": r["code"],
             "official": r["official"]}
            for r in data_accesses(user)
        ],
        "downloads": [_json(e.occurred_at) for e in events_by_actor(user, actions=["personal_data.exported"])],
    }


def _applicant(applicant) -> dict:
    if applicant is None:
        return {}
    fields = ("full_name", "pinfl", "address", "phone", "email", "birth_date", "organisation_name", "tin",
              "signatory_name", "signatory_position", "representative_name", "representative_document")
    return {f: _json(getattr(applicant, f)) for f in fields}


def _json(value):
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)
