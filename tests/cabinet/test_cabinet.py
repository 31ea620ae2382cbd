"""/my/: the signed-in person's cabinet."""

import json

import pytest
from django.test import Client

from murojaat.appeals import codes, selectors
from murojaat.audit.models import AuditEvent
from murojaat.cabinet.models import CorrectionRequest
from murojaat.notifications.models import Notification
from tests.appeals.factories import file_appeal, take_to_answer
from tests.conftest import PASSWORD

HOME = "/my/"


def _code(receipt) -> str:
    return codes.display(receipt.appeal.tracking_code)


@pytest.mark.parametrize("path", ["/my/", "/my/settings/", "/my/data.json"])
def test_every_cabinet_page_asks_to_sign_in(client, db, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


def test_it_lists_the_persons_appeals_open_first_and_nobody_elses(world, client):
    finished = file_appeal(world, user=world.citizen, summary="Tugagan")
    take_to_answer(world, finished.appeal)
    open_ = file_appeal(world, user=world.citizen, summary="Ochiq")
    # Filed without an account, with the person's PINFL (e.g. typed in by a registrar).
    by_pinfl = file_appeal(world, summary="Pinfl bilan", pinfl=world.citizen.pinfl)
    theirs = file_appeal(world, user=world.outsider, summary="Begona")
    client.force_login(world.citizen)
    html = client.get(HOME).content.decode()
    assert html.count("<h1") == 1
    for receipt in (finished, open_, by_pinfl):
        assert f'href="/track/{_code(receipt)}/"' in html
    assert _code(theirs) not in html and "Begona" not in html
    assert html.index("Ochiq") < html.index("Tugagan")
    assert "Answered" in html


def post_password(client, username):
    return client.post("/login/", {"username": username, "password": PASSWORD})


def _open_data(world, appeal, official):
    return selectors.applicant_for_official(official, appeal)


def test_the_data_tracker_shows_every_audited_opening_and_nothing_of_another_person(world, client):
    mine = file_appeal(world, user=world.citizen).appeal
    by_pinfl = file_appeal(world, pinfl=world.citizen.pinfl, summary="Pinfl bilan").appeal
    theirs = file_appeal(world, user=world.outsider).appeal
    openings = [
        (mine, world.executor_a), (mine, world.head_a), (mine, world.executor_a), (by_pinfl, world.registrar_a),
    ]
    for appeal, official in openings:
        _open_data(world, appeal, official)
    _open_data(world, theirs, world.head_a)

    audited = AuditEvent.objects.filter(action="personal_data.viewed", object_id__in=[str(mine.pk), str(by_pinfl.pk)])
    assert audited.count() == len(openings)
    event = audited.first()
    assert event.payload["organisation_id"] == world.body_a.pk and event.payload["roles"]

    client.force_login(world.citizen)
    html = client.get(HOME).content.decode()
    table = html[html.index('id="data-accesses"'):]
    table = table[: table.index("</table>")]
    assert table.count("<tr>") - 1 == len(openings)  # the head row, then one row per opening
    assert table.count(f">{codes.display(mine.tracking_code)}</a>") == 3
    assert table.count(f">{codes.display(by_pinfl.tracking_code)}</a>") == 1
    assert codes.display(theirs.tracking_code) not in html
    assert "Qarshi tumani hokimligi" in table and "head" in table and "registrar" in table

    client.force_login(world.outsider)
    html = client.get(HOME).content.decode()
    tracker = html[html.index('id="data-accesses"'):]
    assert tracker.count(f">{codes.display(theirs.tracking_code)}</a>") == 1
    assert codes.display(mine.tracking_code) not in html


def test_nobody_opened_my_data_says_so(world, client):
    file_appeal(world, user=world.citizen)
    client.force_login(world.citizen)
    assert 'id="no-accesses"' in client.get(HOME).content.decode()


def test_the_notification_settings_are_kept_and_used(world, client):
    client.force_login(world.citizen)
    response = client.post("/my/settings/", {"email": "on", "language": "ru"})
    assert response.status_code == 302
    world.citizen.refresh_from_db()
    assert (world.citizen.notify_sms, world.citizen.notify_email, world.citizen.notify_language) == (
        False, True, "ru"
    )
    receipt = file_appeal(world, user=world.citizen, language="uz")
    sent = Notification.objects.filter(appeal=receipt.appeal)
    assert {n.channel for n in sent} == {Notification.Channel.EMAIL}
    assert {n.language for n in sent} == {"ru"}
    # An anonymous applicant's contacts and language stay as given.
    anonymous = file_appeal(world, language="uz")
    sent = Notification.objects.filter(appeal=anonymous.appeal)
    assert {n.channel for n in sent} == {Notification.Channel.EMAIL, Notification.Channel.SMS}
    assert {n.language for n in sent} == {"uz"}


def test_a_language_not_offered_is_refused_and_nothing_changes(world, client):
    client.force_login(world.citizen)
    response = client.post("/my/settings/", {"sms": "on", "language": "xx"})
    assert response.status_code == 200
    assert 'class="error-summary' in response.content.decode()
    world.citizen.refresh_from_db()
    assert world.citizen.notify_language == "" and world.citizen.notify_email


def test_sign_out_everywhere_ends_every_session(world):
    first, second = Client(HTTP_ACCEPT_LANGUAGE="en"), Client(HTTP_ACCEPT_LANGUAGE="en")
    post_password(first, "citizen")
    post_password(second, "citizen")
    html = first.get("/my/settings/").content.decode()
    assert html.count("<li>", html.index('id="sessions"')) >= 2
    assert "this browser" in html
    response = first.post("/my/sessions/end/")
    assert response.status_code == 302
    for browser in (first, second):
        assert browser.get(HOME).status_code == 302
    assert AuditEvent.objects.filter(action="account.signed_out_everywhere", actor=world.citizen).exists()


def test_the_data_download_holds_everything_and_is_audited(world, client):
    receipt = file_appeal(world, user=world.citizen)
    take_to_answer(world, receipt.appeal)
    selectors.applicant_for_official(world.executor_a, receipt.appeal)
    file_appeal(world, user=world.outsider, summary="Begona")
    client.force_login(world.citizen)
    response = client.get("/my/data.json")
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account"]["pinfl"] == world.citizen.pinfl
    [appeal] = data["appeals"]
    assert appeal["tracking_code"] == _code(receipt)
    assert appeal["text"] and appeal["answer"]["text"] and appeal["timeline"]
    assert appeal["applicant"]["full_name"] == "Karimova Dilnoza Akmalovna"
    assert appeal["notifications"] and appeal["attachments"] == []
    assert len(data["data_accesses"]) == 1
    assert "Begona" not in response.content.decode()
    assert AuditEvent.objects.filter(action="personal_data.exported", actor=world.citizen).count() == 1


def test_a_correction_request_is_recorded_and_an_empty_one_refused(world, client):
    client.force_login(world.citizen)
    response = client.post("/my/correction/", {"text": "   "})
    assert response.status_code == 200
    assert "Say what is wrong" in response.content.decode()
    assert not CorrectionRequest.objects.exists()
    response = client.post("/my/correction/", {"text": "Manzilim noto‘g‘ri: Mustaqillik 14, 12 emas."})
    assert response.status_code == 302
    request = CorrectionRequest.objects.get()
    assert request.user == world.citizen and "Mustaqillik 14" in request.text
    assert AuditEvent.objects.filter(action="personal_data.correction_requested", actor=world.citizen).exists()
