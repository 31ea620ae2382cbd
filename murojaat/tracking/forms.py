"""Forms for following an appeal. Messages reuse the domain's wording where
the API says the same thing, so pages and API answer alike."""

from django import forms
from django.utils.translation import gettext_lazy as _

from murojaat.appeals import codes
from murojaat.appeals.intake import TEXT_MAX
from murojaat.tracking.explain import RATING_WORDS


def _code_input(**attrs):
    return forms.TextInput(
        attrs={
            "class": "input--code",
            "autocomplete": "off",
            "autocapitalize": "characters",
            "spellcheck": "false",
            **attrs,
        }
    )


class FindForm(forms.Form):
    code = forms.CharField(
        label=_("Tracking code"),
        help_text=_("12 letters and numbers from your receipt, for example K7MX-4QTP-9WR2."),
        max_length=40,
        error_messages={"required": _("Enter the tracking code.")},
        widget=_code_input(),
    )
    access_key = forms.CharField(
        label=_("Access key"),
        help_text=_("8 letters and numbers, given with the tracking code when you sent the appeal."),
        max_length=30,
        error_messages={"required": _("Enter the access key.")},
        widget=_code_input(),
    )

    def clean_code(self) -> str:
        value = codes.normalise(self.cleaned_data["code"])
        if not value:
            raise forms.ValidationError(self.fields["code"].error_messages["required"], code="required")
        return value

    def clean_access_key(self) -> str:
        value = codes.normalise(self.cleaned_data["access_key"])
        if not value:
            raise forms.ValidationError(self.fields["access_key"].error_messages["required"], code="required")
        return value


class RatingForm(forms.Form):
    rating = forms.ChoiceField(
        label=_("How good was the answer?"),
        choices=[],
        widget=forms.RadioSelect,
        # The lifecycle's own words, as the API gives them.
        error_messages={
            "required": _("Choose a rating from 1 to 5."),
            "invalid_choice": _("Choose a rating from 1 to 5."),
        },
    )
    comment = forms.CharField(
        label=_("Comment"),
        help_text=_(
            "What was good or bad about the answer? The body and the body above it read your comment."
        ),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Labels are built per request, so the words follow the reader's language.
        self.fields["rating"].choices = [(str(n), f"{n} – {word}") for n, word in RATING_WORDS.items()]

    def clean_rating(self) -> int:
        return int(self.cleaned_data["rating"])


class ContestForm(forms.Form):
    # Required-ness and length are checked by intake, as for the API: one
    # message for "empty" and "too short".
    text = forms.CharField(
        label=_("Why do you disagree with the answer?"),
        help_text=_("Say what is wrong with the answer and what you ask the higher body to do."),
        required=False,
        max_length=TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
