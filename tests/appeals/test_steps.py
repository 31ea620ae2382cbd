"""The officials' steps, once for the API and the office pages (murojaat/appeals/steps.py)."""

import pytest
from django.test import Client

from murojaat.appeals import lifecycle, steps
from murojaat.appeals.models import Status
from murojaat.core.errors import InvalidInput
from murojaat.office.step_pages import STEPS as PAGES
from tests.accounts.helpers import api_token
from tests.appeals.factories import file_appeal
from tests.conftest import PASSWORD


def test_every_step_an_official_takes_is_in_the_table_and_has_a_page():
    officials = {n for n, t in lifecycle.TRANSITIONS.items() if not t.by_applicant and not t.by_system_only}
    assert set(steps.STEPS) == officials == set(PAGES)


def test_each_pages_form_asks_for_exactly_the_steps_inputs():
    for name, step in steps.STEPS.items():
        wanted = {given.field for given in step.inputs.values()}
        assert set(PAGES[name].form.base_fields) == wanted, name


@pytest.mark.parametrize(
    "name, values, field",
    [
        ("forward", {"to": "no-such-body", "reason": ""}, "to"),
        ("assign", {"executor": "nobody"}, "executor"),
        ("merge", {"tracking_code": "AAAAAAAAAAAA"}, "tracking_code"),
        ("mark_repeated", {"tracking_code": "AAAAAAAAAAAA"}, "tracking_code"),
    ],
)
def test_an_input_that_cannot_be_found_is_refused_on_its_field_and_changes_nothing(world, name, values, field):
    appeal = file_appeal(world).appeal
    with pytest.raises(InvalidInput) as refused:
        steps.step_take(name, appeal=appeal, official=world.head_a, values=values)
    assert set(refused.value.fields) == {field}
    appeal.refresh_from_db()
    assert appeal.status == Status.RECEIVED


def test_another_appeal_is_found_only_among_those_the_official_can_see(world):
    here = file_appeal(world).appeal
    there = file_appeal(world, territory=world.district_b.soato, full_name="Aliyev Sardor",
                        text="Koson tumanida gaz bosimi juda past, qishda uylar isimaydi. Yordam bering.").appeal
    assert there.organisation_id != here.organisation_id
    with pytest.raises(InvalidInput) as refused:
        steps.step_take("merge", appeal=here, official=world.head_a, values={"tracking_code": there.tracking_code})
    assert "tracking_code" in refused.value.fields


def test_the_api_names_the_same_field(world):
    appeal = file_appeal(world).appeal
    api = Client()
    bearer = {"HTTP_AUTHORIZATION": f"Bearer {api_token(api, world.head_a, PASSWORD)}"}
    response = api.post(f"/api/v1/appeals/{appeal.tracking_code}/forward", {"to": "no-such-body"},
                        content_type="application/json", **bearer)
    assert response.status_code == 422
    assert set(response.json()["fields"]) == {"to"}
