"""The appeal lifecycle under random sequences of steps by random people.

A Hypothesis state machine files a few appeals (each taken first to a random
point of body A's usual path), then lets anyone (each persona of the world, an
anonymous caller, the system) try any step with plausible and implausible
arguments. After every step:
- a step that went through moved the appeal only as TRANSITIONS allows from
  the status it had, left a timeline event and an audit event, and the
  caller's object shows what the row holds;
- a refused step raised a DomainError and changed nothing: no appeal row, no
  timeline event, no audit event;
- every status is a known one and the audit chain verifies.

Each Hypothesis example runs in a savepoint rolled back at its end, over one
world built per test.
"""

from collections import Counter
from datetime import timedelta

import pytest
from django.db import transaction
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    Bundle,
    RuleBasedStateMachine,
    initialize,
    invariant,
    rule,
    run_state_machine_as_test,
)

from murojaat.appeals import actions, lifecycle
from murojaat.appeals.models import Appeal, AppealEvent, Status
from murojaat.audit.chain import verify_chain
from murojaat.audit.models import AuditEvent
from murojaat.core.errors import DomainError
from tests.appeals.factories import file_appeal

OFFICIALS = ("registrar_a", "executor_a", "head_a", "executor_b", "head_b", "supervisor")
PEOPLE = (*OFFICIALS, "citizen", "anonymous", "system")
BODIES = ("body_b", "body_a", "gas_supplier", "regional_hokimiyat")
KINDS = ("complaint", "application", "suggestion")
STAGES = ("received", "registered", "in_progress", "answered")
ACTIONS = tuple(lifecycle.TRANSITIONS)

# Arguments a hurried official or a buggy client might send: valid, empty,
# too short, out of range. Valid values come first: Hypothesis favours the
# first of a list, and walks then get deep into the lifecycle instead of
# stopping at the first refusal.
TEXTS = st.sampled_from(["Yo‘l 2026-yil may oyida ta’mirlandi. Rahmat.", "", "   ", "qisqa"])
GROUNDS = st.sampled_from([*lifecycle.WITHOUT_CONSIDERATION_GROUNDS, "no_such_ground"])
DAYS = st.sampled_from([10, 31, 1, 0, -3, 45])  # extension target / lateness, from the current term
RATINGS = st.sampled_from([4, 1, 5, 0, 6])
FORMS = st.sampled_from(["electronic", "written", "oral"])
# Body A's head half the time (the head may take every official's step), anyone the rest.
PERSONS = st.one_of(st.just("head_a"), st.sampled_from(PEOPLE))


