"""The life of an appeal under the Law "On appeals of individuals and legal entities", as data.

Which step may follow which (TRANSITIONS), who may take it, the grounds the law
allows, and the deadline arithmetic each step starts. Nothing here writes:
every change goes through `murojaat.appeals.actions`, which checks these rules.

    received ──register──▶ registered ──assign──▶ in_progress ──answer──▶ answered ──close──▶ closed
       ▲  │                    │  │                   │
       └──┴──────forward───────┘  └── leave_without_consideration / merge (from any open state)

Deadline rules (what the law says and how settings adjust it) live in
`murojaat.deadlines.rules`; this module decides when they are applied.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from django.utils.translation import gettext_lazy as _

from murojaat.accounts.models import Role, User
from murojaat.appeals.models import Appeal, Kind, Status
from murojaat.deadlines import rules

OPEN = frozenset({Status.RECEIVED, Status.REGISTERED, Status.IN_PROGRESS})
UNDER_CONSIDERATION = frozenset({Status.REGISTERED, Status.IN_PROGRESS})
FINISHED = frozenset({Status.ANSWERED, Status.CLOSED, Status.LEFT_WITHOUT_CONSIDERATION})

CONTEST_WINDOW_DAYS = 365  # a complaint about an answer to the higher body: within one year


@dataclass(frozen=True)
class Transition:
    sources: frozenset
    # None: the step keeps the status (extend, mark as repeated...).
    target: str | None
    roles: frozenset = field(default_factory=frozenset)
    # Some steps belong to the applicant or to the system alone.
    by_applicant: bool = False
    by_system_only: bool = False
    # The timeline's and the audit trail's name for the step, when not the
    # step's own: what happened to the appeal ("contested"), as it always was.
    event: str = ""


R = Role
TRANSITIONS: dict[str, Transition] = {
    "register": Transition(frozenset({Status.RECEIVED}), Status.REGISTERED, frozenset({R.REGISTRAR, R.HEAD})),
    "forward": Transition(
        frozenset({Status.RECEIVED, Status.REGISTERED}), Status.RECEIVED, frozenset({R.REGISTRAR, R.HEAD})
    ),
    "assign": Transition(UNDER_CONSIDERATION, Status.IN_PROGRESS, frozenset({R.REGISTRAR, R.HEAD})),
    "set_extra_study": Transition(UNDER_CONSIDERATION, None, frozenset({R.HEAD})),
    "notify_further_study": Transition(UNDER_CONSIDERATION, None, frozenset({R.EXECUTOR, R.HEAD})),
    "extend": Transition(UNDER_CONSIDERATION, None, frozenset({R.HEAD})),
    "answer": Transition(UNDER_CONSIDERATION, Status.ANSWERED, frozenset({R.EXECUTOR, R.HEAD})),
    "leave_without_consideration": Transition(OPEN, Status.LEFT_WITHOUT_CONSIDERATION, frozenset({R.HEAD})),
    "merge": Transition(OPEN, Status.MERGED, frozenset({R.REGISTRAR, R.HEAD})),
    "mark_repeated": Transition(OPEN, None, frozenset({R.REGISTRAR, R.HEAD})),
    "close": Transition(frozenset({Status.ANSWERED}), Status.CLOSED, frozenset({R.EXECUTOR, R.HEAD, R.REGISTRAR})),
    "rate": Transition(FINISHED, None, by_applicant=True),
    # A complaint to the higher body about the answer (actions.appeal_contest).
    "contest": Transition(FINISHED, None, by_applicant=True, event="contested"),
    "escalate": Transition(OPEN, None, by_system_only=True),
}

# Grounds on which the law lets a body leave an appeal without consideration.
WITHOUT_CONSIDERATION_GROUNDS = {
    "anonymous": _("anonymous: no name or residence, or false data"),
    "no_authority": _("a representative without a document proving authority"),
    "repeated_without_new_facts": _("repeated with no new arguments after a full answer"),
    "other_breach": _("another breach of the requirements of the law"),
}


def allowed_actions(appeal: Appeal, user: User | None) -> list[str]:
    """The steps this official may take on this appeal now (for pages and the API)."""
    if user is None:
        return []
    roles = roles_in(user, appeal.organisation_id)
    return [
        name
        for name, tr in TRANSITIONS.items()
        if not tr.by_applicant and not tr.by_system_only and appeal.status in tr.sources and roles & tr.roles
    ]


def roles_in(user: User, organisation_id: int) -> set[str]:
    return user.roles_by_body.get(organisation_id, set())


# ---------------------------------------------------------------------------
# Deadlines: recomputed here only.


def start_consideration_clock(appeal: Appeal, decider_received_at: datetime) -> None:
    """The body that decides has it from `decider_received_at`: every term counts from there."""
    appeal.decider_received_at = decider_received_at
    appeal.registration_due_at = rules.registration_due(decider_received_at)
    appeal.forward_due_at = rules.forward_due(decider_received_at)
    appeal.due_at = rules.answer_due(kind=appeal.kind, term=appeal.term, decider_received_at=decider_received_at)
    appeal.extended_until = None
    appeal.extension_reason = ""
    if appeal.kind == Kind.SUGGESTION:
        appeal.further_study_notice_due_at = rules.further_study_notice_due(decider_received_at)


def contest_window_open(appeal: Appeal, now: datetime) -> bool:
    finished_at = appeal.answered_at or appeal.closed_at
    return finished_at is not None and now <= finished_at + timedelta(days=CONTEST_WINDOW_DAYS)


ACTION_LABELS = {
    "register": _("register"),
    "forward": _("forward"),
    "assign": _("assign"),
    "set_extra_study": _("set the term for extra study"),
    "notify_further_study": _("tell of further study"),
    "extend": _("extend"),
    "answer": _("answer"),
    "leave_without_consideration": _("leave without consideration"),
    "merge": _("merge"),
    "mark_repeated": _("mark as repeated"),
    "close": _("close"),
    "rate": _("rate"),
    "escalate": _("escalate"),
    "received": _("received"),
    "contested": _("contested"),
}
