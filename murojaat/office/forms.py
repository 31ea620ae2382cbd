"""Forms of the officials' workspace: the inbox filters and one form per step.

Forms only parse what was typed; the rules are the lifecycle's. A step the
lifecycle refuses comes back as errors on the same form
(`murojaat.core.forms.add_domain_error`).
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from murojaat.appeals import lifecycle
from murojaat.appeals.models import Kind, Status
from murojaat.office.models import AnswerTemplate

OPEN_STATUSES = "open"
ALL_STATUSES = "all"

SORTS = ("due_at", "-due_at", "received_at", "-received_at")


class InboxFilterForm(forms.Form):
    """The inbox's filters, read from the query string (a GET form)."""

    status = forms.ChoiceField(label=_("Status"), required=False)
    due = forms.ChoiceField(
        label=_("Deadline"),
        required=False,
        choices=[
            ("", _("Any deadline")),
            ("overdue", _("Overdue")),
            ("today", _("Due today")),
            ("tomorrow", _("Due tomorrow")),
            ("week", _("Due within 7 days")),
        ],
    )
    category = forms.ChoiceField(label=_("Category"), required=False)
    territory = forms.ChoiceField(label=_("District or city"), required=False)
    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=[("", _("Any kind")), *Kind.choices],
    )
    mine = forms.BooleanField(label=_("Only appeals assigned to me"), required=False)
    sort = forms.ChoiceField(required=False, choices=[(s, s) for s in SORTS], widget=forms.HiddenInput)

    def __init__(self, data, *, categories, territories):
        super().__init__(data)
        self.fields["status"].choices = [
            (OPEN_STATUSES, _("Open: needs action")),
            (ALL_STATUSES, _("Any status")),
            *Status.choices,
        ]
        self.fields["category"].choices = [("", _("Any category")), *categories]
        self.fields["territory"].choices = [("", _("Any district or city")), *territories]

    def value(self, name: str, default=""):
        """The cleaned value, or the default when absent or not valid (a bad
        value in a bookmarked URL shows everything instead of failing)."""
        if not self.is_valid():
            cleaned = getattr(self, "cleaned_data", {})
            return cleaned.get(name) or default
        return self.cleaned_data.get(name) or default


class BulkAssignForm(forms.Form):
    appeals = forms.MultipleChoiceField(
        label=_("Appeals"), error_messages={"required": _("Choose at least one appeal.")}
    )
    executor = forms.ChoiceField(label=_("Executor"), error_messages={"required": _("Choose the executor.")})

    def __init__(self, data=None, *, appeal_codes, executors):
        super().__init__(data)
        self.fields["appeals"].choices = [(c, c) for c in appeal_codes]
        self.fields["executor"].choices = [("", _("Choose an executor")), *executors]


class StepForm(forms.Form):
    """Base of the step forms: their field names are the step's inputs
    (murojaat/appeals/steps.py), so a refused step's field errors land beside
    the fields (murojaat/core/forms.py `add_domain_error`)."""


class EmptyStepForm(StepForm):
    """Register, close: nothing to type."""


