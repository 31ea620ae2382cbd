"""Steps out of order, sending twice, and what the final "Send" costs."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from murojaat.appeals.models import Appeal, IdempotencyRecord

from .conftest import STEP_ORDER, send, url, walk


@pytest.mark.parametrize("step", [s for s in STEP_ORDER if s != "kind"])
def test_a_step_opened_without_a_draft_goes_back_to_the_first_question(client, world, step):
    response = client.get(url(step))
    assert response.status_code == 302 and response.url == url("kind")
    response = client.post(url(step), {})
    assert response.status_code == 302 and response.url == url("kind")


def test_the_reader_is_told_why_they_are_back_at_the_first_question(client, world):
    response = client.get(url("details"), follow=True)
    assert "We do not have your earlier answers" in response.content.decode()


def test_a_step_opened_too_early_goes_to_the_first_unanswered_one(client, world):
    walk(client, world, upto="category")
    assert client.get(url("district")).url == url("category")
    assert client.get(url("check")).url == url("category")
    assert client.post(url("details"), {"full_name": "X", "address": "Y"}).url == url("category")
    assert Appeal.objects.count() == 0


def test_the_done_page_without_a_sent_appeal_goes_to_the_start(client, world):
    assert client.get(url("done")).url == url("start")


def test_pressing_send_twice_creates_one_appeal(client, world):
    walk(client, world)
    first = send(client)
    second = send(client)
    assert first.url == url("done") and second.url == url("done")
    assert Appeal.objects.count() == 1


@pytest.mark.parametrize("transaction", [
    pytest.param(False, id="inside-a-transaction"),
    pytest.param(True, id="autocommit", marks=pytest.mark.django_db(transaction=True)),
])
def test_a_send_that_loses_the_race_for_its_draft_writes_nothing(client, world, monkeypatch, transaction):
    """Two "Send"s of one draft at once: both found no record, the other one
    committed first. This one's write clashes on the key, writes nothing (not
    even the appeal), and it goes to the done page like the first."""
    from murojaat.appeals import actions

    walk(client, world)
    real_submit = actions.appeal_submit

    def the_other_send_commits_first(**kwargs):
        # Between this send's look for a record and its write.
        IdempotencyRecord.objects.create(key=kwargs["idempotency"].key, request_hash="", status_code=201, response={})
        return real_submit(**kwargs)

    monkeypatch.setattr(actions, "appeal_submit", the_other_send_commits_first)
    response = send(client)

    assert response.status_code == 302 and response.url == url("done")
    assert Appeal.objects.count() == 0 and IdempotencyRecord.objects.count() == 1


def test_a_resent_form_from_a_stale_session_creates_nothing_new(client, world):
    """Two requests both carrying the draft (a double click): the second finds
    the first one's record and creates nothing."""
    walk(client, world)
    session_before = dict(client.session)
    send(client)
    session = client.session
    session.update(session_before)  # the second request still sees the draft
    session.pop("filing_receipt", None)
    session.save()
    response = send(client)
    assert response.url == url("done")
    assert Appeal.objects.count() == 1
    assert IdempotencyRecord.objects.count() == 1
    assert "key" not in IdempotencyRecord.objects.get().response


def test_a_send_that_intake_refuses_shows_the_problem_and_links_to_the_step(client, world):
    walk(client, world)
    world.roads.is_active = False
    world.roads.save()
    response = send(client)
    assert response.status_code == 200
    html = response.content.decode()
    assert "<title>Error:" in html
    assert f'href="{url("category", change=True)}">Unknown category.</a>' in html
    assert Appeal.objects.count() == 0


def test_the_final_send_runs_a_fixed_number_of_queries(client, world):
    """The page adds a fixed handful of queries to intake's own (pinned in
    tests/appeals/test_intake.py): the session, the duplicate-send check and
    its record."""
    from murojaat.appeals import actions
    from tests.appeals.factories import submission

    # A first appeal creates the audit chain's head and loads the work calendar.
    actions.appeal_submit(submission=submission(world))
    with CaptureQueriesContext(connection) as direct:
        actions.appeal_submit(
            submission=submission(world, text="Boshqa masala: ariq tozalanmagan, suv oqmayapti.")
        )
    walk(client, world, about={"text": "Yana boshqa masala: ko‘cha chiroqlari yonmayapti, iltimos yoqing."})
    with CaptureQueriesContext(connection) as queries:
        response = send(client)
    assert response.url == url("done")
    # Session read and save (3 with its savepoint), the duplicate-send check,
    # the savepoint and release around a write that may clash on its key, and
    # the record's insert, which on PostgreSQL goes in intake's one statement.
    # Not counted: taking a new block of appeal ids (PostgreSQL, one query in
    # a hundred appeals, rows.reserve_id), which falls in either capture by chance.
    record = 0 if connection.vendor == "postgresql" else 1
    sent, filed = ([q["sql"] for q in c.captured_queries if "nextval(" not in q["sql"]] for c in (queries, direct))
    assert len(sent) == len(filed) + 7 + record, "\n".join(sent)
    assert len(sent) <= 26
