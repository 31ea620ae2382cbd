"""How each of the officials' steps looks on its page: title, labels, form,
and the message once done. What a step does, and how its inputs are found,
is murojaat/appeals/steps.py, shared with the API; the forms' field names are
the inputs' names there.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from murojaat.appeals import codes
from murojaat.office import forms


@dataclass(frozen=True)
class Step:
    title: str  # the page's <h1>
    link_label: str  # on the appeal page
    button: str
    form: type
    done: Callable  # (appeal, cleaned_data) -> success message
    inline: bool = False  # a button on the appeal page, no form to fill
    warning: bool = False


STEPS: dict[str, Step] = {
    "register": Step(
        gettext_lazy("Register the appeal"), gettext_lazy("Register"), gettext_lazy("Register"),
        forms.EmptyStepForm, lambda a, d: _("The appeal is registered."), inline=True,
    ),
    "forward": Step(
        gettext_lazy("Forward to the competent body"), gettext_lazy("Forward to another body"),
        gettext_lazy("Forward"), forms.ForwardForm,
        lambda a, d: _("The appeal was forwarded to %(body)s.") % {"body": a.organisation.name},
    ),
    "assign": Step(
        gettext_lazy("Assign an executor"), gettext_lazy("Assign an executor"), gettext_lazy("Assign"),
        forms.AssignForm, lambda a, d: _("%(name)s is now the executor.") % {"name": a.assignee.full_name()},
    ),
    "set_extra_study": Step(
        gettext_lazy("Set the term for extra study"), gettext_lazy("Set the term for extra study"),
        gettext_lazy("Set the term"), forms.ReasonForm,
        lambda a, d: _("The term is now one month. The applicant is told."),
    ),
    "notify_further_study": Step(
        gettext_lazy("Tell the applicant of further study"),
        gettext_lazy("Tell the applicant of further study"),
        gettext_lazy("Tell the applicant"), forms.NoteForm,
        lambda a, d: _("The applicant is told the suggestion needs further study."),
    ),
    "extend": Step(
        gettext_lazy("Extend the deadline"), gettext_lazy("Extend the deadline"), gettext_lazy("Extend"),
        forms.ExtendForm, lambda a, d: _("The deadline is extended. The applicant is told."),
    ),
    "answer": Step(
        gettext_lazy("Answer the appeal"), pgettext_lazy("appeal step", "Answer"),
        gettext_lazy("Send the answer"), forms.AnswerForm,
        lambda a, d: _("The answer is sent to the applicant."),
    ),
    "leave_without_consideration": Step(
        gettext_lazy("Leave without consideration"), gettext_lazy("Leave without consideration"),
        gettext_lazy("Leave without consideration"), forms.WithoutConsiderationForm,
        lambda a, d: _("The appeal is left without consideration. The applicant is told why."),
        warning=True,
    ),
    "merge": Step(
        gettext_lazy("Merge with another appeal"), gettext_lazy("Merge with another appeal"),
        gettext_lazy("Merge"), forms.OtherAppealForm,
        lambda a, d: (
            _("The appeal is merged into %(code)s.") % {"code": codes.display(a.merged_into.tracking_code)}
        ),
        warning=True,
    ),
    "mark_repeated": Step(
        gettext_lazy("Mark as a repeated appeal"), gettext_lazy("Mark as repeated"),
        gettext_lazy("Mark as repeated"), forms.OtherAppealForm,
        lambda a, d: (
            _("The appeal is marked as a repeat of %(code)s.")
            % {"code": codes.display(a.repeated_of.tracking_code)}
        ),
    ),
    "close": Step(
        gettext_lazy("Close the appeal"), gettext_lazy("Close"), gettext_lazy("Close"),
        forms.EmptyStepForm, lambda a, d: _("The appeal is closed."), inline=True,
    ),
}
