"""notify_applicant / notify_body: what is queued, in which language, and when it is sent."""

import json
from datetime import timedelta

import pytest
from django.core import mail
from django.db import transaction
from django.utils import timezone

from murojaat.language.scripts import is_cyrillic
from murojaat.notifications.models import Notification
from murojaat.notifications.services import notify_applicant, notify_body


def test_it_creates_one_notification_per_contact(make_appeal):
    appeal = make_appeal(email="dilnoza@example.uz", phone="+998 90 123-45-67")

    created = notify_applicant(appeal=appeal, event="received")

    assert sorted((n.channel, n.address) for n in created) == [
        ("email", "dilnoza@example.uz"),
        ("sms", "+998 90 123-45-67"),
    ]
    assert {n.dedupe_key for n in created} == {
        f"appeal:{appeal.pk}:received:email:",
        f"appeal:{appeal.pk}:received:sms:",
    }
    assert all(n.status == Notification.Status.PENDING for n in created)


def test_it_creates_only_the_channels_the_applicant_gave(make_appeal):
    phone_only = make_appeal(phone="901234567")
    no_contact = make_appeal()
    no_applicant = make_appeal(with_applicant=False)

    assert [n.channel for n in notify_applicant(appeal=phone_only, event="registered")] == ["sms"]
    assert notify_applicant(appeal=no_contact, event="registered") == []
    assert notify_applicant(appeal=no_applicant, event="registered") == []


def test_it_never_notifies_the_same_event_twice(make_appeal):
    appeal = make_appeal(email="dilnoza@example.uz")

    notify_applicant(appeal=appeal, event="answered")
    again = notify_applicant(appeal=appeal, event="answered")
    next_day = notify_applicant(appeal=appeal, event="answered", context={"seq": "2"})

    assert again == []
    assert len(next_day) == 1
    assert Notification.objects.filter(appeal=appeal).count() == 2


def test_it_tells_a_second_extension_apart_from_a_retry_of_the_first(make_appeal):
    appeal = make_appeal(email="dilnoza@example.uz")
    assert len(notify_applicant(appeal=appeal, event="extended")) == 1
    assert notify_applicant(appeal=appeal, event="extended") == []

    appeal.extended_until = appeal.due_at + timedelta(days=20)
    appeal.save()
    assert len(notify_applicant(appeal=appeal, event="extended")) == 1


@pytest.mark.usefixtures("immediate_tasks")
def test_it_sends_in_russian_to_a_russian_speaking_applicant(
    make_appeal, django_capture_on_commit_callbacks, sms_to_file
):
    appeal = make_appeal(language="ru", email="ivan@example.uz", phone="+998901112233")

    with django_capture_on_commit_callbacks(execute=True):
        notify_applicant(appeal=appeal, event="received")

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ivan@example.uz"]
    assert message.subject == f"Ваше обращение {appeal.tracking_code} получено"
    assert "Срок ответа" in message.body
    sms = json.loads(sms_to_file.read_text().splitlines()[0])
    assert sms["to"] == "998901112233"
    assert appeal.tracking_code in sms["text"] and "Срок ответа" in sms["text"]
    assert set(Notification.objects.values_list("status", flat=True)) == {"sent"}


@pytest.mark.usefixtures("immediate_tasks")
def test_it_writes_to_an_uzbek_cyrillic_reader_in_cyrillic(make_appeal, django_capture_on_commit_callbacks):
    appeal = make_appeal(language="uz-cyrl", email="aziz@example.uz")

    with django_capture_on_commit_callbacks(execute=True):
        notify_applicant(appeal=appeal, event="registered")

    message = mail.outbox[0]
    assert is_cyrillic(message.subject) and is_cyrillic(message.body)
    # The tracking code and the date are left as they are.
    assert appeal.tracking_code in message.subject
    assert timezone.localdate(appeal.due_at).strftime("%d.%m.%Y") in message.body


@pytest.mark.usefixtures("immediate_tasks")
def test_it_writes_the_body_name_and_date_in_the_readers_form(
    make_appeal, world, django_capture_on_commit_callbacks
):
    world.body_a.name_ru = "Хокимият Каршинского района"
    world.body_a.save()
    appeal = make_appeal(language="ru", email="ivan@example.uz")

    with django_capture_on_commit_callbacks(execute=True):
        notify_applicant(appeal=appeal, event="registered")

    due = timezone.localdate(appeal.due_at).strftime("%d.%m.%Y")
    assert f"Хокимият Каршинского района. Срок ответа: {due}." in mail.outbox[0].body


@pytest.mark.usefixtures("immediate_tasks")
def test_nothing_is_sent_when_the_transition_rolls_back(
    make_appeal, django_capture_on_commit_callbacks, sms_to_file
):
    appeal = make_appeal(email="dilnoza@example.uz", phone="+998901234567")

    class Refused(Exception):
        pass

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with pytest.raises(Refused):
            with transaction.atomic():
                notify_applicant(appeal=appeal, event="answered")
                raise Refused

    assert callbacks == []
    assert Notification.objects.count() == 0
    assert mail.outbox == []
    assert not sms_to_file.exists()


def test_sending_waits_for_the_commit(make_appeal, django_capture_on_commit_callbacks, immediate_tasks):
    appeal = make_appeal(email="dilnoza@example.uz")

    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        notify_applicant(appeal=appeal, event="closed")
        assert mail.outbox == []

    assert len(callbacks) == 1
    callbacks[0]()
    assert len(mail.outbox) == 1


@pytest.mark.usefixtures("immediate_tasks")
def test_a_body_alert_goes_to_the_bodys_email(make_appeal, world, django_capture_on_commit_callbacks):
    world.regional_hokimiyat.email = "viloyat@example.uz"
    world.regional_hokimiyat.save()
    appeal = make_appeal()

    with django_capture_on_commit_callbacks(execute=True):
        created = notify_body(organisation=world.regional_hokimiyat, appeal=appeal, event="escalated")

    assert [n.organisation for n in created] == [world.regional_hokimiyat]
    assert mail.outbox[0].to == ["viloyat@example.uz"]
    assert appeal.tracking_code in mail.outbox[0].subject
    assert "Qarshi tumani hokimligi" in mail.outbox[0].subject


def test_a_body_without_email_gets_nothing(make_appeal, world):
    assert notify_body(organisation=world.body_b, appeal=make_appeal(), event="due_today") == []


@pytest.mark.usefixtures("immediate_tasks")
def test_a_low_rating_alert_says_why(make_appeal, world, django_capture_on_commit_callbacks):
    world.regional_hokimiyat.email = "viloyat@example.uz"
    world.regional_hokimiyat.save()
    rated = make_appeal(rating=2)
    left = make_appeal()

    with django_capture_on_commit_callbacks(execute=True):
        notify_body(
            organisation=world.regional_hokimiyat,
            appeal=rated,
            event="low_rating",
            context={"why": "low_rating", "rating": 2},
        )
        notify_body(
            organisation=world.regional_hokimiyat,
            appeal=left,
            event="low_rating",
            context={"why": "left_without_consideration"},
        )

    with_rating, without_consideration = (m.body for m in mail.outbox)
    assert "5 balldan 2 ball" in with_rating
    assert "ko‘rib chiqilmasdan qoldirildi" in without_consideration
