"""Inserting one row with SQL built once per model: for the hottest writes only.

`Model.save()` rebuilds its INSERT statement on every call: it walks the
fields, prepares and quotes each one through the query compiler. For the
handful of rows intake writes per appeal that was a third of its CPU
(bench/intake.py). `insert()` writes the same row the same way -- the same
`pre_save` (auto_now) and `get_db_prep_save` conversions, the same database
router, pre_save/post_save signals sent when anything listens -- but keeps the
statement per model and connection.

Not for models with database-computed defaults (`db_default`), generated
fields or multi-table inheritance: those fall back to `save()`.
"""

from collections.abc import Iterable

from django.db import connections, router
from django.db.models import Model
from django.db.models import fields as model_fields
from django.db.models.fields import NOT_PROVIDED
from django.db.models.fields.related import ForeignKey, OneToOneField
from django.db.models.signals import post_save, pre_save

# Field classes whose pre_save is the attribute and whose conversion leaves a
# str (text fields) or an int/bool (number fields, keys to integer ids) as it
# is: `_values` passes such values straight through, as Django would have
# returned them unchanged, and sends everything else through the field.
_TEXT_FIELDS = {model_fields.CharField, model_fields.TextField, model_fields.EmailField, model_fields.SlugField}
_NUMBER_FIELDS = {
    model_fields.IntegerField, model_fields.BigIntegerField, model_fields.SmallIntegerField,
    model_fields.PositiveIntegerField, model_fields.PositiveSmallIntegerField,
    model_fields.PositiveBigIntegerField, model_fields.BooleanField,
}
_AS_IS = {str: "text", int: "number", bool: "number"}

_plans: dict[tuple[type, str], tuple[str, list, list] | None] = {}
_bare: dict[tuple[type, str], str] = {}


def _plan(model: type[Model], alias: str):
    key = (model, alias)
    if key in _plans:
        return _plans[key]
    meta = model._meta
    connection = connections[alias]
    plan = None
    simple = not meta.parents and all(
        getattr(f, "db_default", NOT_PROVIDED) is NOT_PROVIDED and not getattr(f, "generated", False)
        for f in meta.local_concrete_fields
    )
    if simple:
        returning = [f for f in meta.db_returning_fields if f.primary_key]
        fields = [f for f in meta.local_concrete_fields if f not in returning]
        qn = connection.ops.quote_name
        sql = (
            f"INSERT INTO {qn(meta.db_table)} ({', '.join(qn(f.column) for f in fields)}) "
            f"VALUES ({', '.join(['%s'] * len(fields))})"
        )
        if returning:
            if not connection.features.can_return_columns_from_insert:
                returning = []  # read the id from the cursor instead
                plan_returning = None
            else:
                plan_returning = returning
                sql += " RETURNING " + ", ".join(qn(f.column) for f in returning)
        else:
            plan_returning = []
        plan = (sql, [(f, _kind(f)) for f in fields], plan_returning)
    _plans[key] = plan
    return plan


def _kind(field) -> str:
    if type(field) in _TEXT_FIELDS:
        return "text"
    if type(field) in _NUMBER_FIELDS:
        return "number"
    if type(field) in (ForeignKey, OneToOneField) and type(field.target_field) in (
        model_fields.AutoField, model_fields.BigAutoField, *_NUMBER_FIELDS
    ):
        return "number"
    return ""


def _values(obj: Model, fields, connection) -> list:
    values = []
    for field, kind in fields:
        if kind:
            value = getattr(obj, field.attname)
            if value is None or _AS_IS.get(type(value)) == kind:
                values.append(value)
                continue
        values.append(field.get_db_prep_save(field.pre_save(obj, True), connection))
    return values


