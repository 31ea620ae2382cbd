"""Every write to an appeal: the one door.

Each officials', applicant's or system's step, whoever calls it (web page,
API, import, background job), goes through `_step`, which

1. locks the appeal row and re-reads it, so two officials acting at once
   cannot both succeed on a stale copy;
2. checks the step is allowed from the current status (`lifecycle.TRANSITIONS`)
   and that the actor holds one of the step's roles in the body that has the appeal;
3. writes the change, an entry in the appeal's timeline and an event in the
   hash-chained audit trail;
4. schedules the applicant's notification for after the commit.

Anything refused raises a DomainError before anything is written, and the
surrounding transaction leaves the appeal as it was. Names are `appeal_<verb>`.
"""

from collections.abc import Callable
from contextlib import nullcontext
from datetime import date, datetime, time

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from murojaat.accounts.models import Role, User
from murojaat.appeals import _writer, codes, intake, registry
from murojaat.appeals.idempotency import IdempotencyRequest
from murojaat.appeals.lifecycle import (
    ACTION_LABELS,
    TRANSITIONS,
    WITHOUT_CONSIDERATION_GROUNDS,
    Transition,
    roles_in,
    start_consideration_clock,
)
from murojaat.appeals.models import Appeal, AppealEvent, IdempotencyRecord, Kind, Status, Term
from murojaat.audit.chain import audit_record
from murojaat.core.errors import InvalidInput, InvalidTransition, NotAllowed
from murojaat.deadlines import rules
from murojaat.notifications.services import notify_applicant


class Actor:
    """Who performs a step. Officials are users; the system (a scheduled scan,
    an import of a legacy system's history, the demo loader) acts under a label."""

    def __init__(self, user: User | None = None, *, system: str = ""):
        if (user is None) == (not system):
            raise ValueError("an actor is either a user or the system, not both")
        self.user = user
        self.system = system

    @classmethod
    def of(cls, who: "Actor | User") -> "Actor":
        return who if isinstance(who, Actor) else cls(who)

    @property
    def label(self) -> str:
        return self.user.get_username() if self.user else f"system:{self.system}"

    @property
    def is_system(self) -> bool:
        return self.user is None


# ---------------------------------------------------------------------------
# The one path every step takes.

_COLUMNS = [f for f in Appeal._meta.concrete_fields if not f.primary_key]


def _step(
    action: str,
    appeal: Appeal,
    actor: Actor | User | None,
    at: datetime | None,
    change: Callable[[Appeal, datetime], dict],
    *,
    notify: str | None = None,
    public: bool = True,
    event_organisation=None,
) -> Appeal:
    transition = TRANSITIONS[action]
    at = at or timezone.now()
    with transaction.atomic():
        locked = Appeal.objects.select_for_update().select_related("organisation").get(pk=appeal.pk)
        if locked.status not in transition.sources:
            raise InvalidTransition(
                _("“%(action)s” is not possible while the appeal is “%(status)s”.")
                % {"action": ACTION_LABELS.get(action, action), "status": locked.get_status_display()},
                code="invalid_transition",
            )
        actor_obj = _authorise(transition, locked, actor)
        before = {f.attname: getattr(locked, f.attname) for f in _COLUMNS}
        details = change(locked, at) or {}
        if transition.target is not None:
            locked.status = transition.target
        locked.updated_at = at
        # Write only what the step changed: a smaller UPDATE, and no column
        # that another code path owns is ever rewritten from a stale copy.
        locked.save(update_fields=[name for name, value in before.items() if getattr(locked, name) != value])
        note = details.pop("note", "")
        # A step may name its event by what happened ("contested"), at the
        # body it happened at (the higher body that receives the complaint).
        event = AppealEvent.objects.create(
            appeal=locked, action=transition.event or action, at=at, actor=actor_obj.user if actor_obj else None,
            organisation=event_organisation or locked.organisation, note=note, public=public,
        )
        audit_record(
            action=f"appeal.{event.action}", actor=actor_obj.user if actor_obj else None,
            actor_label=actor_obj.label if actor_obj else "applicant", object_type="appeal",
            object_id=str(locked.pk), payload={"status": locked.status, **details}, at=at,
        )
        if notify:
            # The timeline event's id tells a second extension from a retry of the first.
            _notify_applicant(locked, notify, {"action": action, "seq": event.pk, **details})
    # Hand the caller the fresh state on the object it holds: every column
    # (a changed foreign key drops the caller's cached related object).
    for f in _COLUMNS:
        setattr(appeal, f.attname, getattr(locked, f.attname))
    return appeal


