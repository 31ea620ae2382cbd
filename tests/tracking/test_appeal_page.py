"""/track/<code>/: what a citizen sees about their appeal, and who may see it."""

from datetime import timedelta

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from murojaat.appeals import actions, codes
from tests.appeals.factories import file_appeal, take_to_answer
from tests.tracking.helpers import appeal_url, prove


def test_it_sends_a_browser_without_proof_to_the_find_page_with_the_code(world, client):
    receipt = file_appeal(world)
    response = client.get(appeal_url(receipt.appeal))
    assert response.status_code == 302
    assert response["Location"] == f"/track/?code={codes.display(receipt.appeal.tracking_code)}"


def test_it_treats_an_unknown_code_like_a_known_one(world, client):
    receipt = file_appeal(world)
    unknown = client.get("/track/ZZZZ-ZZZZ-ZZZZ/")
    known = client.get(appeal_url(receipt.appeal))
    assert unknown.status_code == known.status_code == 302
    assert unknown["Location"] == "/track/?code=ZZZZ-ZZZZ-ZZZZ"


def test_it_tidies_a_code_typed_into_the_address(world, client):
    receipt = file_appeal(world)
    response = client.get(f"/track/{receipt.appeal.tracking_code.lower()}/")
    assert response.status_code == 302
    assert response["Location"] == appeal_url(receipt.appeal)


def test_the_signed_in_applicant_needs_no_key(world, client):
    receipt = file_appeal(world, user=world.citizen)
    client.force_login(world.citizen)
    response = client.get(appeal_url(receipt.appeal))
    assert response.status_code == 200
    assert "Yo‘l buzilgan" in response.content.decode()


def test_another_signed_in_citizen_cannot_see_it(world, client):
    receipt = file_appeal(world, user=world.citizen)
    client.force_login(world.outsider)
    assert client.get(appeal_url(receipt.appeal)).status_code == 302


def test_an_official_is_not_let_in_by_the_citizens_page(world, client):
    receipt = file_appeal(world, user=world.citizen)
    client.force_login(world.head_a)
    assert client.get(appeal_url(receipt.appeal)).status_code == 302


def test_it_explains_the_status_and_shows_the_body_and_deadline(world, client):
    receipt = file_appeal(world)
    prove(client, receipt)
    response = client.get(appeal_url(receipt.appeal))
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert "Received" in html
    assert "It has not been registered yet." in html
    assert "What happens next:" in html
    assert world.body_a.name in html
    due = timezone.localtime(receipt.appeal.due_at)
    assert response.context["view"]["due_at"] == receipt.appeal.due_at
    assert str(due.year) in html and "days left." in html
    # The public timeline: "received" at the body.
    assert [e["action"] for e in response.context["view"]["timeline"]] == ["received"]


def test_it_explains_every_status_in_plain_words(world):
    from murojaat.appeals.models import Status
    from murojaat.tracking.explain import STATUS_EXPLAINED

    assert set(STATUS_EXPLAINED) == set(Status.values)


def test_it_shows_the_answer_and_the_public_timeline(world, client):
    receipt = file_appeal(world)
    take_to_answer(world, receipt.appeal)
    prove(client, receipt)
    response = client.get(appeal_url(receipt.appeal))
    html = response.content.decode()
    assert "The answer" in html
    assert "Yo‘l 2026-yil may oyida ta’mirlandi." in html
    actions = [e["action"] for e in response.context["view"]["timeline"]]
    assert actions == ["received", "register", "answer"]  # assigning is internal
    assert "executor_a" not in html


def test_it_shows_an_extension_and_its_reason(world, client):
    receipt = file_appeal(world)
    appeal = receipt.appeal
    actions.appeal_register(appeal=appeal, actor=world.registrar_a)
    until = timezone.localdate(appeal.due_at) + timedelta(days=10)
    actions.appeal_extend(
        appeal=appeal, actor=world.head_a, until=until, reason="Yo‘lni o‘lchash uchun vaqt kerak"
    )
    prove(client, receipt)
    html = client.get(appeal_url(appeal)).content.decode()
    assert 'id="appeal-extension"' in html
    assert "Yo‘lni o‘lchash uchun vaqt kerak" in html


def test_it_shows_the_text_with_a_reading_in_the_other_script(world, client):
    receipt = file_appeal(world, text="Кўчамиздаги йўл уч ойдан бери бузилган, илтимос таъмирлаб беринг.")
    prove(client, receipt)
    html = client.get(appeal_url(receipt.appeal)).content.decode()
    assert "Кўчамиздаги йўл" in html
    assert "Reading in Latin script" in html
    assert "Ko‘chamizdagi yo‘l" in html
    assert 'lang="uz-Cyrl"' in html and 'lang="uz-Latn"' in html


def test_a_russian_text_has_no_reading(world, client):
    receipt = file_appeal(world, text="Дорога на нашей улице разбита уже три месяца, просим отремонтировать.")
    prove(client, receipt)
    html = client.get(appeal_url(receipt.appeal)).content.decode()
    assert "Дорога на нашей улице" in html
    assert "Reading in" not in html


def test_it_lists_the_files_the_citizen_sent_with_a_download_for_them_only(world, client, settings, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from murojaat.attachments.services import attachment_add
    from tests.attachments.files import pdf as a_pdf

    settings.MEDIA_ROOT = str(tmp_path)
    receipt = file_appeal(world)
    pdf = a_pdf()
    attachment = attachment_add(
        appeal=receipt.appeal, upload=SimpleUploadedFile("dalolatnoma.pdf", pdf, "application/pdf")
    )
    download = appeal_url(receipt.appeal) + f"files/{attachment.code}/"
    assert client.get(download).status_code == 404
    prove(client, receipt)
    html = client.get(appeal_url(receipt.appeal)).content.decode()
    assert "dalolatnoma.pdf" in html and download in html
    response = client.get(download)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")


def test_it_pins_the_queries_of_the_appeal_page(world, client):
    receipt = file_appeal(world)
    take_to_answer(world, receipt.appeal)
    actions.appeal_close(appeal=receipt.appeal, actor=world.executor_a)
    prove(client, receipt)
    url = appeal_url(receipt.appeal)
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    # session, appeal, timeline, files, a complaint already made about the answer
    assert len(queries) == 5, [q["sql"] for q in queries]


def test_it_pins_the_queries_for_the_signed_in_owner(world, client):
    receipt = file_appeal(world, user=world.citizen)
    client.force_login(world.citizen)
    url = appeal_url(receipt.appeal)
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    # session, user, memberships (is this an official?), appeal, timeline, files
    assert len(queries) == 6, [q["sql"] for q in queries]


def test_it_shows_when_an_appeal_is_overdue(world, client):
    from tests.appeals.factories import local

    receipt = file_appeal(world, at=local(2025, 1, 6, 10, 0))
    prove(client, receipt)
    html = client.get(appeal_url(receipt.appeal)).content.decode()
    assert "The deadline has passed" in html
    assert "tag--overdue" in html
