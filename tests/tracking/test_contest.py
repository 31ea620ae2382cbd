"""Contesting the answer: a complaint to the higher body, with a new receipt."""

from datetime import timedelta

from django.utils import timezone

from murojaat.appeals import actions
from murojaat.appeals.models import Appeal, Kind
from tests.appeals.factories import file_appeal, take_to_answer
from tests.tracking.helpers import appeal_url, prove

COMPLAINT = "Yo‘l ta’mirlanmagan, javob noto‘g‘ri. Iltimos, joyida tekshirib ko‘ring."


def answered(world, client, **kwargs):
    receipt = file_appeal(world, **kwargs)
    take_to_answer(world, receipt.appeal)
    prove(client, receipt)
    return receipt.appeal


def test_it_offers_to_contest_an_answered_appeal(world, client):
    appeal = answered(world, client)
    html = client.get(appeal_url(appeal)).content.decode()
    assert 'id="contest-start"' in html
    page = client.get(appeal_url(appeal, "tracking:contest")).content.decode()
    assert page.count("<h1") == 1
    assert world.regional_hokimiyat.name in page  # the higher body, named
    assert 'name="text"' in page


def test_it_does_not_offer_it_while_the_appeal_is_open(world, client):
    receipt = file_appeal(world)
    prove(client, receipt)
    assert 'id="contest-start"' not in client.get(appeal_url(receipt.appeal)).content.decode()
    response = client.post(appeal_url(receipt.appeal, "tracking:contest"), {"text": COMPLAINT})
    assert response.status_code == 302
    assert Appeal.objects.count() == 1


def test_it_files_the_complaint_and_shows_the_new_key_once(world, client):
    appeal = answered(world, client)
    response = client.post(appeal_url(appeal, "tracking:contest"), {"text": COMPLAINT})
    assert response.status_code == 302
    complaint = Appeal.objects.exclude(pk=appeal.pk).get()
    assert complaint.contests_id == appeal.pk
    assert complaint.kind == Kind.COMPLAINT
    assert complaint.organisation == world.regional_hokimiyat
    assert response["Location"] == appeal_url(complaint, "tracking:contested")

    receipt = client.get(response["Location"])
    html = receipt.content.decode()
    key = receipt.context["access_key"]
    assert complaint.check_access_key(key.replace("-", ""))
    assert key in html
    assert receipt.context["code"] in html
    assert "<svg" in html  # the QR code, which carries the code but not the key
    assert key not in receipt.context["qr_svg"]

    # Shown once: the next visit goes to the complaint's page, without the key.
    again = client.get(response["Location"])
    assert again.status_code == 302 and again["Location"] == appeal_url(complaint)
    # This browser may follow the new complaint straight away.
    follow = client.get(appeal_url(complaint))
    assert follow.status_code == 200
    assert key not in follow.content.decode()


def test_it_asks_for_the_reason_and_files_nothing_without_it(world, client):
    appeal = answered(world, client)
    for text in ("", "short"):
        response = client.post(appeal_url(appeal, "tracking:contest"), {"text": text})
        assert response.status_code == 200
        html = response.content.decode()
        assert "Describe the matter in at least 10 characters." in html
        assert 'href="#id_text"' in html
        assert "<title>Error:" in html
    assert Appeal.objects.count() == 1


def test_it_refuses_after_one_year(world, client):
    receipt = file_appeal(world)
    long_ago = timezone.now() - timedelta(days=400)
    take_to_answer(world, receipt.appeal, at=long_ago)
    prove(client, receipt)
    html = client.get(appeal_url(receipt.appeal)).content.decode()
    assert 'id="contest-start"' not in html
    assert "An answer can be contested within one year." in html
    response = client.post(appeal_url(receipt.appeal, "tracking:contest"), {"text": COMPLAINT}, follow=True)
    assert "An answer can be contested within one year." in response.content.decode()
    assert Appeal.objects.count() == 1


def test_it_says_when_there_is_no_higher_body(world, client):
    receipt = file_appeal(world, addressed_to=world.regional_hokimiyat.code)
    appeal = receipt.appeal
    system = actions.Actor(system="test")
    actions.appeal_register(appeal=appeal, actor=system)
    actions.appeal_answer(appeal=appeal, actor=system, text="Viloyat hokimligi javobi: yo‘l ta’mirlanadi.")
    prove(client, receipt)
    html = client.get(appeal_url(appeal)).content.decode()
    assert 'id="contest-start"' not in html
    assert "This body has no higher body in Murojaat; write to a court." in html


def test_a_stranger_cannot_contest(world, client):
    receipt = file_appeal(world)
    take_to_answer(world, receipt.appeal)
    response = client.post(appeal_url(receipt.appeal, "tracking:contest"), {"text": COMPLAINT})
    assert response.status_code == 302 and response["Location"].startswith("/track/?code=")
    assert Appeal.objects.count() == 1


def test_the_owners_complaint_appears_in_their_list(world, client):
    receipt = file_appeal(world, user=world.citizen)
    take_to_answer(world, receipt.appeal)
    client.force_login(world.citizen)
    client.post(appeal_url(receipt.appeal, "tracking:contest"), {"text": COMPLAINT})
    html = client.get("/my/appeals/").content.decode()
    assert "Complaint about the answer to" in html


def test_once_contested_the_page_points_to_the_complaint_instead(world, client):
    from murojaat.appeals import codes

    appeal = answered(world, client)
    client.post(appeal_url(appeal, "tracking:contest"), {"text": COMPLAINT})
    complaint = Appeal.objects.get(contests=appeal)
    html = client.get(appeal_url(appeal)).content.decode()
    assert 'id="contest-start"' not in html
    assert codes.display(complaint.tracking_code) in html
    client.post(appeal_url(appeal, "tracking:contest"), {"text": COMPLAINT + " Yana."})
    assert Appeal.objects.filter(contests=appeal).count() == 1
