"""Readers get Murojaat in the language their browser asks for.

Django activates a language only when it finds a catalogue for it, so these
tests fail if the kaa or uz_Cyrl catalogue goes missing.
"""

import pytest
from django.test import RequestFactory
from django.utils import translation

SHORT_COMPLAINT = {"kind": "complaint", "text": "short"}


@pytest.mark.parametrize(
    ("accept_language", "language"),
    [
        ("uz", "uz"),
        ("uz-Latn-UZ", "uz"),
        ("uz-Cyrl", "uz-cyrl"),
        ("uz-Cyrl-UZ,uz;q=0.8", "uz-cyrl"),
        ("kaa", "kaa"),
        ("kaa-UZ,ru;q=0.8", "kaa"),
        ("ru-RU,ru;q=0.9,en;q=0.8", "ru"),
        ("en-GB", "en"),
        ("de-DE,fr;q=0.9", "uz"),  # nothing we have: the default, Uzbek
    ],
)
def test_the_language_is_picked_from_accept_language(accept_language, language):
    request = RequestFactory().get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    assert translation.get_language_from_request(request) == language


@pytest.mark.parametrize(
    ("accept_language", "content_language", "describe_the_matter"),
    [
        ("uz", "uz", "Masalani kamida 10 ta belgida bayon qiling."),
        ("uz-Cyrl", "uz-cyrl", "Масалани камида 10 та белгида баён қилинг."),
        ("kaa", "kaa", "Máseleni keminde 10 belgide bayan etiń."),
        ("ru", "ru", "Опишите суть вопроса не менее чем в 10 символах."),
        ("en", "en", "Describe the matter in at least 10 characters."),
    ],
)
def test_api_errors_come_back_in_the_readers_language(client, db, accept_language, content_language,
                                                       describe_the_matter):
    response = client.post("/api/v1/appeals", SHORT_COMPLAINT, content_type="application/json",
                           HTTP_ACCEPT_LANGUAGE=accept_language)

    assert response.status_code == 422
    assert response.headers["Content-Language"] == content_language
    assert response.json()["fields"]["text"] == describe_the_matter


def test_a_reader_without_a_preference_gets_uzbek_latin(db):
    from django.test import Client

    response = Client().post("/api/v1/appeals", SHORT_COMPLAINT, content_type="application/json")

    assert response.headers["Content-Language"] == "uz"
    assert response.json()["fields"]["text"] == "Masalani kamida 10 ta belgida bayon qiling."
