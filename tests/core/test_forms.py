"""A refused action on the form that asked for it (murojaat/core/forms.py)."""

from django import forms

from murojaat.core.errors import InvalidInput, InvalidTransition
from murojaat.core.forms import add_domain_error


class StepForm(forms.Form):
    to = forms.CharField()
    reason = forms.CharField(required=False)


def shown(error) -> dict:
    form = StepForm({"to": "body", "reason": ""})
    assert form.is_valid()
    add_domain_error(form, error)
    return {name: [str(m) for m in messages] for name, messages in form.errors.items()}


def test_field_messages_go_beside_their_fields_and_the_generic_message_is_not_repeated():
    assert shown(InvalidInput(fields={"to": "Unknown body."})) == {"to": ["Unknown body."]}


def test_the_actions_own_explanation_goes_at_the_top_too():
    error = InvalidInput("The appeal is already with this body.", fields={"to": "Choose another body."})
    assert shown(error) == {"to": ["Choose another body."], "__all__": ["The appeal is already with this body."]}


def test_an_explanation_that_only_repeats_the_fields_message_is_said_once():
    error = InvalidInput("The file is empty.", fields={"to": "The file is empty."})
    assert shown(error) == {"to": ["The file is empty."]}


def test_an_error_without_fields_goes_at_the_top():
    assert shown(InvalidTransition()) == {"__all__": [str(InvalidTransition.default_message)]}


def test_a_field_the_form_lacks_is_told_at_the_top_only_when_nothing_more_specific_is_said():
    assert shown(InvalidInput(fields={"kind": "Unknown kind."})) == {"__all__": ["Unknown kind."]}
    error = InvalidInput("Choose another appeal to merge with.", fields={"into": "Choose an appeal."})
    assert shown(error) == {"__all__": ["Choose another appeal to merge with."]}
