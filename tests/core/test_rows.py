"""core/rows.py writes the same rows as Model.save(), faster."""

import pytest
from django.db import connection
from django.forms.models import model_to_dict
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from murojaat.appeals.models import AppealEvent
from murojaat.audit.models import AuditEvent
from murojaat.core import rows
from murojaat.notifications.models import Notification
from tests.appeals.factories import file_appeal


def _notification(appeal, key):
    return Notification(
        appeal=appeal, channel=Notification.Channel.EMAIL, address="a@example.uz", language="uz-cyrl",
        event="received", context={"due_at": "2026-01-01", "ism": "Ўзбек"}, dedupe_key=key,
    )


def _read(model, pk):
    found = model_to_dict(model.objects.get(pk=pk))
    found.pop("id")
    # Defaults taken at construction: a few microseconds apart, both aware.
    for name in ("created_at", "next_attempt_at"):
        assert abs(found.pop(name) - timezone.now()).total_seconds() < 60
    return found


def test_a_row_written_by_insert_reads_back_as_one_written_by_save(world):
    appeal = file_appeal(world).appeal
    saved = _notification(appeal, "a")
    saved.save()
    inserted = rows.insert(_notification(appeal, "b"))
    assert inserted.pk is not None and inserted.pk != saved.pk
    assert {**_read(Notification, saved.pk), "dedupe_key": "b"} == _read(Notification, inserted.pk)


def test_rows_written_together_are_all_there_in_order(world):
    appeal = file_appeal(world).appeal
    at = timezone.now()
    before = AuditEvent.objects.count()
    with CaptureQueriesContext(connection) as captured:
        rows.insert_many([
            _notification(appeal, "x"),
            AuditEvent(occurred_at=at, actor_label="t", action="test.one", payload={"n": 1}),
            AuditEvent(occurred_at=at, actor_label="t", action="test.two", payload={"n": 2}),
        ])
    assert Notification.objects.filter(dedupe_key="x").exists()
    assert list(AuditEvent.objects.order_by("id").values_list("action", flat=True)[before:]) == ["test.one", "test.two"]
    if connection.vendor == "postgresql":
        assert len(captured) == 1  # one round trip


def test_a_row_inserted_often_is_prepared_on_postgresql(world):
    if connection.vendor != "postgresql":
        pytest.skip("prepared statements of PostgreSQL")
    appeal = file_appeal(world).appeal
    for key in "abc":
        rows.insert(_notification(appeal, f"prepared-{key}"))
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements WHERE statement LIKE %s",
                       ['INSERT INTO "notifications_notification"%'])
        assert cursor.fetchall()
    assert Notification.objects.filter(dedupe_key__startswith="prepared-").count() == 3


def test_a_failed_row_in_a_batch_raises_djangos_integrity_error_and_writes_nothing(world):
    from django.db import IntegrityError, transaction

    appeal = file_appeal(world).appeal
    rows.insert(_notification(appeal, "taken"))
    count = Notification.objects.count()
    with pytest.raises(IntegrityError), transaction.atomic():
        rows.insert_many([_notification(appeal, "fresh"), _notification(appeal, "taken")])
    assert Notification.objects.count() == count


def test_a_row_whose_model_has_listeners_is_written_so_they_see_its_id(world):
    appeal = file_appeal(world).appeal
    event = AppealEvent(appeal=appeal, action="note", at=timezone.now())  # search/signals.py listens
    rows.insert_many([event])
    assert event.pk is not None and AppealEvent.objects.filter(pk=event.pk, action="note").exists()


def test_a_row_the_caller_marks_unsignalled_goes_in_the_batch_and_no_listener_hears_of_it(world):
    from django.db.models.signals import post_save

    appeal = file_appeal(world).appeal
    heard = []

    def listener(sender, instance, **kwargs):
        heard.append(instance)

    post_save.connect(listener, sender=AppealEvent)
    try:
        quiet = AppealEvent(appeal=appeal, action="quiet", at=timezone.now())
        loud = AppealEvent(appeal=appeal, action="loud", at=timezone.now())
        with CaptureQueriesContext(connection) as captured:
            rows.insert_many([quiet, loud], unsignalled=[quiet])
    finally:
        post_save.disconnect(listener, sender=AppealEvent)
    assert heard == [loud]
    assert set(AppealEvent.objects.filter(appeal=appeal, action__in=["quiet", "loud"]).values_list("action", flat=True)) == {
        "quiet", "loud"
    }
    if connection.vendor == "postgresql":
        assert len(captured) == 2  # the loud one alone (its listener wants the id), the quiet one in the batch


def _attributes(obj):
    found = {k: v for k, v in obj.__dict__.items() if k != "_state"}
    # Callable defaults taken at construction: a few microseconds apart.
    for name, value in list(found.items()):
        if hasattr(value, "tzinfo") and value.tzinfo is not None and name in ("created_at", "next_attempt_at"):
            assert abs(value - timezone.now()).total_seconds() < 60
            found.pop(name)
    return found


def test_an_object_built_by_new_is_the_one_the_model_builds(world):
    from murojaat.appeals.models import Applicant

    appeal = file_appeal(world).appeal
    for model, values in (
        (Notification, dict(appeal=appeal, channel="sms", address="+998901234567", language="ru", event="received",
                            context={"due_at": "2026-01-01"}, dedupe_key="k")),
        (AppealEvent, dict(appeal=appeal, action="received", at=timezone.now(), organisation=appeal.organisation)),
        (AppealEvent, dict(appeal_id=appeal.pk, action="noted", at=timezone.now(), organisation=None)),
        (AuditEvent, dict(action="appeal.received", actor=None, actor_label="applicant", object_type="appeal",
                          object_id="1", payload={"a": 1}, occurred_at=timezone.now())),
    ):
        built, reference = rows.new(model, **values), model(**values)
        assert _attributes(built) == _attributes(reference)
        assert built._state.fields_cache == reference._state.fields_cache
        assert built._state.adding and built._state.db is None
    # A one-to-one is cached both ways, as the descriptor does.
    applicant = rows.new(Applicant, appeal=appeal, full_name="Aliyev Bobur")
    assert applicant.appeal is appeal and appeal.applicant is applicant
    # The same mistakes are refused.
    for bad in (dict(appeal=appeal.organisation), dict(no_such_field=1)):
        try:
            rows.new(AppealEvent, action="x", **bad)
        except (TypeError, ValueError):
            pass
        else:
            raise AssertionError(f"rows.new accepted {bad}")