def insert(obj: Model) -> Model:
    """INSERT `obj` as a new row, like `obj.save(force_insert=True)`; returns it."""
    model = type(obj)
    alias = router.db_for_write(model, instance=obj)
    plan = _plan(model, alias)
    if plan is None:
        obj.save(force_insert=True, using=alias)
        return obj
    sql, fields, returning = plan
    if pre_save.has_listeners(model):
        pre_save.send(sender=model, instance=obj, raw=False, using=alias, update_fields=None)
    connection = connections[alias]
    values = _values(obj, fields, connection)
    with connection.cursor() as cursor:
        cursor.execute(sql, values)
        if returning:
            for field, value in zip(returning, cursor.fetchone(), strict=True):
                setattr(obj, field.attname, value)
        elif returning is None:
            obj.pk = connection.ops.last_insert_id(cursor, model._meta.db_table, model._meta.pk.column)
    obj._state.adding = False
    obj._state.db = alias
    if post_save.has_listeners(model):
        post_save.send(sender=model, instance=obj, created=True, update_fields=None, raw=False, using=alias)
    return obj


def insert_many(objs: list[Model], *, unsignalled: Iterable[Model] = ()) -> None:
    """INSERT several new rows whose ids the caller does not need.

    On PostgreSQL (client-side parameter binding, Django's default) the
    statements go in one round trip; elsewhere one by one. A row whose model
    has pre_save/post_save listeners, or that `insert()` cannot handle, is
    written by `insert()` so its listeners see the id, unless it is one of
    `unsignalled`: rows whose listeners the caller stands in for, written in
    the batch with no signal at all. The rows are written in the order given;
    the objects' ids stay unset."""
    quiet = {id(obj) for obj in unsignalled}
    batch: dict[str, list[tuple[str, list]]] = {}
    for obj in objs:
        model = type(obj)
        alias = router.db_for_write(model, instance=obj)
        plan = _plan(model, alias)
        listened = id(obj) not in quiet and (pre_save.has_listeners(model) or post_save.has_listeners(model))
        if plan is None or listened:
            insert(obj)
            continue
        sql, fields, _returning = plan
        bare = _bare.get((model, alias))
        if bare is None:
            bare = _bare[(model, alias)] = sql.split(" RETURNING ", 1)[0]
        connection = connections[alias]
        batch.setdefault(alias, []).append((bare, _values(obj, fields, connection)))
        obj._state.adding = False
        obj._state.db = alias
    for alias, statements in batch.items():
        connection = connections[alias]
        with connection.cursor() as cursor:
            if _can_send_together(connection) and len(statements) > 1:
                cursor.execute("; ".join(sql for sql, _ in statements), [v for _, values in statements for v in values])
            else:
                for sql, values in statements:
                    cursor.execute(sql, values)


def _can_send_together(connection) -> bool:
    # psycopg merges parameters client-side unless server-side binding is on,
    # and then accepts several statements in one execute().
    return connection.vendor == "postgresql" and not connection.settings_dict.get("OPTIONS", {}).get(
        "server_side_binding"
    )


def insert_columns(model: type[Model], names: list[str], rows_: list[tuple]) -> None:
    """INSERT many new rows of `model` given as tuples of already database-ready
    values (str, int, bytes, aware datetimes, None) for the fields `names`, in
    one statement: on PostgreSQL one array per column through UNNEST, so the
    statement stays short whatever the number of rows and the server plans it
    once; elsewhere through `bulk_create`. For batches a worker writes (search
    entries, signatures), where building a model object per row costs more than
    the insert. No signals are sent."""
    if not rows_:
        return
    alias = router.db_for_write(model)
    connection = connections[alias]
    meta = model._meta
    fields = [meta.get_field(name) for name in names]
    if connection.vendor != "postgresql":
        model.objects.using(alias).bulk_create(model(**dict(zip(names, row, strict=True))) for row in rows_)
        return
    key = (model, tuple(names), alias)
    sql = _unnest_sql.get(key)
    if sql is None:
        qn = connection.ops.quote_name
        # One typed array per column; "varchar(255)[]" would truncate, so the
        # type goes without its modifiers, as Django's own UNNEST insert does.
        arrays = ", ".join(f"%s::{field.db_type(connection).split('(')[0]}[]" for field in fields)
        sql = _unnest_sql[key] = (
            f"INSERT INTO {qn(meta.db_table)} ({', '.join(qn(field.column) for field in fields)}) "
            f"SELECT * FROM UNNEST({arrays})"
        )
    with connection.cursor() as cursor:
        cursor.execute(sql, [list(column) for column in zip(*rows_, strict=True)])


_unnest_sql: dict[tuple, str] = {}
