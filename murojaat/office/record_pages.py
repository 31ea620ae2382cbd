"""What the page for recording an appeal on a citizen's behalf shows and
sends: the choices of its form, the submission it makes, the printed slip.
The rules are intake's (`intake.recorded_problems`, `check_recorder`); the write is
`actions.appeal_submit`."""

from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from murojaat.accounts.models import Role, User
from murojaat.appeals import codes, intake, presenters
from murojaat.appeals.models import ApplicantType, Channel, Form
from murojaat.categories.models import Category
from murojaat.core.qr import qr_svg
from murojaat.organisations.models import Organisation
from murojaat.territories.models import Territory

RECORDING_ROLES = {Role.REGISTRAR, Role.HEAD}
SLIP_KEY = "office_record_slip"


def recording_bodies(user: User) -> list[Organisation]:
    """The bodies whose appeals this official may record."""
    ids = [body for body, roles in user.roles_by_body.items() if roles & RECORDING_ROLES]
    return list(Organisation.objects.filter(pk__in=ids).order_by("code"))


def can_record(user: User) -> bool:
    return any(roles & RECORDING_ROLES for roles in user.roles_by_body.values())


def form_choices(bodies: list[Organisation]) -> dict:
    """The RecordForm's choices: bodies, channels, forms, topics (the specific
    ones, by group) and districts (by region)."""
    labels = dict(Channel.choices)
    groups: dict[int | None, list[Category]] = {}
    for cat in Category.objects.filter(is_active=True).order_by("position", "code"):
        groups.setdefault(cat.parent_id, []).append(cat)
    categories = [(top.name, [(c.code, c.name) for c in groups[top.pk]]) for top in groups.get(None, [])
                  if groups.get(top.pk)]
    regions: dict = {}
    for district in Territory.objects.filter(level=Territory.Level.DISTRICT).select_related("parent"):
        regions.setdefault(district.parent, []).append((district.soato, district.name))
    territories = [(region.name, items) for region, items in sorted(regions.items(), key=lambda r: r[0].soato)]
    return {
        "bodies": [(b.code, b.name) for b in bodies],
        "channels": [(c, labels[c]) for c in intake.STAFF_CHANNELS],
        "forms_": [(f, dict(Form.choices)[f]) for f in intake.STAFF_FORMS],
        "categories": categories,
        "territories": territories,
    }


def initial(bodies: list[Organisation]) -> dict:
    return {
        "addressed_to": bodies[0].code if bodies else "",
        "channel": Channel.POST,
        "form": Form.WRITTEN,
        "received_on": timezone.localdate(),
        "kind": "application",
    }


def with_person(data, person: User):
    """The form's data with the applicant's details from their account."""
    data = data.copy()
    data["full_name"] = person.full_name()
    for name in ("phone", "email"):
        if getattr(person, name):
            data[name] = getattr(person, name)
    return data


def _cosigners(text: str) -> list[intake.CoSignerIn]:
    found = []
    for line in text.splitlines():
        name, _sep, address = line.partition(";")
        if name.strip() or address.strip():
            found.append(intake.CoSignerIn(full_name=name.strip(), address=address.strip()))
    return found


def submission(cleaned: dict, *, language: str) -> intake.Submission:
    return intake.Submission(
        kind=cleaned["kind"], text=cleaned["text"], summary=cleaned["summary"],
        category=cleaned["category"], territory=cleaned["territory"], mahalla=cleaned["mahalla"].strip(),
        addressed_to=cleaned["addressed_to"], applicant_type=ApplicantType.INDIVIDUAL,
        full_name=cleaned["full_name"], address=cleaned["address"], phone=cleaned["phone"],
        email=cleaned["email"], pinfl="".join(cleaned["pinfl"].split()),
        cosigners=_cosigners(cleaned["cosigners"]),
        channel=cleaned["channel"], form=cleaned["form"], language=language,
    )


def account_of(pinfl: str) -> User | None:
    """The applicant's own account, when their PINFL has one: the appeal is
    then theirs in their cabinet too."""
    pinfl = "".join(pinfl.split())
    return User.objects.filter(pinfl=pinfl, is_active=True).first() if pinfl else None


def slip_kept(receipt, *, files: int) -> dict:
    """What the session keeps for the printed slip. The access key goes once."""
    appeal = receipt.appeal
    kept = presenters.receipt_kept(receipt, files=files)
    kept.update(received_at=appeal.received_at.isoformat(), phone=bool(appeal.applicant.phone))
    return kept


def slip_page(slip: dict, access_key: str, track_url: str) -> dict:
    code = codes.display(slip["code"])
    return {
        "code": code,
        "access_key": codes.display(access_key) if access_key else "",
        "track_url": track_url,
        "qr": qr_svg(track_url, _("QR code for following appeal %(code)s") % {"code": code}),
        "received_at": parse_datetime(slip["received_at"]),
        "due_at": parse_datetime(slip["due_at"]),
        "organisation": Organisation.objects.filter(pk=slip["organisation"]).first(),
        "sms": slip["phone"],
        "files": slip["files"],
    }
