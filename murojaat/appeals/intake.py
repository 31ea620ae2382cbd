"""Receiving an appeal: validate, route to a body, start the clock -- the
rules of intake, as plain functions. Nothing here writes: the one door that
files an appeal (and a complaint about an answer) is `actions.appeal_submit`
(`actions.appeal_contest`), which calls these.

The law forbids refusing to register an appeal, so intake accepts anything
that carries the essence of an appeal and the facts the law needs to answer
it. Whatever a body may later decide (leave an anonymous letter without
consideration, merge a duplicate) is decided by people through the lifecycle;
intake only flags it.

This is the hottest path in the system: it runs a small, fixed number of
queries (see tests/appeals/test_intake.py, which pins them).
"""

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.core.exceptions import ValidationError
from django.db.models import Model, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from murojaat.accounts.identifiers import parse_pinfl, validate_legal_entity_tin
from murojaat.accounts.models import User
from murojaat.appeals import _writer, codes, lifecycle, references
from murojaat.appeals.models import (
    Appeal,
    AppealEvent,
    Applicant,
    ApplicantType,
    Channel,
    CoSigner,
    Form,
    IdentityVerification,
    Kind,
    Status,
)
from murojaat.audit.chain import audit_event
from murojaat.core.errors import InvalidInput
from murojaat.language.keys import fingerprint
from murojaat.notifications.services import receipt_outbox_rows
from murojaat.organisations.models import Organisation

TEXT_MIN, TEXT_MAX = 10, 20_000
# Letters and calls can reach a body with no name on them; the body then
# decides (leave without consideration). Electronic channels always ask.
ANONYMOUS_ALLOWED = {Channel.POST, Channel.TRUST_LINE}
# The law's other channels: an appeal that reached a body this way is typed
# in by its registrar (or head) for the applicant (office/record).
STAFF_CHANNELS = (
    Channel.IN_PERSON, Channel.POST, Channel.TRUST_LINE, Channel.PSC_OPERATOR, Channel.MAHALLA_VISIT,
    Channel.CONSULATE, Channel.PEOPLES_RECEPTION,
)
STAFF_FORMS = (Form.WRITTEN, Form.ORAL)
# How far back a recorded appeal's date received may go. The date starts the
# clock, so a later date than the real one would lengthen the term: never in
# the future. Back-dating only shortens the body's own term, so the bound is
# there to catch a mistyped year, generous enough for a letter or a mahalla
# worker's batch that reaches the registrar late: one month, the ordinary
# longest term of consideration.
RECORDED_DAYS_BACK = 30
LANGUAGES = {"uz", "uz-cyrl", "kaa", "ru", "en"}
# The allowed values, as sets: an enum's `.values` builds its list (labels
# included) on every read, and `validate` checks five of them per appeal.
_KINDS, _CHANNELS, _FORMS = frozenset(Kind.values), frozenset(Channel.values), frozenset(Form.values)
_VERIFICATIONS, _APPLICANT_TYPES = frozenset(IdentityVerification.values), frozenset(ApplicantType.values)


@dataclass
class CoSignerIn:
    full_name: str
    address: str = ""


@dataclass
class Submission:
    """What an applicant (or an operator on their behalf) submits."""

    kind: str
    text: str
    summary: str = ""
    category: str = ""  # category code
    territory: str = ""  # SOATO of the district or city
    mahalla: str = ""  # mahalla code
    latitude: float | None = None
    longitude: float | None = None
    addressed_to: str = ""  # organisation code, when the applicant chose the body
    applicant_type: str = ApplicantType.INDIVIDUAL
    full_name: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    pinfl: str = ""
    birth_date: date | None = None
    sex: str = ""
    organisation_name: str = ""
    tin: str = ""
    signatory_name: str = ""
    signatory_position: str = ""
    representative_name: str = ""
    representative_document: str = ""
    cosigners: list[CoSignerIn] = field(default_factory=list)
    identity_verification: str = IdentityVerification.NONE
    channel: str = Channel.WEB
    form: str = Form.ELECTRONIC
    language: str = "uz"


