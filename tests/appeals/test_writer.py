"""appeals/_writer.py, intake's writer: the rows it writes at once read back
as the ORM's would, in one statement, or it writes nothing."""

import pytest
from django.db import IntegrityError, connection, transaction
from django.forms.models import model_to_dict
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from murojaat.appeals import _writer
from murojaat.appeals.models import AppealEvent, Applicant
from murojaat.audit.models import AuditEvent
from murojaat.notifications.models import Notification
from tests.appeals.factories import file_appeal

postgresql_only = pytest.mark.skipif(
    "connection.vendor != 'postgresql'", reason="one statement is PostgreSQL's; elsewhere the door uses the ORM"
)


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


@postgresql_only
def test_rows_written_at_once_read_back_as_saved_ones_in_order_in_one_statement(world):
    appeal = file_appeal(world).appeal
    saved = _notification(appeal, "a")
    saved.save()
    at = timezone.now()
    before = AuditEvent.objects.count()
    with CaptureQueriesContext(connection) as captured:
        assert _writer.insert_at_once([
            _notification(appeal, "b"),
            AuditEvent(occurred_at=at, actor_label="t", action="test.one", payload={"n": 1}),
            AuditEvent(occurred_at=at, actor_label="t", action="test.two", payload={"n": 2}),
        ])
    assert len(captured) == 1
    inserted = Notification.objects.get(dedupe_key="b")
    assert {**_read(Notification, saved.pk), "dedupe_key": "b"} == _read(Notification, inserted.pk)
    assert list(AuditEvent.objects.order_by("id").values_list("action", flat=True)[before:]) == ["test.one", "test.two"]


@postgresql_only
def test_a_statement_written_often_is_prepared(world):
    appeal = file_appeal(world).appeal
    for key in "abc":
        assert _writer.insert_at_once([_notification(appeal, f"prepared-{key}")])
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements WHERE statement LIKE %s",
                       ['INSERT INTO "notifications_notification"%'])
        assert cursor.fetchall()
    assert Notification.objects.filter(dedupe_key__startswith="prepared-").count() == 3


@postgresql_only
def test_a_failed_row_raises_djangos_integrity_error_and_writes_nothing(world):
    appeal = file_appeal(world).appeal
    _notification(appeal, "taken").save()
    count = Notification.objects.count()
    with pytest.raises(IntegrityError), transaction.atomic():
        _writer.insert_at_once([_notification(appeal, "fresh"), _notification(appeal, "taken")])
    assert Notification.objects.count() == count


def test_rows_whose_save_listeners_must_run_are_left_to_the_orm(world):
    from django.db.models.signals import post_save

    appeal = file_appeal(world).appeal

    def listener(sender, instance, **kwargs):
        pass

    post_save.connect(listener, sender=AppealEvent)
    try:
        assert not _writer.insert_at_once([AppealEvent(appeal=appeal, action="note", at=timezone.now())])
    finally:
        post_save.disconnect(listener, sender=AppealEvent)
    assert not AppealEvent.objects.filter(appeal=appeal, action="note").exists()


def _attributes(obj):
    found = {k: v for k, v in obj.__dict__.items() if k != "_state"}
    # Callable defaults taken at construction: a few microseconds apart.
    for name, value in list(found.items()):
        if hasattr(value, "tzinfo") and value.tzinfo is not None and name in ("created_at", "next_attempt_at"):
            assert abs(value - timezone.now()).total_seconds() < 60
            found.pop(name)
    return found


def test_an_object_built_by_new_is_the_one_the_model_builds(world):
    appeal = file_appeal(world).appeal
    for model, values in (
        (Notification, dict(appeal=appeal, channel="sms", address="+998901234567", language="ru", event="received",
                            context={"due_at": "2026-01-01"}, dedupe_key="k")),
        (AppealEvent, dict(appeal=appeal, action="received", at=timezone.now(), organisation=appeal.organisation)),
        (AppealEvent, dict(appeal_id=appeal.pk, action="noted", at=timezone.now(), organisation=None)),
        (AuditEvent, dict(action="appeal.received", actor=None, actor_label="applicant", object_type="appeal",
                          object_id="1", payload={"a": 1}, occurred_at=timezone.now())),
    ):
        built, reference = _writer.new(model, **values), model(**values)
        assert _attributes(built) == _attributes(reference)
        assert built._state.fields_cache == reference._state.fields_cache
        assert built._state.adding and built._state.db is None
    # A one-to-one is cached both ways, as the descriptor does.
    applicant = _writer.new(Applicant, appeal=appeal, full_name="Aliyev Bobur")
    assert applicant.appeal is appeal and appeal.applicant is applicant
    # The same mistakes are refused.
    for bad in (dict(appeal=appeal.organisation), dict(no_such_field=1)):
        try:
            _writer.new(AppealEvent, action="x", **bad)
        except (TypeError, ValueError):
            pass
        else:
            raise AssertionError(f"_writer.new accepted {bad}")