def _authorise(transition: Transition, appeal: Appeal, actor) -> Actor | None:
    if transition.by_applicant:
        return None  # the caller (selectors.appeal_for_applicant) has proved who this is
    if actor is None:
        raise NotAllowed(_("Sign in to do this."), code="unauthorized")
    actor = Actor.of(actor)
    if actor.is_system:
        return actor
    if transition.by_system_only:
        raise NotAllowed()
    roles = roles_in(actor.user, appeal.organisation_id)
    if not roles & transition.roles:
        raise NotAllowed(
            _("Your role in %(body)s does not allow this step.") % {"body": appeal.organisation.name},
            code="forbidden",
        )
    return actor


def _notify_applicant(appeal: Appeal, event: str, context: dict) -> None:
    from murojaat.notifications.services import notify_applicant

    notify_applicant(appeal=appeal, event=event, context=context)


def _notify_body(organisation, appeal: Appeal, event: str, context: dict) -> None:
    from murojaat.notifications.services import notify_body

    notify_body(organisation=organisation, appeal=appeal, event=event, context=context)


def _iso(value) -> str | None:
    return value.isoformat() if value else None


# ---------------------------------------------------------------------------
# Officials' steps.


def appeal_register(*, appeal: Appeal, actor, at: datetime | None = None) -> Appeal:
    def change(a: Appeal, at: datetime) -> dict:
        a.registered_at = at
        return {"registered_at": _iso(at)}

    return _step("register", appeal, actor, at, change, notify="registered")


def appeal_forward(*, appeal: Appeal, actor, to, reason: str = "", at: datetime | None = None) -> Appeal:
    """Send to the competent body. The deadline restarts from its receipt there."""

    def change(a: Appeal, at: datetime) -> dict:
        if to is None or not getattr(to, "is_active", False):
            raise InvalidInput(_("Choose an active body to forward to."), fields={"to": _("Choose a body.")})
        if to.pk == a.organisation_id:
            raise InvalidInput(
                _("The appeal is already with this body."), fields={"to": _("Choose another body.")}
            )
        previous = a.organisation
        a.organisation = to
        a.assignee = None
        a.registered_at = None
        start_consideration_clock(a, at)
        return {
            "from": previous.code, "to": to.code, "reason": reason, "due_at": _iso(a.due_at),
            "note": reason,
        }

    return _step("forward", appeal, actor, at, change, notify="forwarded")


def appeal_assign(*, appeal: Appeal, actor, executor: User, at: datetime | None = None) -> Appeal:
    def change(a: Appeal, at: datetime) -> dict:
        if executor is None or not roles_in(executor, a.organisation_id) & {Role.EXECUTOR, Role.HEAD}:
            raise InvalidInput(
                _("The executor must be an executor or the head of the body that has the appeal."),
                fields={"executor": _("Choose an executor of this body.")},
            )
        a.assignee = executor
        if a.registered_at is None:
            a.registered_at = at
        return {"executor": executor.get_username()}

    # Assigning is internal: the applicant is not messaged for it.
    return _step("assign", appeal, actor, at, change, public=False)


def appeal_set_extra_study(*, appeal: Appeal, actor, reason: str, at: datetime | None = None) -> Appeal:
    """Extra study, checks or documents are needed: the term becomes one month (applications, complaints)."""

    def change(a: Appeal, at: datetime) -> dict:
        if a.kind == Kind.SUGGESTION:
            raise InvalidInput(_("A suggestion already has one month; tell the applicant of further study instead."))
        if a.term == Term.EXTRA_STUDY:
            raise InvalidInput(_("The term has already been set for extra study."))
        if not (reason or "").strip():
            raise InvalidInput(_("Give the reason."), fields={"reason": _("This field is required.")})
        a.term = Term.EXTRA_STUDY
        a.due_at = rules.answer_due(kind=a.kind, term=a.term, decider_received_at=a.decider_received_at)
        return {"due_at": _iso(a.due_at), "reason": reason, "note": reason}

    return _step("set_extra_study", appeal, actor, at, change, notify="extended")