class AppealLifecycle(RuleBasedStateMachine):
    world = None  # set by the test: one world per test, shared by its examples
    outcomes: Counter = Counter()  # steps that went through, and refusals by code

    appeals = Bundle("appeals")

    def __init__(self):
        super().__init__()
        self._savepoint = transaction.atomic()
        self._savepoint.__enter__()
        self.filed = 0

    def teardown(self):
        transaction.set_rollback(True)
        self._savepoint.__exit__(None, None, None)

    # -- filing --------------------------------------------------------

    @initialize(target=appeals, kind=st.sampled_from(KINDS), stage=st.sampled_from(STAGES))
    def file_first(self, kind, stage):
        return self.file(kind, stage)

    @rule(target=appeals, kind=st.sampled_from(KINDS), stage=st.sampled_from(STAGES))
    def file_another(self, kind, stage):
        return self.file(kind, stage)

    def file(self, kind: str, stage: str) -> Appeal:
        world = self.world
        self.filed += 1
        # A distinct text each time: the same text twice is merged as a duplicate at intake.
        text = f"Ko‘chamizdagi {self.filed}-uy yonidagi yo‘l buzilgan, iltimos ta’mirlang."
        appeal = file_appeal(world, kind=kind, text=text, user=world.citizen).appeal
        if stage != "received":
            actions.appeal_register(appeal=appeal, actor=world.registrar_a)
        if stage in ("in_progress", "answered"):
            actions.appeal_assign(appeal=appeal, actor=world.registrar_a, executor=world.executor_a)
        if stage == "answered":
            actions.appeal_answer(appeal=appeal, actor=world.executor_a, text="Yo‘l ta’mirlandi, rahmat.")
        return appeal

    # -- any step, by anyone -------------------------------------------

    @rule(
        data=st.data(),
        appeal=appeals,
        other=appeals,
        person=PERSONS,
        text=TEXTS,
        ground=GROUNDS,
        days=DAYS,
        rating=RATINGS,
        form=FORMS,
        body=st.sampled_from(BODIES),
        executor=st.sampled_from((*OFFICIALS, "citizen")),
    )
    def step(self, data, appeal, other, person, text, ground, days, rating, form, body, executor):
        # Half the time a step the head could take now (so walks go somewhere),
        # else any step at all (so refusals are exercised too).
        possible_now = lifecycle.allowed_actions(Appeal.objects.get(pk=appeal.pk), self.world.head_a)
        choices = [st.sampled_from(possible_now)] if possible_now else []
        action = data.draw(st.one_of(*choices, st.sampled_from(ACTIONS)), label="action")
        actor = self.who(person)
        w = self.world
        runs = {
            "register": lambda: actions.appeal_register(appeal=appeal, actor=actor),
            "forward": lambda: actions.appeal_forward(
                appeal=appeal, actor=actor, to=getattr(w, body), reason=text
            ),
            "assign": lambda: actions.appeal_assign(appeal=appeal, actor=actor, executor=getattr(w, executor)),
            "set_extra_study": lambda: actions.appeal_set_extra_study(appeal=appeal, actor=actor, reason=text),
            "notify_further_study": lambda: actions.appeal_notify_further_study(
                appeal=appeal, actor=actor, note=text
            ),
            "extend": lambda: actions.appeal_extend(
                appeal=appeal,
                actor=actor,
                until=(appeal.effective_due_at + timedelta(days=days)).date(),
                reason=text,
            ),
            "answer": lambda: actions.appeal_answer(appeal=appeal, actor=actor, text=text, form=form),
            "leave_without_consideration": lambda: actions.appeal_leave_without_consideration(
                appeal=appeal, actor=actor, reason=ground, conclusion=text + " " + text
            ),
            "merge": lambda: actions.appeal_merge(appeal=appeal, actor=actor, into=other),
            "mark_repeated": lambda: actions.appeal_mark_repeated(appeal=appeal, actor=actor, earlier=other),
            "close": lambda: actions.appeal_close(appeal=appeal, actor=actor),
            # The applicant's step: the caller has already proved who they are.
            "rate": lambda: actions.appeal_rate(appeal=appeal, rating=rating, comment=text),
            "contest": lambda: actions.appeal_contest(appeal=appeal, text=text),
            "escalate": lambda: actions.appeal_escalate(
                appeal=appeal, actor=actor, at=appeal.effective_due_at + timedelta(days=days)
            ),
        }
        self.attempt(action, appeal, runs[action])

    def who(self, person: str):
        if person == "anonymous":
            return None
        if person == "system":
            return actions.Actor(system="property-test")
        return getattr(self.world, person)

    def snapshot(self) -> tuple:
        return (
            list(Appeal.objects.order_by("pk").values()),
            AppealEvent.objects.count(),
            AuditEvent.objects.count(),
        )

    def attempt(self, action: str, appeal: Appeal, run) -> None:
        """Run one step and check what it may and may not have changed."""
        before_status = Appeal.objects.get(pk=appeal.pk).status
        before = self.snapshot()
        try:
            run()
        except DomainError as refusal:
            self.outcomes[f"{action}: refused ({refusal.code})"] += 1
            assert self.snapshot() == before, f"refused {action} changed something"
            return
        self.outcomes[action] += 1
        row = Appeal.objects.get(pk=appeal.pk)
        transition = lifecycle.TRANSITIONS[action]
        assert before_status in transition.sources, f"{action} went through from {before_status}"
        expected = transition.target if transition.target is not None else before_status
        assert row.status == expected, f"{action} from {before_status} gave {row.status}"
        assert appeal.status == row.status and appeal.effective_due_at == row.effective_due_at, "stale copy"
        assert AppealEvent.objects.filter(appeal=row, action=transition.event or action).exists(), (
            f"{action} left no timeline event"
        )
        assert AuditEvent.objects.count() > before[2], f"{action} left no audit event"

    # -- invariants ----------------------------------------------------

    @invariant()
    def every_status_is_a_known_one(self):
        assert set(Appeal.objects.values_list("status", flat=True)) <= set(Status.values)

    @invariant()
    def the_audit_chain_verifies(self):
        result = verify_chain()
        assert result.ok, result


@pytest.mark.slow
def test_no_sequence_of_steps_breaks_the_lifecycle(world):
    AppealLifecycle.world = world
    AppealLifecycle.outcomes = Counter()
    try:
        run_state_machine_as_test(
            AppealLifecycle,
            settings=settings(
                max_examples=25,
                stateful_step_count=20,
                deadline=None,
                derandomize=True,
                database=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
            ),
        )
    finally:
        AppealLifecycle.world = None
    # A machine that only ever saw refusals would prove nothing about
    # transitions. Which steps get through depends on Hypothesis's choices, so
    # ask for a good share rather than every one.
    done = {action for action in lifecycle.TRANSITIONS if AppealLifecycle.outcomes[action]}
    refused = sum(n for outcome, n in AppealLifecycle.outcomes.items() if "refused" in outcome)
    assert len(done) >= 5 and refused, f"too few steps went through: {AppealLifecycle.outcomes}"