@dataclass
class Receipt:
    appeal: Appeal
    access_key: str
    duplicate_of: Appeal | None = None


def age_band(birth_date: date | None, on: date) -> str:
    """The bands my.gov.uz reports: under 18, 18-24, 25-34, 35-44, 45-54, 55+."""
    if birth_date is None:
        return ""
    age = on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))
    for upper, band in ((18, "<18"), (25, "18-24"), (35, "25-34"), (45, "35-44"), (55, "45-54")):
        if age < upper:
            return band
    return "55+"


def _clean(value: str | None, limit: int) -> str:
    return " ".join((value or "").split())[:limit]


def validate(sub: Submission) -> dict:
    """Check a submission; return the resolved references. Raises InvalidInput
    listing every problem at once, so a form can show them all."""
    errors: dict[str, str] = {}
    sub.text = (sub.text or "").strip()
    sub.summary = _clean(sub.summary, 255)
    for name in ("full_name", "address", "organisation_name", "signatory_name", "signatory_position",
                 "representative_name", "representative_document", "phone", "email", "pinfl", "tin"):
        setattr(sub, name, _clean(getattr(sub, name), 500))

    if sub.kind not in _KINDS:
        errors["kind"] = _("Choose application, suggestion or complaint.")
    if len(sub.text) < TEXT_MIN:
        errors["text"] = _("Describe the matter in at least %(n)s characters.") % {"n": TEXT_MIN}
    elif len(sub.text) > TEXT_MAX:
        errors["text"] = _("The text is too long: at most %(n)s characters.") % {"n": TEXT_MAX}
    if sub.channel not in _CHANNELS:
        errors["channel"] = _("Unknown channel.")
    if sub.form not in _FORMS:
        errors["form"] = _("Unknown form.")
    if sub.language not in LANGUAGES:
        sub.language = "uz"
    if sub.identity_verification not in _VERIFICATIONS:
        errors["identity_verification"] = _("Unknown way of verifying identity.")
    if sub.applicant_type not in _APPLICANT_TYPES:
        errors["applicant_type"] = _("Choose individual or legal entity.")

    if sub.applicant_type == ApplicantType.LEGAL_ENTITY:
        # The law: full name of the legal entity, postal address, signed by its
        # head or an authorised person.
        for name, message in (
            ("organisation_name", _("Enter the full name of the legal entity.")),
            ("address", _("Enter the postal address of the legal entity.")),
            ("signatory_name", _("Enter the name of the head or authorised person who signs.")),
        ):
            if not getattr(sub, name):
                errors[name] = message
        if sub.tin:
            try:
                validate_legal_entity_tin(sub.tin)
            except ValidationError as exc:
                errors["tin"] = exc.messages[0]
    elif sub.channel not in ANONYMOUS_ALLOWED:
        # The law: an individual gives full name and residence.
        if not sub.full_name:
            errors["full_name"] = _("Enter your full name.")
        if not sub.address:
            errors["address"] = _("Enter the address where you live.")

    if sub.pinfl:
        try:
            facts = parse_pinfl(sub.pinfl)
            sub.birth_date = sub.birth_date or facts.birth_date
            sub.sex = sub.sex or facts.sex
        except ValidationError as exc:
            errors["pinfl"] = exc.messages[0]
    if sub.sex and sub.sex not in ("male", "female"):
        errors["sex"] = _("Unknown value.")
    if sub.email and ("@" not in sub.email or len(sub.email) > 254):
        errors["email"] = _("Enter an e-mail address like name@example.uz.")
    if sub.phone:
        digits = "".join(ch for ch in sub.phone if ch.isdigit())
        if not 9 <= len(digits) <= 15:
            errors["phone"] = _("Enter a phone number like +998 90 123 45 67.")
        else:
            sub.phone = "+" + (digits if len(digits) > 9 else "998" + digits)
    if sub.representative_name and not sub.representative_document:
        # Accepted (the law forbids refusing), but the body will see it lacks proof.
        pass
    if sub.latitude is not None and not -90 <= sub.latitude <= 90:
        errors["latitude"] = _("The value is out of range.")
    if sub.longitude is not None and not -180 <= sub.longitude <= 180:
        errors["longitude"] = _("The value is out of range.")
    for i, cosigner in enumerate(sub.cosigners):
        if not _clean(cosigner.full_name, 255):
            errors[f"cosigners.{i}.full_name"] = _("Enter the co-signer's full name.")

    refs: dict = {"category": None, "territory": None, "mahalla": None, "addressed_to": None}
    if sub.category:
        refs["category"] = references.active_category(sub.category)
        if refs["category"] is None:
            errors["category"] = _("Unknown category.")
        elif refs["category"].parent_id is None:
            errors["category"] = _("Choose a specific topic within the group.")
    if sub.mahalla:
        refs["mahalla"] = references.mahalla_by_code(sub.mahalla)
        if refs["mahalla"] is None:
            errors["mahalla"] = _("Unknown mahalla.")
        else:
            refs["territory"] = refs["mahalla"].territory
    if sub.territory and refs["territory"] is None:
        refs["territory"] = references.territory_by_soato(sub.territory)
        if refs["territory"] is None:
            errors["territory"] = _("Unknown district or city.")
    elif sub.territory and refs["territory"].soato != sub.territory:
        errors["mahalla"] = _("This mahalla is not in the chosen district.")
    if sub.addressed_to:
        refs["addressed_to"] = references.active_body(sub.addressed_to)
        if refs["addressed_to"] is None:
            errors["addressed_to"] = _("Unknown body.")

    if errors:
        raise InvalidInput(fields=errors)
    return refs


