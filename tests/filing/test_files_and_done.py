"""Files held with the draft and attached on "Send"; the done page."""

import re

import pytest
import segno  # noqa: F401 - the QR code is drawn by segno
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile

from murojaat.appeals.models import Appeal
from murojaat.attachments.models import Attachment
from tests.attachments import files

from .conftest import send, url, walk


def upload(client, name, data, action="upload", content_type="application/octet-stream"):
    return client.post(
        url("files"), {"file": SimpleUploadedFile(name, data, content_type=content_type), "action": action}
    )


def test_files_are_checked_held_and_attached_only_on_send(client, world):
    walk(client, world, upto="files")
    response = upload(client, "photo.jpg", files.jpeg_with_gps())
    assert response.status_code == 302 and response.url == url("files")
    upload(client, "letter.pdf", files.pdf())
    draft = client.session["filing_draft"]
    assert [f["name"] for f in draft["files"]] == ["photo.jpg", "letter.pdf"]
    assert all(default_storage.exists(f["path"]) for f in draft["files"])
    assert Appeal.objects.count() == 0 and Attachment.objects.count() == 0
    page = client.get(url("files")).content.decode()
    assert "photo.jpg" in page and "letter.pdf" in page

    client.post(url("files"), {"action": "continue"})
    for step, data in (
        ("who", {"applicant_type": "individual"}),
        ("details", {"full_name": "Karimova Dilnoza", "address": "Qarshi, Nasaf 1"}),
    ):
        client.post(url(step), data)
    assert "photo.jpg" in client.get(url("check")).content.decode()
    send(client)
    appeal = Appeal.objects.get()
    attached = list(appeal.attachments.order_by("original_name"))
    assert [a.original_name for a in attached] == ["letter.pdf", "photo.jpg"]
    assert attached[1].content_type == "image/jpeg"
    assert b"GPS" not in attached[1].file.read()  # cleaned: no location
    assert not any(default_storage.exists(f["path"]) for f in draft["files"]), "held copies are deleted"
    assert "2 files were attached." in client.get(url("done")).content.decode()


def test_a_file_can_be_uploaded_and_continue_in_one_press(client, world):
    walk(client, world, upto="files")
    response = upload(client, "p.png", files.png(), action="continue")
    assert response.url == url("who")
    assert len(client.session["filing_draft"]["files"]) == 1


def test_a_refused_file_says_why_and_keeps_the_others(client, world):
    walk(client, world, upto="files")
    upload(client, "p.png", files.png())
    response = upload(client, "virus.exe", b"MZ\x90\x00 not a document")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<title>Error:" in html
    assert "This type of file is not accepted. Attach a PDF, JPEG, PNG or DOCX file." in html
    assert 'href="#id_file"' in html
    assert [f["name"] for f in client.session["filing_draft"]["files"]] == ["p.png"]
    response = upload(client, "script.pdf", files.pdf(javascript="app.alert(1)"), action="continue")
    assert response.status_code == 200 and "PDF files with scripts" in response.content.decode()
    assert Attachment.objects.count() == 0


def test_a_held_file_can_be_removed(client, world):
    walk(client, world, upto="files")
    upload(client, "p.png", files.png())
    held = client.session["filing_draft"]["files"][0]
    client.post(url("files"), {"remove": held["id"]})
    assert client.session["filing_draft"]["files"] == []
    assert not default_storage.exists(held["path"])


def test_no_more_files_than_an_appeal_may_have(client, world, settings):
    walk(client, world, upto="files")
    for n in range(settings.ATTACHMENT_MAX_COUNT):
        upload(client, f"p{n}.png", files.png(size=(8 + n, 8)))
    response = upload(client, "one-more.png", files.png(size=(40, 40)))
    assert "An appeal can have at most 3 attached files." in response.content.decode()
    assert len(client.session["filing_draft"]["files"]) == 3


def test_the_same_file_twice_is_held_once(client, world):
    walk(client, world, upto="files")
    upload(client, "p.png", files.png())
    upload(client, "again.png", files.png())
    assert len(client.session["filing_draft"]["files"]) == 1


# --- the done page -------------------------------------------------------------


def test_the_done_page_shows_code_key_qr_and_deadline_then_hides_the_key(client, world):
    walk(client, world)
    send(client)
    appeal = Appeal.objects.get()
    code = "-".join(re.findall(".{4}", appeal.tracking_code))
    first = client.get(url("done"))
    html = first.content.decode()
    assert f'<strong class="tracking-code" id="tracking-code">{code}</strong>' in html
    key = re.search(r'id="access-key">([0-9A-Z-]+)<', html).group(1)
    assert appeal.check_access_key(key.replace("-", ""))
    qr = re.search(r'<svg viewBox="[^"]+" class="qr">.*?</svg>', html, re.S).group(0)
    assert "style" not in qr, "the content security policy forbids inline styles"
    assert "data-print" in html
    assert Appeal._meta.get_field("due_at") and "The answer is due by" in html

    again = client.get(url("done")).content.decode()
    assert code in again
    assert key not in again
    assert 'id="access-key-gone"' in again


def test_the_qr_code_opens_the_tracking_page_with_the_code_and_never_the_key(client, world):
    walk(client, world)
    send(client)
    response = client.get(url("done"))
    track_url = response.context["track_url"]
    code = response.context["code"]
    assert track_url == f"http://testserver/track/?code={code}"
    assert response.context["access_key"] not in track_url
    import segno as s

    assert response.context["qr"] == s.make(track_url, error="m").svg_inline(
        scale=4,
        border=2,
        svgclass="qr",
        lineclass="qr__line",
        omitsize=True,
        title=f"QR code for following appeal {code}",
    )


def test_the_done_page_is_in_the_readers_language(client, world):
    client.cookies["django_language"] = "ru"
    walk(client, world)
    send(client)
    assert '<html lang="ru"' in client.get(url("done")).content.decode()
    assert Appeal.objects.get().language == "ru"


@pytest.mark.real_clock  # drafts are purged by their files' modification times
def test_files_of_drafts_never_sent_are_purged_after_the_session_expires(client, world):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    from murojaat.filing.draft import drafts_purge

    walk(client, world, upto="files")
    upload(client, "p.png", files.png())
    held = client.session["filing_draft"]["files"][0]
    assert drafts_purge(older_than=timezone.now() - timedelta(hours=1)) == 0
    assert default_storage.exists(held["path"])
    call_command("purge_drafts", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert default_storage.exists(held["path"]), "a fresh draft keeps its files"
    assert drafts_purge(older_than=timezone.now() + timedelta(seconds=1)) == 1
    assert not default_storage.exists(held["path"])