def appeal_notify_further_study(*, appeal: Appeal, actor, note: str = "", at: datetime | None = None) -> Appeal:
    """Suggestions: tell the applicant in writing that it needs further study (within 10 days)."""

    def change(a: Appeal, at: datetime) -> dict:
        if a.kind != Kind.SUGGESTION:
            raise InvalidInput(_("Only suggestions are studied further; extend the term instead."))
        if a.further_study_notified_at:
            raise InvalidInput(_("The applicant has already been told."))
        a.further_study_notified_at = at
        return {"note": note}

    return _step("notify_further_study", appeal, actor, at, change, notify="further_study")


def appeal_extend(*, appeal: Appeal, actor, until: datetime | date, reason: str, at: datetime | None = None) -> Appeal:
    """The head extends once, by at most one month, with a reason."""

    def change(a: Appeal, at: datetime) -> dict:
        if not (reason or "").strip():
            raise InvalidInput(_("Give the reason for the extension."), fields={"reason": _("This field is required.")})
        requested = until
        if isinstance(until, date) and not isinstance(until, datetime):
            requested = timezone.make_aware(datetime.combine(until, time(23, 59, 59, 999999)))
        a.extended_until = rules.check_extension(
            current_due=a.due_at, requested_until=requested, already_extended=a.extended_until is not None
        )
        a.extension_reason = reason
        return {"extended_until": _iso(a.extended_until), "reason": reason, "note": reason}

    return _step("extend", appeal, actor, at, change, notify="extended")


def appeal_answer(*, appeal: Appeal, actor, text: str, form: str = "electronic", at: datetime | None = None) -> Appeal:
    def change(a: Appeal, at: datetime) -> dict:
        actor_obj = Actor.of(actor)
        if (
            not actor_obj.is_system
            and a.assignee_id not in (None, actor_obj.user.pk)
            and Role.HEAD not in roles_in(actor_obj.user, a.organisation_id)
        ):
            raise NotAllowed(_("Only the assigned executor or the head may answer this appeal."))
        if len((text or "").strip()) < 10:
            raise InvalidInput(_("Write the answer (at least 10 characters)."), fields={"text": _("Too short.")})
        if form not in ("written", "electronic"):
            raise InvalidInput(_("The answer is given in written or electronic form."), fields={"form": _("Choose a form.")})
        a.answer_text = text.strip()
        a.answer_form = form
        a.answered_at = at
        a.answered_by = actor_obj.user
        if a.registered_at is None:
            a.registered_at = at
        return {"on_time": at <= a.effective_due_at}

    return _step("answer", appeal, actor, at, change, notify="answered")


def appeal_leave_without_consideration(
    *, appeal: Appeal, actor, reason: str, conclusion: str, at: datetime | None = None
) -> Appeal:
    """Only with a written conclusion approved by the head; the applicant is told why,
    and the supervising body is told too."""

    def change(a: Appeal, at: datetime) -> dict:
        if reason not in WITHOUT_CONSIDERATION_GROUNDS:
            raise InvalidInput(_("Choose the ground in the law."), fields={"reason": _("Choose a ground.")})
        if len((conclusion or "").strip()) < 20:
            raise InvalidInput(
                _("Write the conclusion (at least 20 characters)."), fields={"conclusion": _("Too short.")}
            )
        a.conclusion_reason = reason
        a.conclusion = conclusion.strip()
        a.closed_at = at
        _flag_to_supervisor(a, at, "left_without_consideration")
        return {"reason": reason, "note": str(WITHOUT_CONSIDERATION_GROUNDS[reason])}

    return _step("leave_without_consideration", appeal, actor, at, change, notify="left_without_consideration")


def appeal_merge(*, appeal: Appeal, actor, into: Appeal, at: datetime | None = None) -> Appeal:
    """A duplicate (the same text sent twice or to several bodies) is considered once."""

    def change(a: Appeal, at: datetime) -> dict:
        if into is None or into.pk == a.pk:
            raise InvalidInput(_("Choose another appeal to merge with."), fields={"into": _("Choose an appeal.")})
        target = Appeal.objects.get(pk=into.pk)
        if target.status == Status.MERGED:
            raise InvalidInput(_("That appeal was itself merged; merge with the one it was merged into."))
        a.merged_into = target
        a.closed_at = at
        return {"into": target.tracking_code, "note": target.tracking_code}

    return _step("merge", appeal, actor, at, change, notify="merged")


def appeal_mark_repeated(*, appeal: Appeal, actor, earlier: Appeal, at: datetime | None = None) -> Appeal:
    def change(a: Appeal, at: datetime) -> dict:
        if earlier is None or earlier.pk == a.pk or earlier.received_at > a.received_at:
            raise InvalidInput(_("Choose an earlier appeal."), fields={"earlier": _("Choose an earlier appeal.")})
        a.is_repeated = True
        a.repeated_of = earlier
        return {"earlier": earlier.tracking_code}

    return _step("mark_repeated", appeal, actor, at, change, public=False)


