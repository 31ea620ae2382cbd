"""No name, PINFL, phone, e-mail or appeal text in the logs or on error pages.

The logs are read as the production handler writes them (with its filter),
at DEBUG level, while appeals are filed and while errors happen whose text
carries the applicant's data the way PostgreSQL and mail servers word it.
"""

import io
import logging
from datetime import date

import pytest
from django.db import IntegrityError
from django.test import Client

from murojaat.accounts.identifiers import make_pinfl
from murojaat.core.redaction import RedactPersonalData, redact

NAME = "Sevara Qodirova"
PINFL = make_pinfl(birth_date=date(1988, 3, 9), sex="female", serial=77)
PHONE = "+998 93 555 12 34"
EMAIL = "sevara.qodirova@example.uz"
TEXT = "Mahallamizdagi bolalar maydonchasi buzilib qolgan, tezroq tuzatib bering"

SUBMISSION = {
    "kind": "complaint",
    "text": TEXT,
    "category": "road-repair",
    "territory": "1710224",
    "full_name": NAME,
    "address": "Qarshi tumani, Mustaqillik ko‘chasi 12",
    "phone": PHONE,
    "email": EMAIL,
    "pinfl": PINFL,
}
SECRETS = [NAME, "Qodirova", PINFL, PHONE, "935551234", EMAIL, TEXT[:30]]


@pytest.fixture
def written_log():
    """What the configured handlers write, at DEBUG level, during the test."""
    root = logging.getLogger()
    handlers = [h for h in root.handlers if any(isinstance(f, RedactPersonalData) for f in h.filters)]
    assert handlers, "the settings' log handler has no redaction filter"
    out = io.StringIO()
    previous_streams = [h.setStream(out) for h in handlers]
    previous_level = root.level
    root.setLevel(logging.DEBUG)
    try:
        yield out
    finally:
        root.setLevel(previous_level)
        for handler, stream in zip(handlers, previous_streams, strict=True):
            handler.setStream(stream)


def assert_nothing_personal(text: str):
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} appears in:\n{text}"


def test_filing_an_appeal_writes_no_personal_data_to_the_log(world, written_log):
    api = Client()
    for _ in range(2):  # the second is a duplicate: another path through intake
        created = api.post("/api/v1/appeals", SUBMISSION, content_type="application/json")
        assert created.status_code == 201, created.content
    looked_up = api.get(
        f"/api/v1/appeals/{created.json()['tracking_code']}", HTTP_X_ACCESS_KEY=created.json()["access_key"]
    )
    assert looked_up.status_code == 200
    assert_nothing_personal(written_log.getvalue())


@pytest.mark.parametrize(
    "database_says",
    [
        f'duplicate key value violates unique constraint "appeals_applicant_pinfl"\n'
        f"DETAIL:  Key (pinfl, full_name)=({PINFL}, {NAME}) already exists.",
        f'null value in column "territory_id" violates not-null constraint\n'
        f"DETAIL:  Failing row contains (41, {NAME}, {PHONE}, {EMAIL}, {TEXT}\n\nQarshi, null).",
    ],
)
def test_a_database_error_while_filing_is_logged_without_the_row(
    world, written_log, monkeypatch, database_says
):
    from murojaat.appeals import actions

    def fails(**kwargs):
        raise IntegrityError(database_says)

    monkeypatch.setattr(actions, "appeal_submit", fails)
    response = Client(raise_request_exception=False).post(
        "/api/v1/appeals", SUBMISSION, content_type="application/json"
    )
    assert response.status_code == 500
    assert response.json()["code"] == "server_error"
    assert_nothing_personal(response.content.decode())
    log = written_log.getvalue()
    assert "IntegrityError" in log and "Traceback" in log  # still useful to whoever reads it
    assert_nothing_personal(log)


def test_an_error_on_a_page_shows_and_logs_nothing_personal(world, written_log, monkeypatch, settings):
    from murojaat.appeals import selectors

    settings.DEBUG = False

    def fails(*args, **kwargs):
        # A name in free text has no shape a filter could know (see redaction.py):
        # only the code's own messages keep names out, and they name no one.
        raise RuntimeError(f"lookup for <{EMAIL}> {PHONE} PINFL {PINFL} failed")

    monkeypatch.setattr(selectors, "appeal_for_applicant", fails)
    response = Client(raise_request_exception=False).post(
        "/track/", {"code": "K7MX-4QTP-9WR2", "access_key": "AB12-CD34"}
    )
    assert response.status_code == 500
    assert_nothing_personal(response.content.decode())
    log = written_log.getvalue()
    assert "RuntimeError" in log
    assert_nothing_personal(log)


@pytest.mark.parametrize(
    "line, kept",
    [
        (f"SMTPRecipientsRefused: {{'{EMAIL}': (550, b'5.1.1 user unknown')}}", "SMTPRecipientsRefused"),
        ('Eskiz: HTTP 400 {"message": "invalid number 998935551234"}', "Eskiz: HTTP 400"),
        (f"sending to {PHONE} timed out", "timed out"),
        (f"Key (pinfl)=({PINFL}) already exists.", "Key (pinfl)=(…)"),
        ("notification 1234 failed for good after 6 attempts", "notification 1234 failed for good after 6"),
        ("appeal K7MX4QTP9WR2 escalated", "appeal K7MX4QTP9WR2 escalated"),
    ],
)
def test_the_filter_blanks_numbers_addresses_and_quoted_rows_and_keeps_the_rest(line, kept):
    redacted = redact(line)
    assert kept in redacted
    assert_nothing_personal(redacted)
    assert "998935551234" not in redacted
