"""Receiving appeals: what the law asks of the applicant, routing, repeats and duplicates."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from murojaat.accounts.identifiers import make_pinfl
from murojaat.appeals import actions, codes, intake, lifecycle
from murojaat.appeals.models import Appeal, Applicant, Status
from murojaat.core.errors import InvalidInput
from tests.appeals.factories import file_appeal, local, submission, take_to_answer


def test_an_appeal_is_acknowledged_with_a_code_a_key_and_a_deadline(world):
    receipt = file_appeal(world, at=local(2026, 4, 6, 10))
    appeal = receipt.appeal
    assert len(appeal.tracking_code) == 12 and set(appeal.tracking_code) <= set(codes.ALPHABET)
    assert appeal.check_access_key(receipt.access_key) and not appeal.check_access_key("WRONG123")
    assert appeal.status == Status.RECEIVED and appeal.due_at > appeal.received_at
    # 15 calendar days for a complaint: 6 April + 15 = 21 April 2026 (a Tuesday).
    assert appeal.due_at.astimezone(local(2026, 1, 1).tzinfo).date().isoformat() == "2026-04-21"
    assert Applicant.objects.get(appeal=appeal).full_name == "Karimova Dilnoza Akmalovna"


def test_a_road_complaint_goes_to_the_district_and_a_gas_complaint_to_the_regional_supplier(world):
    assert file_appeal(world).appeal.organisation == world.body_a
    gas = file_appeal(world, category=world.gas.code, text="Gaz bosimi juda past, uyni isitib bo‘lmayapti.")
    assert gas.appeal.organisation == world.gas_supplier


def test_the_applicant_may_choose_the_body(world):
    appeal = file_appeal(world, addressed_to=world.body_b.code).appeal
    assert appeal.organisation == world.body_b


def test_every_missing_fact_is_reported_at_once_and_nothing_is_saved(world):
    with pytest.raises(InvalidInput) as caught:
        file_appeal(world, text="qisqa", full_name="", address="", kind="petition", pinfl="12345678901234")
    assert set(caught.value.fields) >= {"text", "full_name", "address", "kind", "pinfl"}
    assert not Appeal.objects.exists()


def test_a_legal_entity_needs_its_name_address_and_signatory(world):
    with pytest.raises(InvalidInput) as caught:
        file_appeal(world, applicant_type="legal_entity", full_name="", organisation_name="", signatory_name="",
                    address="", tin="123")
    assert set(caught.value.fields) >= {"organisation_name", "address", "signatory_name", "tin"}
    ok = file_appeal(world, applicant_type="legal_entity", organisation_name="“Qarshi Tekstil” MChJ",
                     tin="305123456", signatory_name="Rahimov A.", signatory_position="direktor")
    assert ok.appeal.applicant_type == "legal_entity"


def test_unknown_references_are_named(world):
    with pytest.raises(InvalidInput) as caught:
        file_appeal(world, category="no-such-topic", territory="9999999", addressed_to="nobody")
    assert set(caught.value.fields) == {"category", "territory", "addressed_to"}


def test_a_letter_by_post_without_a_name_is_still_registered(world):
    appeal = file_appeal(world, channel="post", full_name="", address="").appeal
    assert appeal.status == Status.RECEIVED


def test_the_pinfl_gives_sex_and_age_band_for_statistics(world):
    pinfl = make_pinfl(birth_date=local(1999, 3, 1).date(), sex="male", serial=7)
    appeal = file_appeal(world, pinfl=pinfl, at=local(2026, 4, 6, 10)).appeal
    assert appeal.applicant_sex == "male" and appeal.applicant_age_band == "25-34"


def test_writing_again_after_an_answer_is_flagged_as_repeated(world):
    pinfl = make_pinfl(birth_date=local(1980, 1, 1).date(), sex="female", serial=9)
    first = take_to_answer(world, file_appeal(world, pinfl=pinfl).appeal)
    again = file_appeal(world, pinfl=pinfl, text="Yo‘l hali ham ta’mirlanmadi, javobga qo‘shilmayman.").appeal
    assert again.is_repeated and again.repeated_of_id == first.pk


def test_writing_again_after_the_deadline_passed_unanswered_is_flagged(world):
    pinfl = make_pinfl(birth_date=local(1980, 1, 1).date(), sex="female", serial=10)
    first = file_appeal(world, pinfl=pinfl, at=local(2026, 1, 5, 10)).appeal
    again = file_appeal(world, pinfl=pinfl, at=local(2026, 3, 1, 10),
                        text="Ikki oy o‘tdi, javob yo‘q. Yo‘l hali ham buzuq.").appeal
    assert again.repeated_of_id == first.pk


def test_the_same_text_sent_twice_is_merged_not_answered_twice(world):
    pinfl = make_pinfl(birth_date=local(1980, 1, 1).date(), sex="female", serial=11)
    first = file_appeal(world, pinfl=pinfl).appeal
    # The same letter, retyped in Cyrillic with other spacing.
    cyrillic = "Кўчамиздаги йўл уч ойдан бери бузилган,  чуқурлар кўп. Илтимос, таъмирлаб беринг."
    second = file_appeal(world, pinfl=pinfl, text=cyrillic)
    assert second.duplicate_of == first
    second.appeal.refresh_from_db()
    assert second.appeal.status == Status.MERGED and second.appeal.merged_into == first


def test_an_appeal_writes_no_index_keyed_by_its_text_hash_or_a_prefix_of_its_code(db):
    # Random keys land on random pages: every such index costs each new appeal
    # a page write (a whole page after a checkpoint). The duplicate check above
    # reaches the applicant's appeals first; codes are looked up whole.
    with connection.cursor() as cursor:
        indexes = connection.introspection.get_constraints(cursor, Appeal._meta.db_table)
    on = {name: info["columns"] for name, info in indexes.items() if info["index"] or info["unique"]}
    assert not [name for name, columns in on.items() if "text_fingerprint" in columns]
    assert [name for name, columns in on.items() if columns == ["tracking_code"]] == [
        name for name, info in indexes.items() if info["columns"] == ["tracking_code"] and info["unique"]
    ]


def test_contesting_an_answer_files_a_complaint_with_the_higher_body(world):
    appeal = take_to_answer(world, file_appeal(world).appeal)
    receipt = actions.appeal_contest(appeal=appeal, text="Javob bilan rozi emasman: yo‘l ta’mirlanmagan.")
    complaint = receipt.appeal
    assert complaint.kind == "complaint" and complaint.contests == appeal
    assert complaint.organisation == world.regional_hokimiyat


def test_contesting_is_the_applicants_lifecycle_step_recorded_as_before(world):
    """The "contest" transition (by the applicant, from a finished appeal) goes
    through the lifecycle's one path; its timeline event and audit entry keep
    their names, "contested" and "appeal.contested", at the higher body."""
    from murojaat.appeals.models import AppealEvent
    from murojaat.audit.models import AuditEvent

    contest = lifecycle.TRANSITIONS["contest"]
    assert contest.by_applicant and contest.sources == lifecycle.FINISHED and contest.target is None
    appeal = take_to_answer(world, file_appeal(world).appeal)
    assert "contest" not in lifecycle.allowed_actions(appeal, world.head_a)  # never offered to officials
    complaint = actions.appeal_contest(appeal=appeal, text="Javob bilan rozi emasman: yo‘l ta’mirlanmagan.").appeal
    event = AppealEvent.objects.get(appeal=appeal, action="contested")
    assert event.organisation == world.regional_hokimiyat and event.actor is None
    assert event.note == codes.display(complaint.tracking_code)
    audit = AuditEvent.objects.get(action="appeal.contested", object_id=str(appeal.pk))
    assert audit.actor_label == "applicant"
    assert audit.payload["complaint"] == complaint.tracking_code and audit.payload["to"] == world.regional_hokimiyat.code
    assert not AppealEvent.objects.filter(action="contest").exists()


def test_contesting_after_a_year_is_refused(world):
    appeal = take_to_answer(world, file_appeal(world, at=local(2025, 1, 10, 10)).appeal, at=local(2025, 1, 12, 10))
    with pytest.raises(InvalidInput):
        actions.appeal_contest(appeal=appeal, text="Javob bilan rozi emasman.", at=local(2026, 2, 1, 10))


def test_an_open_appeal_cannot_be_contested(world):
    appeal = file_appeal(world).appeal
    with pytest.raises(InvalidInput):
        actions.appeal_contest(appeal=appeal, text="Javob bilan rozi emasman.")


def test_submission_runs_a_small_fixed_number_of_queries(world):
    file_appeal(world)  # warm caches (calendar, content types)
    with CaptureQueriesContext(connection) as first:
        file_appeal(world, text="Birinchi: ko‘cha chiroqlari yonmaydi, iltimos tuzating.", pinfl="")
    with CaptureQueriesContext(connection) as second:
        file_appeal(world, text="Ikkinchi: ariq tozalanmagan, suv oqmayapti, yordam bering.", pinfl="",
                    cosigners=[intake.CoSignerIn(full_name="Aliyev Bobur")])
    assert len(first) <= 20, [q["sql"] for q in first.captured_queries]
    assert len(second) <= len(first) + 2


def test_tracking_codes_read_aloud_still_resolve():
    assert codes.normalise("k7mx-4qtp-9wr2") == "K7MX4QTP9WR2"
    assert codes.normalise("O1IL") == "0111"
    assert codes.display("K7MX4QTP9WR2") == "K7MX-4QTP-9WR2"


def test_submission_objects_are_the_domain_input(world):
    sub = submission(world)
    assert isinstance(sub, intake.Submission)
    assert lifecycle.OPEN


def test_an_answer_is_contested_once_and_the_second_try_names_the_first_complaint(world):
    appeal = take_to_answer(world, file_appeal(world).appeal)
    first = actions.appeal_contest(appeal=appeal, text="Javob bilan rozi emasman: yo‘l ta’mirlanmagan.").appeal
    with pytest.raises(InvalidInput) as refused:
        actions.appeal_contest(appeal=appeal, text="Yana shikoyat: javob bilan rozi emasman, iltimos.")
    assert refused.value.code == "already_contested"
    assert codes.display(first.tracking_code) in str(refused.value.message)
    assert Appeal.objects.filter(contests=appeal).count() == 1


@pytest.mark.django_db(transaction=True)
def test_on_postgresql_an_appeal_and_everything_written_with_it_is_one_statement(world):
    """With no transaction open, the appeal, its applicant, event, receipt,
    audit record, search queue row and the API's idempotency record go in one
    statement: atomic on its own, so no BEGIN or COMMIT (appeals/_writer.py
    `insert_at_once`). Every row is there afterwards."""
    if connection.vendor != "postgresql":
        pytest.skip("SQLite writes the same rows in one transaction")
    from django.test import Client

    from murojaat.appeals.models import AppealEvent, IdempotencyRecord
    from murojaat.audit.models import AuditEvent
    from murojaat.notifications.models import Notification
    from murojaat.search.models import PendingSearchEntry
    from tests.appeals.test_api import BODY

    Client().post("/api/v1/appeals", BODY, content_type="application/json")  # warm caches: references, calendar
    with CaptureQueriesContext(connection) as captured:
        created = Client().post("/api/v1/appeals", dict(BODY, text=BODY["text"] + " Ikkinchi marta."),
                                content_type="application/json", HTTP_IDEMPOTENCY_KEY="in-one-go")
    assert created.status_code == 201, created.content
    statements = [q["sql"] for q in captured.captured_queries if "nextval" not in q["sql"]]
    assert [s for s in statements if s.split()[0].upper() in ("BEGIN", "COMMIT", "SAVEPOINT")] == []
    writes = [s for s in statements if not s.startswith("SELECT")]
    assert len(writes) == 1, writes
    appeal = Appeal.objects.get(tracking_code=codes.normalise(created.json()["tracking_code"]))
    assert Applicant.objects.filter(appeal=appeal).exists()
    assert AppealEvent.objects.filter(appeal=appeal, action="received").exists()
    assert Notification.objects.filter(appeal=appeal, channel="sms").exists()
    assert AuditEvent.objects.filter(action="appeal.received", object_id=str(appeal.pk)).exists()
    assert PendingSearchEntry.objects.filter(appeal=appeal).exists()
    assert IdempotencyRecord.objects.get(key="in-one-go").appeal == appeal