def route(*, category, territory, mahalla, addressed_to) -> Organisation:
    """The body that receives the appeal first: the one the applicant chose,
    else the competent body for the topic and place, else the hokimiyat of
    the place, else the national People's Reception (which forwards it).
    See `references.first_receiving_body`."""
    if addressed_to is not None:
        return addressed_to
    body = references.first_receiving_body(category=category, territory=territory, mahalla=mahalla)
    if body is None:
        raise InvalidInput(
            _("Choose the district and the topic, or the body to write to."),
            fields={"territory": _("Choose the district or city.")},
        )
    return body


def new_appeal(
    sub: Submission, refs: dict, *, body: Organisation, user: User | None, access_key: str, at: datetime,
    id: int | None = None,
) -> Appeal:
    """The unsaved appeal `sub` makes, received by `body` at `at`: its clock
    started, flagged repeated when it is. `refs` are `validate`'s."""
    appeal = _writer.new(
        Appeal,
        id=id,
        tracking_code=codes.new_tracking_code(),
        access_key_hash=Appeal.hash_access_key(access_key),
        kind=sub.kind, form=sub.form, channel=sub.channel, status=Status.RECEIVED, language=sub.language,
        summary=sub.summary, text=sub.text, text_fingerprint=fingerprint(sub.text),
        category=refs["category"], territory=refs["territory"], mahalla=refs["mahalla"],
        latitude=sub.latitude, longitude=sub.longitude,
        addressed_to=body, organisation=body,
        applicant_user=user if user is not None and user.pk else None,
        applicant_type=sub.applicant_type, is_collective=bool(sub.cosigners),
        applicant_sex=sub.sex if sub.applicant_type == ApplicantType.INDIVIDUAL else "",
        applicant_age_band=age_band(sub.birth_date, timezone.localdate(at))
        if sub.applicant_type == ApplicantType.INDIVIDUAL else "",
        received_at=at, created_at=at, updated_at=at,
    )
    lifecycle.start_consideration_clock(appeal, at)
    _link_repeated(appeal, sub, user)
    return appeal


def received_moment(day: date, now: datetime) -> datetime:
    """When an appeal received on `day` (local) counts as received: now for
    today, midday of that day for another (a later one `recorded_problems` refuses)."""
    if day == timezone.localdate(now):
        return now
    return timezone.make_aware(datetime.combine(day, time(12, 0)))


