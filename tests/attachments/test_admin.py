"""The admin shows attachments but never uploads, edits or deletes them."""

import pytest

from murojaat.accounts.models import User
from murojaat.attachments.services import attachment_add
from tests.attachments import files


@pytest.fixture
def admin_client(client, db):
    client.force_login(User.objects.create_superuser("root", "root@example.uz", "x-long-password-1"))
    return client


def test_it_lists_and_shows_attachments_read_only(admin_client, appeal):
    attachment = attachment_add(appeal=appeal, upload=("ariza.pdf", files.pdf()))

    listing = admin_client.get("/admin/attachments/attachment/")
    page = admin_client.get(f"/admin/attachments/attachment/{attachment.pk}/change/")

    assert listing.status_code == 200 and b"ariza.pdf" in listing.content
    assert page.status_code == 200 and attachment.sha256.encode() in page.content
    assert b'type="file"' not in page.content and b"/media/" not in page.content


def test_it_offers_no_upload_and_no_delete(admin_client, appeal):
    attachment = attachment_add(appeal=appeal, upload=("ariza.pdf", files.pdf()))

    assert admin_client.get("/admin/attachments/attachment/add/").status_code == 403
    assert admin_client.get(f"/admin/attachments/attachment/{attachment.pk}/delete/").status_code == 403


def test_the_appeal_s_admin_page_shows_its_attachments_below_its_timeline(admin_client, appeal):
    attachment_add(appeal=appeal, upload=("ariza.pdf", files.pdf()))

    page = admin_client.get(f"/admin/appeals/appeal/{appeal.pk}/change/")

    assert page.status_code == 200 and b"ariza.pdf" in page.content
    assert page.content.index(b'id="events-group"') < page.content.index(b'id="attachments-group"')
