"""Every API operation, for every persona.

The operations are read from the published OpenAPI schema, so a new
endpoint is covered the day it is added. For each persona the answer must be
what their relationship to body A's appeal allows: never a server error,
never another body's data.
"""

import re

import pytest
from django.test import Client

from murojaat.appeals import codes
from murojaat.appeals.models import Appeal
from tests.accounts.helpers import api_token
from tests.appeals.factories import file_appeal
from tests.conftest import PASSWORD

PERSONAS = ["anonymous", "citizen", "outsider", "registrar_a", "executor_a", "head_a", "supervisor", "executor_b"]
# Officials who can see body A's appeal (the supervisor through the regional body).
SEES_BODY_A = {"registrar_a", "executor_a", "head_a", "supervisor"}

SAMPLE_BODIES = {
    "appeals": {"kind": "complaint", "text": "Yo‘l buzilgan, iltimos ta’mirlang, bolalar yiqilyapti.",
                "full_name": "Aliyev Bobur", "address": "Qarshi tumani", "territory": "1710224"},
    "token": {"username": "executor_a", "password": PASSWORD},
    "forward": {"to": "hokimiyat-1710229", "reason": "Koson tumaniga tegishli"},
    "assign": {"executor": "executor_a"},
    "set_extra_study": {"reason": "Joyida o‘rganish kerak"},
    "notify_further_study": {"note": "O‘rganilmoqda"},
    "extend": {"until": "2099-01-01", "reason": "Ekspertiza"},
    "answer": {"text": "Yo‘l ta’mirlandi, rahmat."},
    "leave_without_consideration": {"reason": "anonymous", "conclusion": "Ism va manzil ko‘rsatilmagan xat."},
    "merge": {"tracking_code": "AAAA-AAAA-AAAA"},
    "mark_repeated": {"tracking_code": "AAAA-AAAA-AAAA"},
    "rating": {"rating": 4, "comment": "Yaxshi"},
    "contest": {"text": "Javobga rozi emasman, yo‘l ta’mirlanmagan."},
}


def operations():
    client = Client()
    schema = client.get("/api/v1/openapi.json").json()
    for path, methods in schema["paths"].items():
        for method, operation in methods.items():
            yield method, path, bool(operation.get("security"))


def client_for(world, persona: str) -> tuple[Client, dict]:
    client = Client()
    if persona == "anonymous":
        return client, {}
    user = getattr(world, persona)
    if persona in ("citizen", "outsider"):
        client.force_login(user)
        return client, {}
    return client, {"HTTP_AUTHORIZATION": f"Bearer {api_token(client, user, PASSWORD)}"}


def call(client, headers, method, path, appeal):
    url = re.sub(r"\{tracking_code\}", appeal.tracking_code, path)
    url = re.sub(r"\{soato\}", "1710224", url)
    url = re.sub(r"\{code\}", "hokimiyat-1710224", url)
    url = re.sub(r"\{attachment_id\}", "55eaeddf-5802-472e-ac85-d4a068e22d01", url)
    url = re.sub(r"\{[a-z_]+\}", "x", url)
    if method == "get":
        return client.get(url, **headers)
    body = SAMPLE_BODIES.get(url.rstrip("/").rsplit("/", 1)[-1], {})
    return client.generic(method.upper(), url, data=__import__("json").dumps(body),
                          content_type="application/json", **headers)


@pytest.mark.parametrize("persona", PERSONAS)
def test_every_operation_answers_each_persona_as_its_role_allows(world, persona):
    client, headers = client_for(world, persona)
    for method, path, secured in operations():
        appeal = file_appeal(world, user=world.citizen).appeal  # body A's, filed by the citizen
        response = call(client, headers, method, path, appeal)
        where = f"{method.upper()} {path} as {persona}"
        assert response.status_code < 500, where
        if response["Content-Type"].startswith("application/json"):
            body = response.json()
            if response.status_code >= 400:
                assert set(body) == {"code", "message", "fields"}, where
        if not secured:
            continue
        if persona == "anonymous":
            assert response.status_code == 401, where
        elif persona not in SEES_BODY_A and "{tracking_code}" not in path and persona == "executor_b":
            # Their own inbox: body A's appeal is not in it.
            assert response.status_code == 200, where
            assert codes.display(appeal.tracking_code) not in response.content.decode(), where
        elif persona not in SEES_BODY_A:
            # Citizens and officials of other bodies learn nothing, not even that it exists.
            assert response.status_code in (404, 422) and "text" not in response.json(), where
        else:
            assert response.status_code != 401, where


def test_an_official_of_another_body_cannot_change_body_a_appeals(world):
    client, headers = client_for(world, "executor_b")
    for method, path, secured in operations():
        if method != "post" or not secured:
            continue
        appeal = file_appeal(world).appeal
        before = Appeal.objects.filter(pk=appeal.pk).values().get()
        call(client, headers, method, path, appeal)
        assert Appeal.objects.filter(pk=appeal.pk).values().get() == before, path
