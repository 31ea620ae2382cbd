"""Every write to an appeal (appeals/actions.py): who may take which step from which state, and what
each step leaves behind."""

import pytest

from murojaat.appeals import actions
from murojaat.appeals.models import Appeal, AppealEvent, Status
from murojaat.audit.models import AuditEvent
from murojaat.core.errors import InvalidInput, InvalidTransition, NotAllowed
from murojaat.notifications.models import Notification
from tests.appeals.factories import file_appeal, local, take_to_answer


def snapshot(appeal):
    row = Appeal.objects.get(pk=appeal.pk)
    return {f.attname: getattr(row, f.attname) for f in Appeal._meta.concrete_fields}


def test_a_received_appeal_goes_through_to_closed(world):
    appeal = file_appeal(world, at=local(2026, 4, 6, 10, 0)).appeal
    assert appeal.status == Status.RECEIVED
    assert appeal.organisation == world.body_a

    actions.appeal_register(appeal=appeal, actor=world.registrar_a, at=local(2026, 4, 6, 11, 0))
    actions.appeal_assign(appeal=appeal, actor=world.registrar_a, executor=world.executor_a, at=local(2026, 4, 6, 12))
    actions.appeal_answer(appeal=appeal, actor=world.executor_a, text="Yo‘l ta’mirlandi, rahmat.",
                     at=local(2026, 4, 10, 9))
    actions.appeal_close(appeal=appeal, actor=world.executor_a, at=local(2026, 4, 11, 9))

    appeal.refresh_from_db()
    assert appeal.status == Status.CLOSED
    assert appeal.registered_at == local(2026, 4, 6, 11, 0)
    assert appeal.answered_by == world.executor_a
    steps = list(appeal.events.values_list("action", flat=True))
    assert steps == ["received", "register", "assign", "answer", "close"]
    audited = list(AuditEvent.objects.filter(object_id=str(appeal.pk)).values_list("action", flat=True))
    assert audited == ["appeal.received", "appeal.register", "appeal.assign", "appeal.answer", "appeal.close"]


@pytest.mark.parametrize(
    "step",
    [
        lambda w, a: actions.appeal_answer(appeal=a, actor=w.head_a, text="Javob matni yetarlicha uzun."),
        lambda w, a: actions.appeal_close(appeal=a, actor=w.head_a),
        lambda w, a: actions.appeal_assign(appeal=a, actor=w.head_a, executor=w.executor_a),
        lambda w, a: actions.appeal_extend(appeal=a, actor=w.head_a, until=a.due_at, reason="Tekshiruv"),
    ],
)
def test_an_illegal_step_is_refused_and_changes_nothing(world, step):
    appeal = file_appeal(world).appeal
    before = snapshot(appeal)
    events_before = AppealEvent.objects.count(), AuditEvent.objects.count(), Notification.objects.count()
    with pytest.raises(InvalidTransition) as caught:
        step(world, appeal)
    assert "received" in str(caught.value.message).lower() or caught.value.code == "invalid_transition"
    assert snapshot(appeal) == before
    assert (AppealEvent.objects.count(), AuditEvent.objects.count(), Notification.objects.count()) == events_before


def test_an_official_without_the_role_is_refused(world):
    appeal = file_appeal(world).appeal
    with pytest.raises(NotAllowed):
        actions.appeal_register(appeal=appeal, actor=world.executor_a)  # executors do not register
    with pytest.raises(NotAllowed):
        actions.appeal_register(appeal=appeal, actor=world.head_b)  # another body's head
    with pytest.raises(NotAllowed):
        actions.appeal_register(appeal=appeal, actor=world.supervisor)  # supervisors only read
    assert Appeal.objects.get(pk=appeal.pk).status == Status.RECEIVED


def test_forwarding_restarts_the_deadline_at_the_competent_body(world):
    appeal = file_appeal(world, at=local(2026, 6, 1, 10)).appeal
    first_due = appeal.due_at
    actions.appeal_forward(appeal=appeal, actor=world.registrar_a, to=world.body_b, reason="Koson tumaniga tegishli",
                      at=local(2026, 6, 4, 10))
    appeal.refresh_from_db()
    assert appeal.organisation == world.body_b
    assert appeal.addressed_to == world.body_a
    assert appeal.status == Status.RECEIVED
    assert appeal.decider_received_at == local(2026, 6, 4, 10)
    assert appeal.due_at > first_due
    # The applicant is told.
    assert Notification.objects.filter(appeal=appeal, event="forwarded").exists()
    # Body A no longer acts on it; body B does.
    with pytest.raises(NotAllowed):
        actions.appeal_register(appeal=appeal, actor=world.registrar_a)
    actions.appeal_register(appeal=appeal, actor=world.head_b)


