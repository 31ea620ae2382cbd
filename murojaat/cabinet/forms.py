from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from murojaat.cabinet.actions import CORRECTION_MAX


class NotificationSettingsForm(forms.Form):
    sms = forms.BooleanField(label=_("Send me SMS messages"), required=False)
    email = forms.BooleanField(label=_("Send me e-mails"), required=False)
    language = forms.ChoiceField(
        label=_("Language of the messages"),
        choices=[("", _("The language of each appeal")), *settings.LANGUAGES],
        required=False,
    )


class CorrectionForm(forms.Form):
    text = forms.CharField(
        label=_("What is wrong, and what should it be?"),
        help_text=_("Name the appeal or the detail, for example your address or your name."),
        max_length=CORRECTION_MAX,
        widget=forms.Textarea(attrs={"rows": 5}),
        error_messages={"required": _("Say what is wrong and what it should be.")},
    )


class ActingAsForm(forms.Form):
    """Whom this person acts for: themselves, or one of the organisations they represent."""

    tin = forms.ChoiceField(
        label=_("Who are you acting for?"),
        widget=forms.RadioSelect,
        required=False,
        error_messages={"invalid_choice": _("Choose yourself or one of the organisations you represent.")},
    )

    def __init__(self, *args, user, entities, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tin"].choices = [("", _("Myself, %(name)s") % {"name": user.full_name()})] + [
            (e["tin"], _("%(name)s, TIN %(tin)s") % e + (f" ({_('signed with its e-signature key')})" if e["asserted"] else ""))
            for e in entities
        ]