def appeal_close(*, appeal: Appeal, actor, at: datetime | None = None) -> Appeal:
    def change(a: Appeal, at: datetime) -> dict:
        a.closed_at = at
        return {}

    return _step("close", appeal, actor, at, change, notify="closed")


# ---------------------------------------------------------------------------
# The applicant's and the system's steps.


def appeal_rate(*, appeal: Appeal, rating: int, comment: str = "", at: datetime | None = None) -> Appeal:
    """The applicant rates the answer 1-5. Three or less is flagged to the supervising body."""

    def change(a: Appeal, at: datetime) -> dict:
        if not isinstance(rating, int) or not 1 <= rating <= 5:
            raise InvalidInput(_("Choose a rating from 1 to 5."), fields={"rating": _("From 1 to 5.")})
        if a.rated_at is not None:
            raise InvalidInput(_("This answer has already been rated."), code="already_rated")
        a.rating = rating
        a.rating_comment = (comment or "").strip()[:2000]
        a.rated_at = at
        if rating <= 3:
            _flag_to_supervisor(a, at, "low_rating")
        return {"rating": rating}

    return _step("rate", appeal, None, at, change)


def appeal_escalate(*, appeal: Appeal, at: datetime | None = None, actor=None) -> Appeal:
    """An overdue appeal is reported to the body that supervises the one that has it."""

    def change(a: Appeal, at: datetime) -> dict:
        if a.escalated_at is not None:
            raise InvalidTransition(_("The appeal has already been escalated."), code="already_escalated")
        if at <= a.effective_due_at:
            raise InvalidTransition(_("The appeal is not overdue."), code="not_overdue")
        a.escalated_at = at
        supervisor = a.organisation.parent
        if supervisor is not None:
            _notify_body(supervisor, a, "escalated", {"body": a.organisation.code})
        return {"to": supervisor.code if supervisor else None}

    return _step("escalate", appeal, actor or Actor(system="deadline-scan"), at, change, public=False)


def _flag_to_supervisor(appeal: Appeal, at: datetime, why: str) -> None:
    appeal.flagged_to_supervisor_at = appeal.flagged_to_supervisor_at or at
    supervisor = appeal.organisation.parent
    if supervisor is not None:
        _notify_body(supervisor, appeal, "low_rating", {"why": why, "rating": appeal.rating})


# ---------------------------------------------------------------------------
# Filing: the one door through which every appeal comes in (web, API,
# operators, legacy import, demo loader), and the applicant's complaint
# about an answer, which is filed through it.


