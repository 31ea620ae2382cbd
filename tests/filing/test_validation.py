"""Every step refuses bad answers with a clear message in the reader's
language, keeps what was typed, and saves nothing."""

import pytest

from murojaat.appeals.models import Appeal

from .conftest import TEXT, url, walk


def post_step(client, world, step, data, **before):
    walk(client, world, upto=step, **before)
    response = client.post(url(step), data)
    assert response.status_code == 200, "an invalid answer must show the page again, not move on"
    assert Appeal.objects.count() == 0
    return response


def errors_of(response) -> dict:
    form = response.context["form"]
    return {name: [str(m) for m in messages] for name, messages in form.errors.items()}


def page(response) -> str:
    return response.content.decode()


def assert_error_page(response, field_anchor, message):
    html = page(response)
    assert "<title>Error:" in html
    assert 'class="error-summary"' in html
    assert f'href="#{field_anchor}">{message}</a>' in html
    assert 'class="error-message"' in html


@pytest.mark.parametrize("value", ["", "petition"])
def test_kind_must_be_one_of_the_three(client, world, value):
    response = post_step(client, world, "kind", {"kind": value})
    assert errors_of(response) == {"kind": ["Choose application, suggestion or complaint."]}
    assert_error_page(response, "id_kind", "Choose application, suggestion or complaint.")


def test_text_must_say_enough_and_keeps_what_was_typed(client, world):
    response = post_step(client, world, "about", {"text": "Yo‘l", "summary": "Yo‘l buzilgan"})
    assert errors_of(response) == {"text": ["Describe the matter in at least 10 characters."]}
    assert "Yo‘l</textarea>" in page(response)
    assert 'value="Yo‘l buzilgan"' in page(response)


def test_text_must_not_be_too_long(client, world):
    response = post_step(client, world, "about", {"text": "a" * 20_001, "summary": ""})
    assert errors_of(response) == {"text": ["The text is too long: at most 20000 characters."]}


def test_summary_must_be_short(client, world):
    response = post_step(client, world, "about", {"text": TEXT, "summary": "s" * 256})
    assert list(errors_of(response)) == ["summary"]


def test_messages_are_in_the_readers_language(client, world):
    client.cookies["django_language"] = "ru"
    response = post_step(client, world, "about", {"text": "коротко", "summary": ""})
    assert errors_of(response)["text"] == ["Опишите суть вопроса не менее чем в 10 символах."]


def test_a_topic_must_be_chosen(client, world):
    response = post_step(client, world, "category", {})
    assert errors_of(response) == {"category": ["Choose a topic, or “I am not sure”."]}
    assert 'id="id_category"' in page(response)


def test_an_unknown_or_group_topic_is_refused(client, world):
    response = post_step(client, world, "category", {"category": "no-such-topic"})
    assert errors_of(response) == {"category": ["Unknown category."]}
    response = client.post(url("category"), {"category": world.roads.parent.code})
    assert errors_of(response) == {"category": ["Choose a specific topic within the group."]}


def test_not_sure_is_a_valid_answer(client, world):
    walk(client, world, upto="category")
    assert client.post(url("category"), {"category": "not-sure"}).status_code == 302
    assert client.session["filing_draft"]["category"] == ""


def test_a_region_must_be_chosen(client, world):
    response = post_step(client, world, "region", {})
    assert errors_of(response) == {"region": ["Choose the region."]}
    response = client.post(url("region"), {"region": "9999"})
    assert errors_of(response) == {"region": ["Choose the region."]}


def test_a_district_must_be_chosen_within_the_region(client, world):
    response = post_step(client, world, "district", {})
    assert errors_of(response) == {"territory": ["Choose the district or city."]}
    response = client.post(url("district"), {"territory": "1703202"})  # a district of Andijan
    assert errors_of(response) == {"territory": ["Unknown district or city."]}


def test_a_mahalla_must_be_chosen_or_declared_unknown(client, world, mahallas):
    response = post_step(client, world, "mahalla", {})
    assert errors_of(response) == {"mahalla": ["Choose the mahalla, or “I don’t know”."]}
    response = client.post(url("mahalla"), {"mahalla": "no-such-mahalla"})
    assert errors_of(response) == {"mahalla": ["Unknown mahalla."]}
    assert client.post(url("mahalla"), {"mahalla": "none"}).status_code == 302


def test_a_mahalla_of_another_district_is_refused(client, world, mahallas):
    from murojaat.territories.models import Mahalla

    Mahalla.objects.create(territory=world.district_b, code="1710229-001", name_uz="Koson MFY")
    response = post_step(client, world, "mahalla", {"mahalla": "1710229-001"})
    assert errors_of(response) == {"mahalla": ["This mahalla is not in the chosen district."]}


@pytest.mark.parametrize(
    ("data", "errors"),
    [
        ({"latitude": "abc", "longitude": "65.79"}, {"latitude": ["Enter a number like 38.860000."]}),
        (
            {"latitude": "38.86", "longitude": ""},
            {"longitude": ["Enter both the latitude and the longitude, or neither."]},
        ),
        (
            {"latitude": "51.5", "longitude": "-0.12"},
            {"latitude": ["This point is not in Uzbekistan. Check the numbers."]},
        ),
    ],
)
def test_a_typed_point_must_be_two_numbers_in_uzbekistan(client, world, data, errors):
    response = post_step(client, world, "place", {**data, "action": "continue"})
    assert errors_of(response) == errors
    assert f'value="{data["latitude"]}"' in page(response)


def test_who_must_be_chosen(client, world):
    response = post_step(client, world, "who", {"applicant_type": ""})
    assert errors_of(response) == {"applicant_type": ["Choose individual or legal entity."]}


def test_an_individual_must_give_name_and_address(client, world):
    response = post_step(
        client,
        world,
        "details",
        {"full_name": "", "address": "", "phone": "+998 90 1", "email": "nobody", "pinfl": "123"},
    )
    errors = errors_of(response)
    assert errors["full_name"] == ["Enter your full name."]
    assert errors["address"] == ["Enter the address where you live."]
    assert errors["phone"] == ["Enter a phone number like +998 90 123 45 67."]
    assert errors["email"] == ["Enter an e-mail address like name@example.uz."]
    assert list(errors) == ["full_name", "address", "phone", "email", "pinfl"]
    assert 'value="+998 90 1"' in page(response) and 'value="nobody"' in page(response)


def test_a_legal_entity_must_give_name_address_and_signatory(client, world):
    response = post_step(
        client,
        world,
        "details",
        {
            "organisation_name": "",
            "address": "",
            "signatory_name": "",
            "tin": "12",
            "signatory_position": "",
            "phone": "",
            "email": "",
        },
        who={"applicant_type": "legal_entity"},
    )
    errors = errors_of(response)
    assert errors["organisation_name"] == ["Enter the full name of the legal entity."]
    assert errors["address"] == ["Enter the postal address of the legal entity."]
    assert errors["signatory_name"] == ["Enter the name of the head or authorised person who signs."]
    assert "tin" in errors
    assert 'value="12"' in page(response)


def test_an_invalid_answer_does_not_mark_the_step_answered(client, world):
    walk(client, world, upto="about")
    client.post(url("about"), {"text": "short"})
    assert client.get(url("category")).url == url("about")