def recorded_problems(sub: Submission, *, consent: bool, at: datetime, now: datetime) -> dict[str, str]:
    """What is wrong with an appeal typed in by staff for its applicant, beyond
    `validate`'s: only the law's other channels, with the applicant's consent,
    received today or within RECORDED_DAYS_BACK days."""
    errors: dict[str, str] = {}
    if sub.channel not in STAFF_CHANNELS:
        errors["channel"] = _("Choose how the appeal reached the body.")
    if sub.form not in STAFF_FORMS:
        errors["form"] = _("Choose written or oral.")
    if not consent:
        errors["consent"] = _("The applicant must agree that you record the appeal for them.")
    day, today = timezone.localdate(at), timezone.localdate(now)
    if day > today:
        errors["received_on"] = _("The date received cannot be in the future.")
    elif day < today - timedelta(days=RECORDED_DAYS_BACK):
        errors["received_on"] = _("The date received can be at most %(n)s days back.") % {"n": RECORDED_DAYS_BACK}
    return errors


def check_recorder(body: Organisation, recorded_by: User) -> None:
    """Only a registrar or head of the receiving body records its appeals."""
    if not recorded_by.memberships.filter(
        organisation=body, role__in=lifecycle.TRANSITIONS["register"].roles, is_active=True
    ).exists():
        raise InvalidInput(
            fields={"addressed_to": _("Only a registrar or the head of this body may record its appeals.")}
        )


def receipt_context(appeal: Appeal) -> dict:
    return {"due_at": appeal.due_at.isoformat()}


def rows_with_new_appeal(
    appeal: Appeal, sub: Submission, *, recorded_by: User | None = None, recorded_at: datetime | None = None,
) -> tuple[list[Model], bool]:
    """The unsaved rows of appeals' own apps that go with a new appeal, the
    "received" event first, and whether the applicant's receipts must be sent
    by `notify_applicant` instead of as rows here.

    They are the "received" event, the applicant, co-signers, the receipts
    (pending rows the worker sends), and the audit record (one row, no lock:
    the worker seals it into the chain after commit, audit/chain.py). What
    apps above appeals write with it (search's entry) comes from
    `registry.new_appeal_rows`.

    Recorded by staff (`recorded_by`, at `recorded_at`): the official is the
    "received" event's actor and the audit record's, which says on whose
    behalf, when it was received and that the applicant consented."""
    received = _writer.new(AppealEvent, appeal=appeal, action="received", at=appeal.received_at,
                           organisation=appeal.organisation, actor=recorded_by)
    payload = {"tracking_code": appeal.tracking_code, "organisation": appeal.organisation.code,
               "channel": sub.channel, "due_at": appeal.due_at.isoformat()}
    if recorded_by is not None:
        payload.update(recorded_by=recorded_by.pk, on_behalf_of="applicant", consent=True,
                       received_at=appeal.received_at.isoformat())
    applicant = _writer.new(
        Applicant, appeal=appeal, full_name=_clean(sub.full_name, 255), pinfl=sub.pinfl, address=sub.address,
        phone=sub.phone, email=sub.email, birth_date=sub.birth_date,
        organisation_name=sub.organisation_name, tin=sub.tin, signatory_name=sub.signatory_name,
        signatory_position=sub.signatory_position, representative_name=sub.representative_name,
        representative_document=sub.representative_document,
        identity_verification=sub.identity_verification,
    )
    outbox = receipt_outbox_rows(appeal=appeal, event="received", context=receipt_context(appeal))
    written = [
        received,
        applicant,
        *(_writer.new(CoSigner, appeal=appeal, full_name=_clean(c.full_name, 255), address=_clean(c.address, 500))
          for c in sub.cosigners),
        *(outbox or []),
        audit_event(
            action="appeal.received", actor=recorded_by or appeal.applicant_user,
            actor_label="" if recorded_by is not None else "applicant",
            object_type="appeal", object_id=str(appeal.pk), payload=payload,
            at=recorded_at or appeal.received_at,
        ),
    ]
    return written, outbox is None