def appeal_submit(
    *, submission: intake.Submission, user: User | None = None, at: datetime | None = None,
    idempotency: IdempotencyRequest | None = None, recorded_by: User | None = None, consent: bool = False,
) -> intake.Receipt:
    """Receive, acknowledge and route one appeal. The receipt carries the
    access key, which is shown once and never stored in clear.

    Written with the appeal, all or nothing: its event, applicant,
    co-signers, receipts, audit record, what other apps registered
    (`registry.new_appeal_rows`: search's entry), and `idempotency`'s record.
    A record whose key is taken (the same key sent twice) raises
    IntegrityError with nothing written, and a caller's open transaction
    still usable (a savepoint).

    `recorded_by`: a registrar or head typing in an appeal that reached their
    body by another channel (post, phone, in person...) for its applicant,
    who gave `consent`; `at` is then the date received, checked by
    `intake.recorded_problems`, and the clock counts from it."""
    now = timezone.now()
    at = at or now
    if recorded_by is None:
        refs = intake.validate(submission)
    else:
        refs = _validate_recorded(submission, consent=consent, at=at, now=now)
    body = intake.route(**refs)
    if recorded_by is not None:
        intake.check_recorder(body, recorded_by)
    access_key = codes.new_access_key()
    # On PostgreSQL the id is known before the INSERT, so every row of the
    # appeal can go in one statement (below).
    appeal = intake.new_appeal(submission, refs, body=body, user=user, access_key=access_key, at=at,
                               id=_writer.reserve_id(Appeal))
    receipt = intake.Receipt(appeal=appeal, access_key=access_key, duplicate_of=intake.duplicate_of(appeal, submission))
    written = None
    if appeal.pk is not None and receipt.duplicate_of is None:
        # The usual case on PostgreSQL: the appeal and every row that goes
        # with it in one statement, atomic on its own. With no transaction
        # open that is one round trip in all, not BEGIN, an INSERT per model
        # and COMMIT (the measurement is in _writer.py).
        written, notify = _rows_with_new_appeal(receipt, submission, idempotency, recorded_by, now)
        if not notify:
            # Inside a caller's transaction, a savepoint only when the
            # caller's key may clash, so the caller's transaction stays usable.
            inside = idempotency is not None and transaction.get_connection().in_atomic_block
            with transaction.atomic() if inside else nullcontext():
                if _writer.insert_at_once([appeal, *written]):
                    return receipt
    # Otherwise the ORM, in one transaction: elsewhere than PostgreSQL, a
    # duplicate (merged in the same transaction), receipts that go by
    # `notify_applicant`. A savepoint only when the caller's key may clash:
    # any other error must undo the caller's whole transaction anyway, and a
    # savepoint is two statements more.
    with transaction.atomic(savepoint=idempotency is not None):
        appeal.save(force_insert=True)
        if written is None:
            written, notify = _rows_with_new_appeal(receipt, submission, idempotency, recorded_by, now)
        by_model: dict[type, list] = {}
        for row in written:
            by_model.setdefault(type(row), []).append(row)
        for model, rows in by_model.items():
            model.objects.bulk_create(rows)
        if notify:
            notify_applicant(appeal=appeal, event="received", context=intake.receipt_context(appeal), new_appeal=True)
        if receipt.duplicate_of is not None:
            # The same text from the same person, still open: considered once.
            appeal_merge(appeal=appeal, actor=Actor(system="duplicate-check"), into=receipt.duplicate_of, at=at)
    return receipt


def _validate_recorded(submission: intake.Submission, *, consent: bool, at: datetime, now: datetime) -> dict:
    """`intake.validate` and what staff recording an appeal must add, every
    problem at once, so the form shows them all."""
    try:
        refs = intake.validate(submission)
        problems = {}
    except InvalidInput as error:
        refs, problems = None, dict(error.fields)
    problems.update(intake.recorded_problems(submission, consent=consent, at=at, now=now))
    if problems:
        raise InvalidInput(fields=problems)
    return refs


def _rows_with_new_appeal(
    receipt: intake.Receipt, submission: intake.Submission, idempotency: IdempotencyRequest | None,
    recorded_by: User | None = None, now: datetime | None = None,
) -> tuple[list, bool]:
    """Every unsaved row filed with the appeal (`intake.rows_with_new_appeal`'s,
    the registered apps', the key's record), and whether its receipts go by
    `notify_applicant` instead."""
    appeal = receipt.appeal
    written, notify = intake.rows_with_new_appeal(
        appeal, submission, recorded_by=recorded_by, recorded_at=now if recorded_by is not None else None
    )
    written += registry.new_appeal_rows(appeal)
    if idempotency is not None:
        written.append(_writer.new(
            IdempotencyRecord, key=idempotency.key, request_hash=idempotency.request_hash,
            status_code=idempotency.status_code, response=idempotency.response_for(receipt), appeal=appeal,
        ))
    return written, notify


def appeal_contest(*, appeal: Appeal, text: str, at: datetime | None = None) -> intake.Receipt:
    """The applicant contests an answer: a complaint to the higher body, within
    one year, linked to the original appeal. The caller has proved the
    applicant's identity (tracking code and access key, or their account)."""
    at = at or timezone.now()
    higher = intake.contest_check(appeal, at)
    submission = intake.contest_submission(appeal, text=text, higher=higher)
    filed: list[intake.Receipt] = []

    def file_complaint(locked: Appeal, at: datetime) -> dict:
        # Under the original's row lock two contests sent at once take turns,
        # so the second finds the first and one answer gets one complaint.
        intake.contest_already_made(locked)
        receipt = appeal_submit(submission=submission, user=appeal.applicant_user, at=at)
        complaint = receipt.appeal
        Appeal.objects.filter(pk=complaint.pk).update(contests=locked, is_repeated=True, repeated_of=locked)
        complaint.contests = appeal
        filed.append(receipt)
        return {"note": codes.display(complaint.tracking_code), "complaint": complaint.tracking_code, "to": higher.code}

    _step("contest", appeal, None, at, file_complaint, event_organisation=higher)
    return filed[0]
