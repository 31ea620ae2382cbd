"""A refused action shown on the form that asked for it.

Domain code raises `DomainError` with a message and per-field messages
(murojaat/core/errors.py); every page shows them the same way, through
`add_domain_error`.
"""

from django import forms

from murojaat.core.errors import DomainError


def add_domain_error(form: forms.Form, error: DomainError) -> None:
    """Each field's message beside that field; the error's own message at the
    top, unless it only repeats what the fields already say (the generic "not
    valid", or the very words of a field's message). A field the form does not
    have is told at the top when the error's message says nothing more
    specific, and left out when it does."""
    message = str(error.message)
    generic = message == str(type(error).default_message)
    said = set()
    for name, field_message in error.fields.items():
        if name in form.fields:
            form.add_error(name, str(field_message))
        elif generic:
            form.add_error(None, str(field_message))
        else:
            continue
        said.add(str(field_message))
    if not said or (not generic and message not in said):
        form.add_error(None, message)
