"""The officials' steps on an appeal, once for the API and the office pages.

Each step names its action (murojaat/appeals/actions.py) and how that
action's inputs come from the plain values an official sends: a body by its
code, an executor by user name, another appeal by tracking code among those
the official can see. Each input has the field name that its value comes in
and that its error belongs to: the API's request body and the page's form
use the same names, so a refusal points at the same field in both.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from django.utils.translation import gettext as _

from murojaat.accounts.models import User
from murojaat.appeals import actions, selectors
from murojaat.appeals.models import Appeal
from murojaat.core.errors import InvalidInput, NotFound
from murojaat.organisations.models import Organisation


def body_by_code(official: User, code: str, field_name: str) -> Organisation:
    body = Organisation.objects.filter(code=code, is_active=True).first()
    if body is None:
        raise InvalidInput(fields={field_name: _("Unknown body.")})
    return body


def executor_by_username(official: User, username: str, field_name: str) -> User:
    executor = User.objects.filter(username=username, is_active=True).first()
    if executor is None:
        raise InvalidInput(fields={field_name: _("No such user.")})
    return executor


def other_appeal_by_code(official: User, code: str, field_name: str) -> Appeal:
    try:
        return selectors.appeal_for_official(official, code)
    except NotFound:
        raise InvalidInput(fields={field_name: _("No such appeal among those you can see.")}) from None


@dataclass(frozen=True)
class Input:
    field: str  # the plain value's name in the request body and on the form
    # (official, plain value, field name) -> what the action takes; None: the value itself.
    resolve: Callable[[User, Any, str], Any] | None = None

    def value(self, official: User, values: Mapping[str, Any]) -> Any:
        plain = values[self.field]
        return plain if self.resolve is None else self.resolve(official, plain, self.field)


@dataclass(frozen=True)
class Step:
    action: Callable[..., Appeal]  # actions.appeal_<verb>(appeal=, actor=, **inputs)
    inputs: dict[str, Input] = field(default_factory=dict)  # the action's keyword -> its input


STEPS: dict[str, Step] = {
    "register": Step(actions.appeal_register),
    "forward": Step(
        actions.appeal_forward, {"to": Input("to", body_by_code), "reason": Input("reason")}
    ),
    "assign": Step(actions.appeal_assign, {"executor": Input("executor", executor_by_username)}),
    "set_extra_study": Step(actions.appeal_set_extra_study, {"reason": Input("reason")}),
    "notify_further_study": Step(actions.appeal_notify_further_study, {"note": Input("note")}),
    "extend": Step(actions.appeal_extend, {"until": Input("until"), "reason": Input("reason")}),
    "answer": Step(actions.appeal_answer, {"text": Input("text"), "form": Input("form")}),
    "leave_without_consideration": Step(
        actions.appeal_leave_without_consideration,
        {"reason": Input("reason"), "conclusion": Input("conclusion")},
    ),
    "merge": Step(actions.appeal_merge, {"into": Input("tracking_code", other_appeal_by_code)}),
    "mark_repeated": Step(
        actions.appeal_mark_repeated, {"earlier": Input("tracking_code", other_appeal_by_code)}
    ),
    "close": Step(actions.appeal_close),
}


def step_take(name: str, *, appeal: Appeal, official: User, values: Mapping[str, Any]) -> Appeal:
    """Take step `name` on `appeal` with the plain `values` the official sent.
    Raises the action's DomainError, or InvalidInput on the input's field when
    a body, an executor or another appeal cannot be found."""
    step = STEPS[name]
    inputs = {keyword: given.value(official, values) for keyword, given in step.inputs.items()}
    return step.action(appeal=appeal, actor=official, **inputs)
