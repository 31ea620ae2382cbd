"""Errors that domain code raises. They carry a stable code, a translatable
message and per-field messages; the web and API layers only choose the HTTP
status and render them in the reader's language."""

from django.utils.translation import gettext_lazy as _


class DomainError(Exception):
    code = "error"
    default_message = _("The request could not be completed.")

    def __init__(self, message=None, *, code: str | None = None, fields: dict | None = None):
        self.message = message if message is not None else self.default_message
        if code:
            self.code = code
        self.fields = fields or {}
        super().__init__(str(self.message))


class InvalidInput(DomainError):
    code = "invalid"
    default_message = _("Some of the information given is not valid.")


class NotFound(DomainError):
    code = "not_found"
    default_message = _("Nothing was found.")


class Unauthorized(DomainError):
    code = "unauthorized"
    default_message = _("Sign in to do this.")


class NotAllowed(DomainError):
    code = "forbidden"
    default_message = _("You are not allowed to do this.")


class InvalidTransition(DomainError):
    code = "invalid_transition"
    default_message = _("This step is not possible in the appeal's current state.")


class Conflict(DomainError):
    code = "conflict"
    default_message = _("The request conflicts with an earlier one.")
