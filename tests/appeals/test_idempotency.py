"""A client that retries POST /api/v1/appeals with the same Idempotency-Key
never files twice; keys are kept for 24 hours."""

from datetime import timedelta

import pytest
import time_machine
from django.test import Client
from django.utils import timezone

from murojaat.appeals import idempotency
from murojaat.appeals.idempotency import TTL, idempotency_keys_purge
from murojaat.appeals.models import Appeal, IdempotencyRecord
from murojaat.audit.models import AuditEvent
from tests.appeals.test_api import BODY


@pytest.fixture
def api():
    return Client()


def post(api, body=BODY, key="retry-me-1"):
    return api.post("/api/v1/appeals", body, content_type="application/json", HTTP_IDEMPOTENCY_KEY=key)


def test_a_retry_gets_the_first_answer_with_the_same_access_key(world, api):
    first = post(api)
    again = post(api, dict(reversed(list(BODY.items()))))  # same body, keys in another order

    assert first.status_code == again.status_code == 201
    assert again.json() == first.json() and again.json()["access_key"]
    assert Appeal.objects.count() == 1


def test_the_same_key_with_another_body_is_refused_and_files_nothing(world, api):
    post(api)
    reused = post(api, dict(BODY, text=BODY["text"] + " Yana."))

    assert reused.status_code == 409 and reused.json()["code"] == "idempotency_key_reused"
    assert Appeal.objects.count() == 1


def test_requests_without_a_key_or_with_different_keys_file_each_time(world, api):
    api.post("/api/v1/appeals", BODY, content_type="application/json")
    api.post("/api/v1/appeals", BODY, content_type="application/json")
    post(api, key="a")
    post(api, key="b")
    assert Appeal.objects.count() == 4


def test_a_key_is_forgotten_after_24_hours(world, api):
    first = post(api).json()
    with time_machine.travel(timezone.now() + TTL + timedelta(minutes=1)):
        later = post(api, dict(BODY, text=BODY["text"] + " Yana."))

    assert later.status_code == 201
    assert later.json()["tracking_code"] != first["tracking_code"]
    assert Appeal.objects.count() == 2 and IdempotencyRecord.objects.count() == 1


def test_a_key_still_holds_just_before_24_hours(world, api):
    first = post(api).json()
    with time_machine.travel(timezone.now() + TTL - timedelta(minutes=1)):
        again = post(api)

    assert again.json() == first and Appeal.objects.count() == 1


def test_the_hourly_purge_deletes_only_expired_keys(world, api):
    post(api, key="old")
    IdempotencyRecord.objects.filter(key="old").update(created_at=timezone.now() - TTL - timedelta(seconds=1))
    post(api, key="new")

    assert idempotency_keys_purge() == {"deleted": 1}
    assert list(IdempotencyRecord.objects.values_list("key", flat=True)) == ["new"]


@pytest.mark.parametrize("transaction", [
    pytest.param(False, id="inside-a-transaction"),
    pytest.param(True, id="autocommit", marks=pytest.mark.django_db(transaction=True)),
])
def test_two_requests_with_one_key_at_once_file_once_and_answer_alike(world, api, monkeypatch, transaction):
    """The retry looked for the key before the first request had committed
    and did not find it: its write clashes on the key, writes nothing (not
    even the appeal), and it answers as the first did."""
    first = post(api).json()
    looked = []

    def not_yet_committed(*, key, now=None):
        looked.append(key)
        return None if len(looked) == 1 else IdempotencyRecord.objects.filter(key=key).first()

    monkeypatch.setattr(idempotency, "idempotency_record_live", not_yet_committed)
    again = post(api)

    assert again.status_code == 201 and again.json() == first
    assert looked == ["retry-me-1", "retry-me-1"]
    assert Appeal.objects.count() == 1 and IdempotencyRecord.objects.count() == 1
    assert AuditEvent.objects.filter(action="appeal.received").count() == 1