def test_forwarding_to_the_same_body_is_refused(world):
    appeal = file_appeal(world).appeal
    with pytest.raises(InvalidInput) as caught:
        actions.appeal_forward(appeal=appeal, actor=world.registrar_a, to=world.body_a)
    assert "to" in caught.value.fields


def test_the_head_extends_once_by_at_most_a_month_with_a_reason(world):
    appeal = file_appeal(world, at=local(2026, 6, 1, 10)).appeal
    actions.appeal_register(appeal=appeal, actor=world.registrar_a)
    with pytest.raises(NotAllowed):
        actions.appeal_extend(appeal=appeal, actor=world.registrar_a, until=appeal.due_at.date(), reason="Tekshiruv")
    with pytest.raises(InvalidInput):
        actions.appeal_extend(appeal=appeal, actor=world.head_a, until=appeal.due_at.date(), reason="")
    actions.appeal_extend(appeal=appeal, actor=world.head_a, until=local(2026, 7, 10).date(), reason="Ekspertiza kerak")
    appeal.refresh_from_db()
    assert appeal.extended_until is not None and appeal.extension_reason == "Ekspertiza kerak"
    with pytest.raises(InvalidInput):
        actions.appeal_extend(appeal=appeal, actor=world.head_a, until=local(2026, 7, 12).date(), reason="Yana")


def test_only_the_assigned_executor_or_the_head_answers(world):
    appeal = file_appeal(world).appeal
    actions.appeal_register(appeal=appeal, actor=world.registrar_a)
    other = world.executor_a.__class__.objects.create_user(username="executor_a2", password="x" * 12)
    other.memberships.create(organisation=world.body_a, role="executor")
    actions.appeal_assign(appeal=appeal, actor=world.registrar_a, executor=world.executor_a)
    with pytest.raises(NotAllowed):
        actions.appeal_answer(appeal=appeal, actor=other, text="Javob matni yetarlicha uzun.")
    actions.appeal_answer(appeal=appeal, actor=world.head_a, text="Javob matni yetarlicha uzun.")
    assert Appeal.objects.get(pk=appeal.pk).status == Status.ANSWERED


def test_leaving_without_consideration_needs_the_head_a_ground_and_a_conclusion(world):
    appeal = file_appeal(world, channel="post", full_name="", address="").appeal
    with pytest.raises(NotAllowed):
        actions.appeal_leave_without_consideration(appeal=appeal, actor=world.registrar_a, reason="anonymous",
                                              conclusion="Murojaatda ism va manzil ko‘rsatilmagan.")
    with pytest.raises(InvalidInput):
        actions.appeal_leave_without_consideration(appeal=appeal, actor=world.head_a, reason="anonymous",
                                              conclusion="qisqa")
    actions.appeal_leave_without_consideration(appeal=appeal, actor=world.head_a, reason="anonymous",
                                          conclusion="Murojaatda ism va manzil ko‘rsatilmagan.")
    appeal.refresh_from_db()
    assert appeal.status == Status.LEFT_WITHOUT_CONSIDERATION
    # Flagged to the supervising body.
    assert appeal.flagged_to_supervisor_at is not None
    assert Notification.objects.filter(organisation=world.regional_hokimiyat, event="low_rating").exists() or \
        not world.regional_hokimiyat.email


def test_a_low_rating_is_flagged_to_the_supervising_body(world):
    appeal = take_to_answer(world, file_appeal(world).appeal)
    actions.appeal_rate(appeal=appeal, rating=2, comment="Yo‘l hali ham buzuq")
    appeal.refresh_from_db()
    assert appeal.rating == 2 and appeal.flagged_to_supervisor_at is not None
    with pytest.raises(InvalidInput):
        actions.appeal_rate(appeal=appeal, rating=5)


def test_a_good_rating_is_not_flagged(world):
    appeal = take_to_answer(world, file_appeal(world).appeal)
    actions.appeal_rate(appeal=appeal, rating=5)
    assert Appeal.objects.get(pk=appeal.pk).flagged_to_supervisor_at is None


@pytest.mark.parametrize("rating", [0, 6, -1])
def test_a_rating_outside_1_to_5_is_refused(world, rating):
    appeal = take_to_answer(world, file_appeal(world).appeal)
    with pytest.raises(InvalidInput):
        actions.appeal_rate(appeal=appeal, rating=rating)


