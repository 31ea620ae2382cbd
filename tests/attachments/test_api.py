"""The applicant's attachment endpoints."""


import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from murojaat.attachments.services import attachment_add
from tests.attachments import files
from tests.attachments.conftest import ACCESS_KEY, make_appeal

pytestmark = pytest.mark.urls("tests.attachments.urls")


def upload(client, appeal, name, data, *, key=ACCESS_KEY):
    headers = {"X-Access-Key": key} if key is not None else {}
    return client.post(
        f"/api/v1/appeals/{appeal.tracking_code}/attachments",
        {"file": SimpleUploadedFile(name, data, content_type="application/pdf")},
        headers=headers,
    )


def download(client, appeal, attachment_id, *, key=ACCESS_KEY):
    return client.get(
        f"/api/v1/appeals/{appeal.tracking_code}/attachments/{attachment_id}", headers={"X-Access-Key": key}
    )


def test_it_attaches_a_file_for_the_applicant(client, appeal):
    response = upload(client, appeal, "IMG_0001.JPG", files.jpeg_with_gps())

    assert response.status_code == 201
    body = response.json()
    attachment = appeal.attachments.get()
    assert body == {
        "id": str(attachment.code),
        "name": "IMG_0001.JPG",
        "content_type": "image/jpeg",
        "size": attachment.size,
    }


def test_it_accepts_the_tracking_code_as_people_type_it(client, appeal):
    code = "-".join(appeal.tracking_code[i : i + 4] for i in range(0, 12, 4)).lower()

    response = client.post(
        f"/api/v1/appeals/{code}/attachments",
        {"file": SimpleUploadedFile("a.pdf", files.pdf())},
        headers={"X-Access-Key": ACCESS_KEY},
    )

    assert response.status_code == 201


@pytest.mark.parametrize("key", ["WRONGKEY", "", None])
def test_without_the_right_access_key_the_appeal_is_not_found(client, appeal, key):
    response = upload(client, appeal, "ariza.pdf", files.pdf(), key=key)

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"
    assert not appeal.attachments.exists()


def test_an_unknown_tracking_code_answers_like_a_wrong_key(client, appeal):
    response = client.post(
        "/api/v1/appeals/0000000000AA/attachments",
        {"file": SimpleUploadedFile("a.pdf", files.pdf())},
        headers={"X-Access-Key": ACCESS_KEY},
    )

    assert response.status_code == 404


def test_a_refused_file_gets_a_reason_next_to_the_file_field(client, appeal):
    client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"
    response = upload(client, appeal, "ariza.pdf", files.HTML)

    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "attachment_type"
    assert "PDF, JPEG, PNG or DOCX" in body["fields"]["file"]


def test_a_missing_file_is_a_validation_error(client, appeal):
    response = client.post(
        f"/api/v1/appeals/{appeal.tracking_code}/attachments", {}, headers={"X-Access-Key": ACCESS_KEY}
    )

    assert response.status_code == 422
    assert response.json()["code"] == "invalid"
    assert "file" in response.json()["fields"]


def test_it_sends_the_file_back_as_a_download_that_is_never_sniffed(client, appeal):
    attachment = attachment_add(appeal=appeal, upload=("Yo‘l chuqurlari.pdf", files.pdf()))

    response = download(client, appeal, attachment.code)

    assert response.status_code == 200
    assert b"".join(response.streaming_content) == files.pdf()
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "filename*=utf-8''Yo%E2%80%98l%20chuqurlari.pdf" in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Length"] == str(attachment.size)


def test_it_does_not_send_files_without_the_access_key(client, appeal):
    attachment = attachment_add(appeal=appeal, upload=("ariza.pdf", files.pdf()))

    assert download(client, appeal, attachment.code, key="WRONGKEY").status_code == 404


def test_it_does_not_send_another_appeals_file(client, appeal, world):
    other = make_appeal(world, access_key="Z9Z9Z9Z9")
    theirs = attachment_add(appeal=other, upload=("theirs.pdf", files.pdf()))

    assert download(client, appeal, theirs.code).status_code == 404


@pytest.mark.parametrize("attachment_id", ["1", "not-a-uuid", "55eaeddf-5802-472e-ac85-d4a068e22d01"])
def test_unknown_attachment_ids_are_not_found(client, appeal, attachment_id):
    attachment_add(appeal=appeal, upload=("ariza.pdf", files.pdf()))

    assert download(client, appeal, attachment_id).status_code == 404