def _same_applicant(sub: Submission, user: User | None):
    """A filter for appeals by the same person, or None when we cannot tell."""
    if user is not None and user.pk:
        return Q(applicant_user=user)
    if sub.pinfl:
        return Q(applicant__pinfl=sub.pinfl)
    if sub.tin:
        return Q(applicant__tin=sub.tin)
    return None


def _link_repeated(appeal: Appeal, sub: Submission, user: User | None) -> None:
    """A repeated appeal: the same person on the same matter after an answer
    they disagree with, or after the deadline passed with no answer."""
    same = _same_applicant(sub, user)
    if same is None or appeal.category is None:
        return
    earlier = (
        Appeal.objects.filter(same, category=appeal.category)
        .filter(
            Q(status__in=[Status.ANSWERED, Status.CLOSED, Status.LEFT_WITHOUT_CONSIDERATION])
            | Q(status__in=list(lifecycle.OPEN), due_at__lt=appeal.received_at, extended_until__isnull=True)
            | Q(status__in=list(lifecycle.OPEN), extended_until__lt=appeal.received_at)
        )
        .order_by("-received_at")
        .only("pk")
        .first()
    )
    if earlier is not None:
        appeal.is_repeated = True
        appeal.repeated_of = earlier


def duplicate_of(appeal: Appeal, sub: Submission) -> Appeal | None:
    """The open appeal with the same text from the same person, if any."""
    same = _same_applicant(sub, appeal.applicant_user)
    if same is None:
        return None
    original = (
        Appeal.objects.filter(same, text_fingerprint=appeal.text_fingerprint, status__in=list(lifecycle.OPEN))
        .exclude(pk=appeal.pk)
        .order_by("received_at")
        .first()
    )
    return original


def contest_check(appeal: Appeal, at: datetime) -> Organisation:
    """The higher body a complaint about `appeal`'s answer goes to; raises
    InvalidInput when the answer cannot be contested (yet, or any more)."""
    if appeal.status not in lifecycle.FINISHED:
        raise InvalidInput(_("An appeal can be contested once it has been answered."), code="not_answered")
    if not lifecycle.contest_window_open(appeal, at):
        raise InvalidInput(_("An answer can be contested within one year."), code="contest_window_closed")
    higher = appeal.organisation.parent
    if higher is None:
        raise InvalidInput(_("This body has no higher body in Murojaat; write to a court."), code="no_higher_body")
    return higher


def contest_submission(appeal: Appeal, *, text: str, higher: Organisation) -> Submission:
    """The complaint to `higher` about `appeal`'s answer, by the same applicant."""
    applicant = appeal.applicant
    return Submission(
        kind=Kind.COMPLAINT, text=text, summary=str(_("Complaint about the answer to %(code)s"))
        % {"code": codes.display(appeal.tracking_code)},
        category=appeal.category.code if appeal.category_id else "",
        territory=appeal.territory.soato if appeal.territory_id else "",
        addressed_to=higher.code, applicant_type=appeal.applicant_type,
        full_name=applicant.full_name, address=applicant.address, phone=applicant.phone,
        email=applicant.email, pinfl=applicant.pinfl, birth_date=applicant.birth_date,
        organisation_name=applicant.organisation_name, tin=applicant.tin,
        signatory_name=applicant.signatory_name, signatory_position=applicant.signatory_position,
        identity_verification=applicant.identity_verification, channel=appeal.channel,
        language=appeal.language,
    )


def contest_already_made(appeal: Appeal) -> None:
    """Raise InvalidInput naming the complaint already made about `appeal`'s answer, if any."""
    earlier = already_contested_by(appeal)
    if earlier is not None:
        raise InvalidInput(
            _("This answer has already been contested: follow complaint %(code)s.")
            % {"code": codes.display(earlier.tracking_code)},
            code="already_contested",
        )


def already_contested_by(appeal: Appeal) -> Appeal | None:
    """The complaint already made about this appeal's answer, if any: an
    answer is contested once; the complaint's own answer can be contested in turn."""
    return Appeal.objects.filter(contests=appeal).only("tracking_code").order_by("pk").first()
