"""One form per step of the journey.

The rules are intake's: each form runs `intake.validate` on the draft with
its own answers on top, and shows the messages of the fields it owns (the
other steps' gaps are not this page's business). So a page says exactly
what the API would say, in the reader's language.
"""

from django import forms
from django.conf import settings
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from murojaat.appeals import intake
from murojaat.appeals.models import ApplicantType, Kind
from murojaat.core.errors import InvalidInput
from murojaat.filing import draft as drafts
from murojaat.filing import geo

KIND_HINTS = {
    Kind.APPLICATION: _(
        "You ask a state body to help you use a right or solve a problem: for example, "
        "to connect gas, repair a road or get a document."
    ),
    Kind.SUGGESTION: _("You propose how the state or a state body could work better."),
    Kind.COMPLAINT: _(
        "Your rights were broken by a decision, an action or a failure to act, "
        "and you ask for them to be restored."
    ),
}


class HintedRadioSelect(forms.RadioSelect):
    """Radios with a hint under each choice (GOV.UK "radio items with hints")."""

    option_template_name = "filing/widgets/hinted_option.html"

    def __init__(self, *args, hints=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.hints = hints or {}

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        option["hint"] = self.hints.get(value, "")
        if option["hint"]:
            option["attrs"]["aria-describedby"] = f"{option['attrs']['id']}-hint"
        return option


class FilterableRadioSelect(forms.RadioSelect):
    """Radios that the live filter (enhance.js `data-filter-for`) can narrow."""

    template_name = "filing/widgets/filterable_radio.html"


class StepForm(forms.Form):
    """A step's form. `owns` maps intake's field names to this form's fields."""

    owns: dict[str, str] = {}

    def __init__(self, *args, draft: dict, language: str, **kwargs):
        self.draft = draft
        self.language = language
        super().__init__(*args, **kwargs)

    def answers(self) -> dict:
        """What this step writes into the draft."""
        return dict(self.cleaned_data)

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        submission = drafts.submission(self.draft, language=self.language, **self.answers())
        try:
            intake.validate(submission)
        except InvalidInput as exc:
            for intake_name, form_name in self.owns.items():
                if intake_name in exc.fields and form_name not in self.errors:
                    self.add_error(form_name, exc.fields[intake_name])
        return cleaned


class KindForm(StepForm):
    owns = {"kind": "kind"}
    kind = forms.CharField(
        label=_("What do you want to send?"),
        required=False,
        widget=HintedRadioSelect(
            choices=[(value, capfirst(label)) for value, label in Kind.choices], hints=KIND_HINTS
        ),
    )


class AboutForm(StepForm):
    owns = {"text": "text", "summary": "summary"}
    text = forms.CharField(
        label=_("What is your appeal about?"),
        required=False,
        help_text=_(
            "Say what happened, where and when, and what you ask for. Write in any language or script."
        ),
        widget=forms.Textarea(attrs={"rows": 10, "spellcheck": "true"}),
    )
    summary = forms.CharField(
        label=_("A short title"),
        required=False,
        max_length=255,
        help_text=_("For example: “No gas on our street since Monday”."),
    )


NOT_SURE = "not-sure"


class CategoryForm(StepForm):
    owns = {"category": "category"}
    category = forms.CharField(label=_("Which topic is closest?"), required=False)

    def clean_category(self):
        value = self.cleaned_data["category"]
        if not value:
            raise forms.ValidationError(_("Choose a topic, or “I am not sure”."))
        return value

    def answers(self) -> dict:
        value = self.cleaned_data.get("category", "")
        return {"category": "" if value == NOT_SURE else value}


class RegionForm(StepForm):
    region = forms.CharField(label=_("Which region is it in?"), required=False, widget=forms.RadioSelect)

    def __init__(self, *args, regions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.regions = {r.soato: r for r in regions}
        self.fields["region"].widget.choices = [(r.soato, r.name) for r in regions]

    def clean_region(self):
        value = self.cleaned_data["region"]
        if value not in self.regions:
            raise forms.ValidationError(_("Choose the region."))
        return value


class DistrictForm(StepForm):
    owns = {"territory": "territory"}
    territory = forms.CharField(
        label=_("Which district or city?"), required=False, widget=FilterableRadioSelect
    )

    def __init__(self, *args, districts=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.districts = {d.soato: d for d in districts}
        self.fields["territory"].widget.choices = [(d.soato, d.name) for d in districts]

    def clean_territory(self):
        value = self.cleaned_data["territory"]
        if not value:
            raise forms.ValidationError(_("Choose the district or city."))
        if value not in self.districts:
            raise forms.ValidationError(_("Unknown district or city."))
        return value

    def answers(self) -> dict:
        return {"territory": self.cleaned_data.get("territory", ""), "mahalla": ""}


NO_MAHALLA = "none"


class MahallaForm(StepForm):
    owns = {"mahalla": "mahalla"}
    mahalla = forms.CharField(
        label=_("Which mahalla?"),
        required=False,
        widget=FilterableRadioSelect,
        help_text=_("The mahalla citizens’ assembly of the place your appeal is about."),
    )

    def __init__(self, *args, mahallas=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["mahalla"].widget.choices = [(m.code, m.name) for m in mahallas] + [
            (NO_MAHALLA, _("I don’t know, or it is not in the list"))
        ]

    def clean_mahalla(self):
        value = self.cleaned_data["mahalla"]
        if not value:
            raise forms.ValidationError(_("Choose the mahalla, or “I don’t know”."))
        return value

    def answers(self) -> dict:
        value = self.cleaned_data.get("mahalla", "")
        return {"mahalla": "" if value == NO_MAHALLA else value}


class PlaceForm(StepForm):
    owns = {"latitude": "latitude", "longitude": "longitude"}
    latitude = forms.DecimalField(
        label=_("Latitude"),
        required=False,
        max_digits=9,
        decimal_places=6,
        help_text=_("For example 38.860000"),
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
        error_messages={
            "invalid": _("Enter a number like 38.860000."),
            "max_digits": _("Enter a number like 38.860000."),
            "max_decimal_places": _("Enter a number like 38.860000."),
            "max_whole_digits": _("Enter a number like 38.860000."),
        },
    )
    longitude = forms.DecimalField(
        label=_("Longitude"),
        required=False,
        max_digits=9,
        decimal_places=6,
        help_text=_("For example 65.790000"),
        widget=forms.TextInput(attrs={"inputmode": "decimal"}),
        error_messages={
            "invalid": _("Enter a number like 65.790000."),
            "max_digits": _("Enter a number like 65.790000."),
            "max_decimal_places": _("Enter a number like 65.790000."),
            "max_whole_digits": _("Enter a number like 65.790000."),
        },
    )

    def clean(self):
        cleaned = super().clean()
        lat, lon = cleaned.get("latitude"), cleaned.get("longitude")
        if self.errors:
            return cleaned
        if (lat is None) != (lon is None):
            missing = "longitude" if lon is None else "latitude"
            self.add_error(missing, _("Enter both the latitude and the longitude, or neither."))
        elif lat is not None and not geo.in_country(float(lat), float(lon)):
            self.add_error("latitude", _("This point is not in Uzbekistan. Check the numbers."))
        return cleaned

    def answers(self) -> dict:
        lat, lon = self.cleaned_data.get("latitude"), self.cleaned_data.get("longitude")
        return {
            "latitude": float(lat) if lat is not None else None,
            "longitude": float(lon) if lon is not None else None,
        }


class FileForm(forms.Form):
    file = forms.FileField(
        label=_("Add a file"),
        required=False,
        help_text=_("PDF, JPEG, PNG or Word (DOCX), up to %(size)s MB each.")
        % {"size": f"{settings.ATTACHMENT_MAX_BYTES / (1024 * 1024):g}"},
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png,.docx"}),
    )


class ApplicantTypeForm(StepForm):
    owns = {"applicant_type": "applicant_type"}
    applicant_type = forms.CharField(
        label=_("Who is writing?"),
        required=False,
        widget=HintedRadioSelect(
            choices=[
                (ApplicantType.INDIVIDUAL, _("I am writing for myself")),
                (ApplicantType.LEGAL_ENTITY, _("I am writing for an organisation (a legal entity)")),
            ],
            hints={
                ApplicantType.LEGAL_ENTITY: _(
                    "A company, farm, association or other legal entity. "
                    "You will need its name and taxpayer number (TIN)."
                )
            },
        ),
    )

    def clean_applicant_type(self):
        value = self.cleaned_data["applicant_type"]
        if value not in ApplicantType.values:
            raise forms.ValidationError(_("Choose individual or legal entity."))
        return value


def _text(label, *, help_text="", autocomplete="", input_type="text", css="", max_length=255, **extra):
    attrs = {"autocomplete": autocomplete} if autocomplete else {}
    if css:
        attrs["class"] = css
    widget = {"email": forms.EmailInput, "tel": forms.TextInput}.get(input_type, forms.TextInput)(attrs=attrs)
    if input_type == "tel":
        widget.input_type = "tel"
    return forms.CharField(
        label=label, help_text=help_text, required=False, max_length=max_length, widget=widget, **extra
    )


class IndividualForm(StepForm):
    owns = {name: name for name in drafts.PERSONAL}
    full_name = _text(
        _("Full name"),
        help_text=_("Surname, first name and patronymic, as in your passport."),
        autocomplete="name",
    )
    address = _text(
        _("Address where you live"),
        help_text=_(
            "Region, district, street, house and flat. "
            "The law asks for it; a written answer may come by post."
        ),
        autocomplete="street-address",
        max_length=500,
    )
    phone = _text(
        _("Phone number"),
        help_text=_("We send a text message when your appeal moves on."),
        autocomplete="tel",
        input_type="tel",
        css="input--short",
    )
    email = _text(_("E-mail address"), autocomplete="email", input_type="email", max_length=254)
    pinfl = _text(
        _("Personal identification number (PINFL)"),
        help_text=_("The 14 digits on your ID card. It helps the body find your earlier appeals."),
        css="input--short",
        max_length=14,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["pinfl"].widget.attrs["inputmode"] = "numeric"


class LegalEntityForm(StepForm):
    owns = {name: name for name in drafts.ORGANISATION}
    organisation_name = _text(_("Full name of the organisation"), autocomplete="organization")
    tin = _text(
        _("Taxpayer identification number, TIN"), help_text=_("9 digits."), css="input--short", max_length=9
    )
    address = _text(_("Postal address of the organisation"), autocomplete="street-address", max_length=500)
    signatory_name = _text(_("Name of the head or authorised person who signs"), autocomplete="name")
    signatory_position = _text(
        _("Their position"), help_text=_("For example: director."), autocomplete="organization-title"
    )
    phone = _text(_("Phone number"), autocomplete="tel", input_type="tel", css="input--short")
    email = _text(_("E-mail address"), autocomplete="email", input_type="email", max_length=254)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tin"].widget.attrs["inputmode"] = "numeric"
