from datetime import timedelta

import pytest
from django.utils import timezone

from murojaat.appeals.codes import new_tracking_code
from murojaat.appeals.models import Appeal, Kind, Status

ACCESS_KEY = "K7MX4QTP"


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.ATTACHMENT_MAX_BYTES = 2 * 1024 * 1024
    settings.ATTACHMENT_MAX_COUNT = 3
    return settings.MEDIA_ROOT


def make_appeal(world, *, status: str = Status.IN_PROGRESS, access_key: str = ACCESS_KEY) -> Appeal:
    """An appeal with just the required columns, addressed to body A."""
    now = timezone.now()
    return Appeal.objects.create(
        tracking_code=new_tracking_code(),
        access_key_hash=Appeal.hash_access_key(access_key),
        kind=Kind.COMPLAINT,
        status=status,
        text="Ko‘chamizdagi yo‘l chuqurlarini ta’mirlashni so‘rayman.",
        addressed_to=world.body_a,
        organisation=world.body_a,
        received_at=now,
        registration_due_at=now + timedelta(days=3),
        decider_received_at=now,
        forward_due_at=now + timedelta(days=5),
        due_at=now + timedelta(days=15),
    )


@pytest.fixture
def appeal(world) -> Appeal:
    return make_appeal(world)
