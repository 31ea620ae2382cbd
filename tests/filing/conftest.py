"""The filing journey through Django's test client.

`walk(client, world, upto=STEP, **answers)` answers every step up to (not
including) `upto` with sensible defaults, overridden by `answers`; the page
tests then poke at one step.
"""

import pytest
from django.urls import reverse

from murojaat.territories.models import Mahalla

TEXT = "Ko‘chamizdagi yo‘l uch oydan beri buzilgan, chuqurlar ko‘p. Iltimos, ta’mirlab bering."

STEP_ORDER = [
    "kind",
    "about",
    "category",
    "region",
    "district",
    "mahalla",
    "place",
    "files",
    "who",
    "details",
    "check",
]


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.ATTACHMENT_MAX_BYTES = 2 * 1024 * 1024
    settings.ATTACHMENT_MAX_COUNT = 3
    return settings.MEDIA_ROOT


@pytest.fixture
def mahallas(world):
    """Two mahallas in district A (Qarshi tumani); district B has none."""
    return [
        Mahalla.objects.create(
            territory=world.district_a, code="1710224-001", name_uz="Nasaf MFY", name_ru="МСГ «Насаф»"
        ),
        Mahalla.objects.create(territory=world.district_a, code="1710224-002", name_uz="Odina MFY"),
    ]


def url(step: str, change: bool = False) -> str:
    return reverse(f"filing:{step}") + ("?change=1" if change else "")


def defaults(world) -> dict:
    return {
        "kind": {"kind": "complaint"},
        "about": {"text": TEXT, "summary": "Yo‘l buzilgan"},
        "category": {"category": world.roads.code},
        "region": {"region": world.region.soato},
        "district": {"territory": world.district_a.soato},
        "mahalla": {"mahalla": "1710224-001"},
        "place": {"latitude": "", "longitude": "", "action": "continue"},
        "files": {"action": "continue"},
        "who": {"applicant_type": "individual"},
        "details": {
            "full_name": "Karimova Dilnoza Akmalovna",
            "address": "Qarshi tumani, Mustaqillik ko‘chasi 12",
            "phone": "+998 90 123 45 67",
            "email": "dilnoza@example.uz",
            "pinfl": "",
        },
    }


def walk(client, world, upto: str = "check", **answers):
    """Answer each step before `upto`; returns the last response (a redirect)."""
    steps = defaults(world)
    response = None
    for step in STEP_ORDER[: STEP_ORDER.index(upto)]:
        data = {**steps[step], **answers.get(step, {})}
        response = client.post(url(step), data)
        if (
            step == "mahalla"
            and response.status_code == 302
            and "mahalla" not in client.session.get("filing_draft", {}).get("answered", [])
        ):
            continue
        assert response.status_code == 302, (step, response.content.decode()[:3000])
    return response


def send(client, **extra):
    return client.post(url("check"), extra)


@pytest.fixture
def client():
    """Pages in English unless a test chooses a language (the default is Uzbek)."""
    from django.test import Client

    return Client(HTTP_ACCEPT_LANGUAGE="en")
