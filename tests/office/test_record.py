"""Staff acting for citizens: a registrar records an appeal that came by post,
phone, in person, a service centre, a mahalla worker or a consulate, and the
applicant gets a printed slip and an SMS."""

import re
from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from murojaat.accounts.identifiers import make_pinfl
from murojaat.appeals import codes, intake
from murojaat.appeals.models import Appeal, AppealEvent
from murojaat.attachments.models import Attachment
from murojaat.audit.models import AuditEvent
from murojaat.deadlines import rules
from murojaat.notifications.models import Notification
from tests.attachments.files import png

RECORD = reverse("office:record")
SLIP = reverse("office:record_slip")


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def letter(world, **overrides) -> dict:
    data = {
        "addressed_to": world.body_a.code,
        "channel": "post",
        "form": "written",
        "received_on": timezone.localdate().isoformat(),
        "kind": "complaint",
        "summary": "Yo‘l buzilgan",
        "text": "Ko‘chamizdagi yo‘l uch oydan beri buzilgan, chuqurlar ko‘p. Iltimos, ta’mirlab bering.",
        "category": world.roads.code,
        "territory": world.district_a.soato,
        "mahalla": "",
        "pinfl": "",
        "full_name": "Toshmatov Erkin Alisherovich",
        "address": "Qarshi tumani, Navoiy ko‘chasi 3",
        "phone": "+998 91 765 43 21",
        "email": "",
        "cosigners": "",
        "consent": "on",
        "record": "1",
    }
    data.update(overrides)
    return data


def written():
    return Appeal.objects.count(), AppealEvent.objects.count(), AuditEvent.objects.count(), Notification.objects.count()


@pytest.mark.parametrize("channel", [c.value for c in intake.STAFF_CHANNELS])
def test_a_registrar_records_an_appeal_from_each_channel(signed_in, world, channel):
    client = signed_in(world.registrar_a)
    form = "oral" if channel in ("trust_line", "in_person") else "written"
    response = client.post(RECORD, letter(world, channel=channel, form=form))
    assert response.status_code == 302 and response["Location"] == SLIP
    appeal = Appeal.objects.get()
    assert (appeal.channel, appeal.form, appeal.organisation) == (channel, form, world.body_a)
    assert appeal.applicant.full_name == "Toshmatov Erkin Alisherovich"
    # The trail says which official recorded it, on whose behalf, with consent.
    event = AuditEvent.objects.get(action="appeal.received", object_id=str(appeal.pk))
    assert event.actor == world.registrar_a
    assert event.payload["recorded_by"] == world.registrar_a.pk
    assert event.payload["on_behalf_of"] == "applicant" and event.payload["consent"] is True
    assert appeal.events.get(action="received").actor == world.registrar_a


def test_the_inbox_links_to_it_for_those_who_may_record(signed_in, world):
    assert RECORD in signed_in(world.registrar_a).get(reverse("office:inbox")).content.decode()
    assert RECORD not in signed_in(world.executor_a).get(reverse("office:inbox")).content.decode()


def test_an_executor_may_not_record(signed_in, world):
    client = signed_in(world.executor_a)
    before = written()
    assert client.get(RECORD).status_code == 403
    assert client.post(RECORD, letter(world)).status_code == 403
    assert written() == before


def test_a_registrar_records_only_for_their_own_body(signed_in, world):
    before = written()
    response = signed_in(world.registrar_a).post(RECORD, letter(world, addressed_to=world.body_b.code))
    assert response.status_code == 200
    assert written() == before


def test_a_past_date_starts_the_clock_on_that_day(signed_in, world):
    day = timezone.localdate() - timedelta(days=10)
    signed_in(world.registrar_a).post(RECORD, letter(world, received_on=day.isoformat()))
    appeal = Appeal.objects.get()
    assert timezone.localdate(appeal.received_at) == day
    assert appeal.due_at == rules.answer_due(kind=appeal.kind, term=appeal.term, decider_received_at=appeal.received_at)
    assert timezone.localdate(appeal.due_at) < timezone.localdate() + timedelta(days=15)


@pytest.mark.parametrize(
    ("days", "message"),
    [(-1, "The date received cannot be in the future."), (intake.RECORDED_DAYS_BACK + 1, "at most 30 days back")],
)
def test_a_date_in_the_future_or_too_far_back_is_refused(signed_in, world, days, message):
    before = written()
    day = timezone.localdate() - timedelta(days=days)
    response = signed_in(world.registrar_a).post(RECORD, letter(world, received_on=day.isoformat()))
    assert response.status_code == 200
    assert message in response.content.decode()
    assert written() == before


def test_consent_is_required(signed_in, world):
    data = letter(world)
    del data["consent"]
    before = written()
    response = signed_in(world.registrar_a).post(RECORD, data)
    assert "The applicant must agree that you record the appeal for them." in response.content.decode()
    assert written() == before


