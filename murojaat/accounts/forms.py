"""Sign-in forms: password, then (for accounts that see personal data) a code."""

from django import forms
from django.contrib.auth import authenticate
from django.utils.translation import gettext_lazy as _


class SignInForm(forms.Form):
    username = forms.CharField(
        label=_("User name"),
        max_length=150,
        widget=forms.TextInput(
            attrs={"autocomplete": "username", "autocapitalize": "none", "spellcheck": "false"}
        ),
    )
    password = forms.CharField(
        label=_("Password"),
        max_length=4096,
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )

    # One message for every failure: it must not tell which half was wrong
    # or whether the account exists.
    error_messages = {"invalid": _("The user name or password is not right. Check them and try again.")}

    def __init__(self, *args, request=None, **kwargs):
        self.request = request
        self.user = None
        super().__init__(*args, **kwargs)
        self.fields["username"].error_messages["required"] = _("Enter your user name.")
        self.fields["password"].error_messages["required"] = _("Enter your password.")

    def clean(self):
        cleaned = super().clean()
        username, password = cleaned.get("username"), cleaned.get("password")
        if username and password:
            user = authenticate(self.request, username=username, password=password)
            if user is None or not user.is_active:
                raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
            self.user = user
        return cleaned


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code from your authenticator app"),
        help_text=_("The 6 digits the app shows for Murojaat. A new code appears every 30 seconds."),
        max_length=12,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "class": "input--short input--code",
                "spellcheck": "false",
            }
        ),
    )

    error_messages = {
        "wrong": _("The code is not right. Enter the 6 digits your authenticator app shows now."),
    }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["code"].error_messages["required"] = _("Enter the code from your authenticator app.")

    def reject(self) -> None:
        self.add_error("code", forms.ValidationError(self.error_messages["wrong"], code="wrong"))