def test_escalation_only_when_overdue_and_only_once(world):
    appeal = file_appeal(world, at=local(2026, 5, 4, 10)).appeal
    with pytest.raises(InvalidTransition):
        actions.appeal_escalate(appeal=appeal, at=local(2026, 5, 5, 10))
    late = appeal.due_at.replace(year=2026) + (local(2026, 7, 1) - local(2026, 6, 1))
    actions.appeal_escalate(appeal=appeal, at=late)
    assert Appeal.objects.get(pk=appeal.pk).escalated_at == late
    with pytest.raises(InvalidTransition):
        actions.appeal_escalate(appeal=appeal, at=late)


def test_a_system_actor_cannot_pose_as_applicant_and_officials_cannot_escalate(world):
    appeal = file_appeal(world, at=local(2026, 5, 4, 10)).appeal
    with pytest.raises(NotAllowed):
        actions.appeal_escalate(appeal=appeal, actor=world.head_a, at=local(2026, 8, 1))


def test_notifications_are_scheduled_only_after_commit(world, django_capture_on_commit_callbacks):
    appeal = file_appeal(world).appeal
    with django_capture_on_commit_callbacks() as callbacks:
        actions.appeal_register(appeal=appeal, actor=world.registrar_a)
    assert callbacks, "sending is scheduled for after the commit"
    assert Notification.objects.filter(appeal=appeal, event="registered").exists()


def test_two_officials_acting_at_once_cannot_both_register(world):
    appeal = file_appeal(world).appeal
    stale_copy = Appeal.objects.get(pk=appeal.pk)
    actions.appeal_register(appeal=appeal, actor=world.registrar_a)
    with pytest.raises(InvalidTransition):
        actions.appeal_register(appeal=stale_copy, actor=world.head_a)
    assert AppealEvent.objects.filter(appeal=appeal, action="register").count() == 1


def test_merging_a_duplicate_closes_it_into_the_original(world):
    first = file_appeal(world).appeal
    second = file_appeal(world, pinfl="", text="Boshqa matn: ko‘cha chiroqlari yonmaydi, iltimos.").appeal
    actions.appeal_merge(appeal=second, actor=world.registrar_a, into=first)
    second.refresh_from_db()
    assert second.status == Status.MERGED and second.merged_into == first
    third = file_appeal(world, text="Uchinchi xat: ariq tozalanmagan, iltimos yordam bering.").appeal
    with pytest.raises(InvalidInput):
        actions.appeal_merge(appeal=third, actor=world.registrar_a, into=second)


def test_suggestions_get_one_month_and_a_further_study_notice(world):
    appeal = file_appeal(world, kind="suggestion", at=local(2026, 2, 2, 10)).appeal
    assert appeal.due_at.date() >= local(2026, 3, 2).date()
    assert appeal.further_study_notice_due_at is not None
    actions.appeal_register(appeal=appeal, actor=world.registrar_a)
    actions.appeal_notify_further_study(appeal=appeal, actor=world.head_a, note="Ekspertlar o‘rganmoqda")
    with pytest.raises(InvalidInput):
        actions.appeal_notify_further_study(appeal=appeal, actor=world.head_a)
    with pytest.raises(InvalidInput):
        actions.appeal_set_extra_study(appeal=appeal, actor=world.head_a, reason="Qo‘shimcha o‘rganish")


def test_extra_study_makes_the_term_a_month(world):
    appeal = file_appeal(world, at=local(2026, 2, 2, 10)).appeal
    fifteen_days = appeal.due_at
    actions.appeal_register(appeal=appeal, actor=world.registrar_a)
    actions.appeal_set_extra_study(appeal=appeal, actor=world.head_a, reason="Hujjatlar so‘raldi")
    appeal.refresh_from_db()
    assert appeal.due_at > fifteen_days and appeal.term == "extra_study"


def test_a_step_refused_halfway_leaves_no_trace(world):
    appeal = file_appeal(world).appeal
    actions.appeal_register(appeal=appeal, actor=world.registrar_a)
    audit_before = AuditEvent.objects.count()
    with pytest.raises(InvalidInput) as caught:
        actions.appeal_assign(appeal=appeal, actor=world.registrar_a, executor=world.executor_b)  # another body's
    assert "executor" in caught.value.fields
    appeal.refresh_from_db()
    assert appeal.status == Status.REGISTERED and appeal.assignee is None
    assert AuditEvent.objects.count() == audit_before
    assert not appeal.events.filter(action="assign").exists()
