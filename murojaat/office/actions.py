"""The officials' workspace's own writes."""

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from murojaat.accounts.identifiers import validate_pinfl
from murojaat.accounts.models import User
from murojaat.audit.chain import audit_record
from murojaat.core.errors import InvalidInput


def applicant_look_up(*, actor: User, pinfl: str, organisation_id: int | None = None) -> User | None:
    """The account with this PINFL, for a registrar recording an appeal on
    the person's behalf at `organisation_id` (one of the registrar's bodies).
    Opening someone's details is recorded with the body and the roles held
    there: the person's "who looked at my data" list reads it."""
    pinfl = "".join(pinfl.split())
    try:
        validate_pinfl(pinfl)
    except ValidationError as exc:
        raise InvalidInput(fields={"pinfl": exc.messages[0]}) from None
    person = User.objects.filter(pinfl=pinfl, is_active=True).first()
    if person is None:
        raise InvalidInput(fields={"pinfl": _("No account has this PINFL: type the applicant's details.")})
    with transaction.atomic():
        audit_record(
            action="person.looked_up", actor=actor, object_type="user", object_id=str(person.pk),
            payload={
                "purpose": "record_appeal",
                "organisation_id": organisation_id,
                "roles": sorted(actor.roles_by_body.get(organisation_id, ())),
            },
        )
    return person