class ForwardForm(StepForm):
    to = forms.ChoiceField(
        label=_("Body to forward to"),
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose the body to forward to."),
            "invalid_choice": _("Choose a body from the list."),
        },
    )
    reason = forms.CharField(
        label=_("Why this body is competent"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The applicant is told the appeal was forwarded, and to which body."),
    )

    def __init__(self, data=None, *, bodies, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["to"].choices = bodies


class AssignForm(StepForm):
    executor = forms.ChoiceField(
        label=_("Executor"),
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose the executor.")},
    )

    def __init__(self, data=None, *, executors, **kwargs):
        super().__init__(data, **kwargs)
        self.fields["executor"].choices = executors


class ReasonForm(StepForm):
    reason = forms.CharField(
        label=_("Reason"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Give the reason.")},
        help_text=_("The applicant is told the new deadline and this reason."),
    )


class NoteForm(StepForm):
    note = forms.CharField(
        label=_("Note to the applicant"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class ExtendForm(StepForm):
    until = forms.DateField(
        label=_("New deadline"),
        widget=forms.DateInput(attrs={"type": "date", "class": "input--short"}),
        help_text=_("Once only, and at most one month after the current deadline."),
        error_messages={"required": _("Enter the new deadline."), "invalid": _("Enter a real date.")},
    )
    reason = forms.CharField(
        label=_("Reason for the extension"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
        error_messages={"required": _("Give the reason for the extension.")},
    )


class AnswerForm(StepForm):
    text = forms.CharField(
        label=_("Answer"),
        max_length=50000,
        widget=forms.Textarea(attrs={"rows": 12}),
        error_messages={"required": _("Write the answer.")},
        help_text=_(
            "Answer every point the applicant raised, in plain words. The applicant receives this text."
        ),
    )
    form = forms.ChoiceField(
        label=_("Form of the answer"),
        widget=forms.RadioSelect,
        initial="electronic",
        choices=[("electronic", _("electronic")), ("written", _("written (a letter is also sent)"))],
    )


class WithoutConsiderationForm(StepForm):
    reason = forms.ChoiceField(
        label=_("Ground in the law"),
        widget=forms.RadioSelect,
        choices=list(lifecycle.WITHOUT_CONSIDERATION_GROUNDS.items()),
        error_messages={"required": _("Choose the ground in the law.")},
    )
    conclusion = forms.CharField(
        label=_("Conclusion"),
        max_length=20000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "The written conclusion the head approves. The applicant and the supervising body are told."
        ),
        error_messages={"required": _("Write the conclusion.")},
    )


class OtherAppealForm(StepForm):
    tracking_code = forms.CharField(
        label=_("Tracking code of the earlier appeal"),
        max_length=20,
        widget=forms.TextInput(attrs={"class": "input--code", "autocomplete": "off", "spellcheck": "false"}),
        error_messages={"required": _("Enter the tracking code.")},
    )

    def __init__(self, data=None, *, label=None, **kwargs):
        super().__init__(data, **kwargs)
        if label:
            self.fields["tracking_code"].label = label


class AnswerTemplateForm(forms.ModelForm):
    organisation = forms.ChoiceField(label=_("Organisation"))

    class Meta:
        model = AnswerTemplate
        fields = ["title", "text"]
        widgets = {"text": forms.Textarea(attrs={"rows": 10})}

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].choices = [(str(o.pk), o.name) for o in organisations]
        if self.instance.pk:
            self.fields["organisation"].initial = str(self.instance.organisation_id)
        if len(organisations) == 1:
            self.fields["organisation"].widget = forms.HiddenInput()
            self.fields["organisation"].initial = str(organisations[0].pk)


class RecordForm(forms.Form):
    """An appeal that reached the body by another channel, typed in by its
    registrar for the applicant (office/views/record.py). The rules (who may,
    which channels, how far back, consent) are `intake.recorded_problems`'s and `check_recorder`'s."""

    addressed_to = forms.ChoiceField(label=_("Body that received it"))
    channel = forms.ChoiceField(label=_("How it reached the body"), widget=forms.RadioSelect)
    form = forms.ChoiceField(label=_("Form"), widget=forms.RadioSelect)
    received_on = forms.DateField(
        label=_("Date received"),
        help_text=_("The term of consideration counts from this date."),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    kind = forms.ChoiceField(label=_("Kind"), choices=Kind.choices, widget=forms.RadioSelect)
    summary = forms.CharField(label=_("Summary"), required=False, max_length=255)
    text = forms.CharField(label=_("Text of the appeal"), widget=forms.Textarea(attrs={"rows": 8}), required=False)
    category = forms.ChoiceField(label=_("Category"), required=False)
    territory = forms.ChoiceField(label=_("District or city"), required=False)
    mahalla = forms.CharField(label=_("Mahalla code"), required=False, max_length=20)
    pinfl = forms.CharField(
        label=_("PINFL"), required=False, max_length=20,
        help_text=_("If the person has an account, “Find by PINFL” fills in their details."),
    )
    full_name = forms.CharField(label=_("Full name"), required=False, max_length=255)
    address = forms.CharField(label=_("Address"), required=False, max_length=500)
    phone = forms.CharField(
        label=_("Phone"), required=False, max_length=32,
        help_text=_("The receipt goes here by SMS."),
    )
    email = forms.CharField(label=_("E-mail"), required=False, max_length=254)
    cosigners = forms.CharField(
        label=_("Co-signers"), required=False, widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("One per line: full name, then a semicolon and the address."),
    )
    scan = forms.FileField(label=_("Scan of the letter"), required=False)
    consent = forms.BooleanField(
        label=_("The applicant agrees that I record this appeal for them and that their details are kept with it."),
        required=False,
    )

    def __init__(self, *args, bodies, channels, forms_, categories, territories, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["addressed_to"].choices = bodies
        self.fields["channel"].choices = channels
        self.fields["form"].choices = forms_
        self.fields["category"].choices = [("", _("Not chosen")), *categories]
        self.fields["territory"].choices = [("", _("Not chosen")), *territories]
