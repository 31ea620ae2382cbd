"""attachment_add: limits, dedupe, storage and the audit record."""

import io

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from murojaat.appeals.models import Status
from murojaat.attachments.models import Attachment
from murojaat.attachments.services import attachment_add, attachment_open
from murojaat.audit.models import AuditEvent
from murojaat.core.errors import InvalidInput, InvalidTransition
from tests.attachments import files
from tests.attachments.conftest import make_appeal


def stored_files(media_root):
    return sorted(p for p in media_root.rglob("*") if p.is_file())


def test_it_stores_a_cleaned_photo_under_a_name_of_its_own(appeal, media_in_tmp):
    attachment = attachment_add(appeal=appeal, upload=("../../etc/passwd", files.jpeg_with_gps()))

    assert attachment.original_name == "passwd.jpg"
    assert attachment.file.name == f"appeals/{appeal.tracking_code}/{attachment.sha256[:16]}.jpg"
    assert "passwd" not in attachment.file.name and ".." not in attachment.file.name
    [path] = stored_files(media_in_tmp)
    assert path.is_relative_to(media_in_tmp / "appeals")
    with attachment_open(attachment=attachment) as stored:
        data = stored.read()
    assert len(data) == attachment.size
    assert not Image.open(io.BytesIO(data)).getexif().get_ifd(files.GPS_IFD)


def test_it_goes_through_django_storage(appeal):
    attachment = attachment_add(appeal=appeal, upload=("ariza.pdf", files.pdf()))

    assert attachment.file.storage is default_storage
    assert default_storage.exists(attachment.file.name)


def test_it_accepts_a_django_uploaded_file(appeal):
    upload = SimpleUploadedFile("ariza.docx", files.docx(), content_type="application/octet-stream")

    attachment = attachment_add(appeal=appeal, upload=upload)

    assert attachment.content_type.endswith("wordprocessingml.document")
    assert attachment.original_name == "ariza.docx"


def test_it_records_who_attached_what_in_the_audit_trail(appeal, world):
    attachment = attachment_add(appeal=appeal, upload=("ariza.pdf", files.pdf()), actor=world.citizen)

    event = AuditEvent.objects.get(action="attachment.added")
    assert (event.object_type, event.object_id, event.actor) == ("appeal", str(appeal.pk), world.citizen)
    assert event.payload == {
        "attachment": str(attachment.code),
        "sha256": attachment.sha256,
        "type": "application/pdf",
    }


def test_the_same_file_twice_is_one_attachment(appeal, media_in_tmp):
    first = attachment_add(appeal=appeal, upload=("photo.jpg", files.jpeg_with_gps()))
    second = attachment_add(appeal=appeal, upload=("same-photo-again.jpg", files.jpeg_with_gps()))

    assert second.pk == first.pk
    assert appeal.attachments.count() == 1
    assert len(stored_files(media_in_tmp)) == 1
    assert AuditEvent.objects.filter(action="attachment.added").count() == 1


def test_the_same_file_on_two_appeals_is_two_attachments(appeal, world):
    other = make_appeal(world)

    first = attachment_add(appeal=appeal, upload=("ariza.pdf", files.pdf()))
    second = attachment_add(appeal=other, upload=("ariza.pdf", files.pdf()))

    assert first.pk != second.pk and first.file.name != second.file.name


def test_it_refuses_more_files_than_the_limit(appeal, settings, media_in_tmp):
    settings.ATTACHMENT_MAX_COUNT = 2
    attachment_add(appeal=appeal, upload=("a.pdf", files.pdf()))
    attachment_add(appeal=appeal, upload=("b.png", files.png()))

    with pytest.raises(InvalidInput) as caught:
        attachment_add(appeal=appeal, upload=("c.docx", files.docx()))

    assert caught.value.code == "attachment_count"
    assert "at most 2" in str(caught.value.message)
    assert appeal.attachments.count() == 2
    assert len(stored_files(media_in_tmp)) == 2


def test_at_the_limit_a_repeated_file_still_returns_the_existing_attachment(appeal, settings):
    settings.ATTACHMENT_MAX_COUNT = 1
    first = attachment_add(appeal=appeal, upload=("a.pdf", files.pdf()))

    assert attachment_add(appeal=appeal, upload=("a.pdf", files.pdf())).pk == first.pk


def test_a_refused_file_leaves_nothing_behind(appeal, media_in_tmp):
    with pytest.raises(InvalidInput) as caught:
        attachment_add(appeal=appeal, upload=("ariza.pdf", files.pdf(javascript="app.alert(1)")))

    assert caught.value.code == "attachment_active_content"
    assert not Attachment.objects.exists()
    assert stored_files(media_in_tmp) == []
    assert not AuditEvent.objects.exists()


def test_a_failure_after_storing_removes_the_stored_file(appeal, media_in_tmp, monkeypatch):
    def broken_audit(**kwargs):
        raise RuntimeError("audit chain unavailable")

    monkeypatch.setattr("murojaat.audit.chain.audit_record", broken_audit)

    with pytest.raises(RuntimeError):
        attachment_add(appeal=appeal, upload=("ariza.pdf", files.pdf()))

    assert not Attachment.objects.exists()
    assert stored_files(media_in_tmp) == []


def test_it_refuses_the_size_limit_from_settings(appeal, settings):
    settings.ATTACHMENT_MAX_BYTES = 1024

    with pytest.raises(InvalidInput) as caught:
        attachment_add(
            appeal=appeal, upload=("big.png", files.png(size=(400, 400), mode="RGB") + b"\x00" * 2048)
        )

    assert caught.value.code == "attachment_size"


@pytest.mark.parametrize("status", [Status.ANSWERED, Status.CLOSED, Status.LEFT_WITHOUT_CONSIDERATION])
def test_it_refuses_files_once_the_appeal_is_decided(world, status):
    decided = make_appeal(world, status=status)

    with pytest.raises(InvalidTransition) as caught:
        attachment_add(appeal=decided, upload=("ariza.pdf", files.pdf()))

    assert caught.value.code == "attachment_closed"