def test_bad_input_writes_nothing_and_says_so_in_the_readers_language(signed_in, world):
    client = signed_in(world.registrar_a)
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "ru"
    before = written()
    response = client.post(RECORD, letter(world, text="qisqa", full_name="", channel="in_person"))
    html = response.content.decode()
    assert response.status_code == 200
    assert re.search(r'id="id_full_name_error">.*Введите фамилию, имя и отчество.', html)
    assert 'id="id_text_error"' in html
    assert written() == before


def test_every_problem_is_told_at_once(signed_in, world):
    data = letter(world, text="qisqa", received_on=(timezone.localdate() + timedelta(days=2)).isoformat())
    del data["consent"]
    html = signed_in(world.registrar_a).post(RECORD, data).content.decode()
    for name in ("text", "received_on", "consent"):
        assert f'id="id_{name}_error"' in html
    assert not Appeal.objects.exists()


def test_anonymous_letters_by_post_are_accepted(signed_in, world):
    response = signed_in(world.registrar_a).post(RECORD, letter(world, full_name="", address="", phone=""))
    assert response.status_code == 302
    assert Appeal.objects.get().applicant.full_name == ""


def test_pinfl_lookup_fills_in_the_account_and_the_appeal_becomes_theirs(signed_in, world):
    client = signed_in(world.registrar_a)
    data = letter(world, pinfl=world.citizen.pinfl, full_name="", phone="")
    del data["record"]
    data["lookup"] = "1"
    response = client.post(RECORD, data)
    html = response.content.decode()
    assert response.status_code == 200
    assert 'value="Karimova Dilnoza"' in html and 'value="+998901234567"' in html
    assert not Appeal.objects.exists()
    looked = AuditEvent.objects.get(action="person.looked_up")
    assert (looked.actor, looked.object_id) == (world.registrar_a, str(world.citizen.pk))
    client.post(RECORD, letter(world, pinfl=world.citizen.pinfl, full_name="Karimova Dilnoza"))
    assert Appeal.objects.get().applicant_user == world.citizen


def test_pinfl_lookup_without_an_account_says_so(signed_in, world):
    nobody = make_pinfl(birth_date=date(1970, 3, 4), sex="male", serial=9)
    data = letter(world, pinfl=nobody, lookup="1")
    del data["record"]
    html = signed_in(world.registrar_a).post(RECORD, data).content.decode()
    assert re.search(r'id="id_pinfl_error">.*No account has this PINFL', html)
    assert not AuditEvent.objects.filter(action="person.looked_up").exists()


def test_the_scan_is_attached(signed_in, world):
    data = letter(world, scan=_upload("letter.png", png()))
    response = signed_in(world.registrar_a).post(RECORD, data)
    assert response.status_code == 302
    attachment = Attachment.objects.get()
    assert attachment.appeal == Appeal.objects.get() and attachment.content_type == "image/png"


def test_a_bad_scan_writes_nothing(signed_in, world):
    before = written()
    data = letter(world, scan=_upload("letter.png", b"not an image at all"))
    response = signed_in(world.registrar_a).post(RECORD, data)
    assert response.status_code == 200 and 'id="id_scan_error"' in response.content.decode()
    assert written() == before and not Attachment.objects.exists()


def test_the_slip_shows_the_code_and_the_key_once_and_an_sms_is_queued(signed_in, world):
    client = signed_in(world.registrar_a)
    client.post(RECORD, letter(world))
    appeal = Appeal.objects.get()
    first = client.get(SLIP).content.decode()
    assert codes.display(appeal.tracking_code) in first
    key = re.search(r'id="access-key">([^<]+)<', first).group(1)
    assert appeal.check_access_key(codes.normalise(key))
    assert "<svg" in first and "The tracking code has also been sent by SMS" in first
    again = client.get(SLIP).content.decode()
    assert key not in again and 'id="access-key-gone"' in again
    sms = Notification.objects.get(appeal=appeal, channel=Notification.Channel.SMS)
    assert sms.address == "+998917654321" and sms.event == "received"


def _upload(name, data):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, data)


def test_a_pinfl_lookup_shows_in_the_persons_data_tracker_with_the_body_and_role(signed_in, world, client):
    registrar = signed_in(world.registrar_a)
    data = letter(world, pinfl=world.citizen.pinfl, full_name="", phone="")
    del data["record"]
    data["lookup"] = "1"
    registrar.post(RECORD, data)

    client.force_login(world.citizen)
    html = client.get(reverse("cabinet:home")).content.decode()
    tracker = html[html.index('id="data-accesses"'):]
    assert world.body_a.name in tracker
    assert "looked up by PINFL" in tracker
    # Nobody else's tracker shows it.
    client.force_login(world.outsider)
    assert 'id="data-accesses"' not in client.get(reverse("cabinet:home")).content.decode()
