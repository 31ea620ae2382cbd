"""Attachments are reached with the same access key as the appeal: wrong keys
tried there count against the tracking code like wrong keys on the lookup."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from murojaat.core.rates import rates_from
from tests.attachments import files
from tests.security.test_rate_limits import HOME, OFFICE, assert_refused, file


@pytest.fixture(autouse=True)
def media_in_tmp(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


@pytest.fixture
def api():
    return Client()


@pytest.fixture
def limits(settings):
    def turn_on(overrides: str = ""):
        settings.RATE_LIMITS_ENABLED = True
        settings.RATE_LIMITS = rates_from(overrides)

    return turn_on


def upload(api, code, key, address=HOME):
    return api.post(
        f"/api/v1/appeals/{code}/attachments",
        {"file": SimpleUploadedFile("a.pdf", files.pdf())},
        HTTP_X_ACCESS_KEY=key,
        REMOTE_ADDR=address,
    )


def download(api, code, key, attachment_id="00000000-0000-0000-0000-000000000000", address=HOME):
    return api.get(
        f"/api/v1/appeals/{code}/attachments/{attachment_id}", HTTP_X_ACCESS_KEY=key, REMOTE_ADDR=address
    )


def test_wrong_keys_on_uploads_stop_further_tries_even_with_the_right_key(world, api, limits):
    limits("lookup.account=3/1h")
    created = file(api).json()
    code, key = created["tracking_code"], created["access_key"]
    for _ in range(3):
        assert upload(api, code, "AAAA-AAAA").status_code == 404
    assert_refused(upload(api, code, key))


def test_wrong_keys_on_downloads_count_with_those_on_the_lookup(world, api, limits):
    limits("lookup.account=3/1h")
    created = file(api).json()
    code, key = created["tracking_code"], created["access_key"]
    assert api.get(f"/api/v1/appeals/{code}", HTTP_X_ACCESS_KEY="AAAA-AAAA").status_code == 404
    for _ in range(2):
        assert download(api, code, "AAAA-AAAA").status_code == 404
    assert_refused(download(api, code, key))
    assert_refused(api.get(f"/api/v1/appeals/{code}", HTTP_X_ACCESS_KEY=key))


def test_the_right_key_uploads_and_downloads_freely_within_the_address_limit(world, api, limits):
    limits("lookup.account=1/1h,lookup.address=5/10m")
    created = file(api).json()
    code, key = created["tracking_code"], created["access_key"]
    uploaded = upload(api, code, key, address=OFFICE)
    assert uploaded.status_code == 201, uploaded.content
    for _ in range(4):
        assert download(api, code, key, uploaded.json()["id"], address=OFFICE).status_code == 200
    assert_refused(download(api, code, key, uploaded.json()["id"], address=OFFICE))
