"""Writing the rows of the hottest paths (intake, the worker's batches) with
SQL built once per model, for the handful of rows written per appeal.

- `new(Model, **values)`: the unsaved object `Model(**values)` builds, from a
  per-model plan instead of `__init__`'s walk through every field.
- `insert(obj)`: the same INSERT as `save()` -- the same `pre_save` (auto_now)
  and `get_db_prep_save` conversions, the same database router, pre_save and
  post_save signals sent when anything listens -- with the statement kept
  per model and connection (`Model.save()` rebuilds it on every call).
- `insert_many(objs)`: several rows in one round trip; on PostgreSQL as one
  prepared statement.
- `insert_at_once(objs)`: the same single statement, or nothing: atomic on its
  own, so it needs no transaction (intake); with `reserve_id(Model)`, the id
  of a row the others refer to, known before it is written.
- `insert_columns(Model, names, rows)`: a worker's batch of ready values, on
  PostgreSQL by COPY.

On PostgreSQL these bind parameters on the server and are prepared after two
uses on a connection (`_cursor`). Not for models with database-computed
defaults (`db_default`), generated fields or multi-table inheritance: those
fall back to `save()`.
"""

import threading
from collections.abc import Iterable
from datetime import date, datetime
from operator import attrgetter

from django.core.exceptions import FieldDoesNotExist
from django.db import connections, router
from django.db.backends.utils import CursorWrapper
from django.db.models import Model
from django.db.models import fields as model_fields
from django.db.models.base import ModelState
from django.db.models.fields import NOT_PROVIDED
from django.db.models.fields.related import ForeignKey, OneToOneField
from django.db.models.signals import post_init, post_save, pre_init, pre_save

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
_AS_IS = {str: "text", int: "number", bool: "number", datetime: "datetime", date: "date"}

_plans: dict[tuple[type, str, bool], tuple[str, list, list] | None] = {}
_bare: dict[tuple[type, str, str], str] = {}


def _plan_for(obj: Model, alias: str):
    """The plan of `obj`'s INSERT: with its id when it already has one (a
    reserved id, `reserve_id`), else letting the database number it."""
    model = type(obj)
    return _plan(model, alias, obj.pk is not None and model._meta.pk in model._meta.db_returning_fields)


def _plan(model: type[Model], alias: str, with_id: bool = False):
    key = (model, alias, with_id)
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
        returning = [] if with_id else [f for f in meta.db_returning_fields if f.primary_key]
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
        plan = (sql, _Columns([(f, _kind(f, connection)) for f in fields]), plan_returning)
    _plans[key] = plan
    return plan


def _kind(field, connection) -> str:
    automatic = getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False)
    if connection.vendor == "postgresql" and not automatic:
        # PostgreSQL takes dates and aware datetimes as they are (its
        # adapt_date(time)field_value returns the value); a naive datetime
        # still goes through the field, which warns and makes it aware.
        if type(field) is model_fields.DateTimeField:
            return "datetime"
        if type(field) is model_fields.DateField:
            return "date"
    if type(field) in _TEXT_FIELDS:
        return "text"
    if type(field) in _NUMBER_FIELDS:
        return "number"
    if type(field) in (ForeignKey, OneToOneField) and type(field.target_field) in (
        model_fields.AutoField, model_fields.BigAutoField, *_NUMBER_FIELDS
    ):
        return "number"
    return ""


class _Columns:
    """The fields of a plan's INSERT, each with its kind (`_kind`), and which
    of their values can go to the database as they are.

    That depends only on the kinds and the types of the values (and, for a
    datetime, on whether it is aware), so it is worked out once per
    combination of types: an appeal's hundred values are then read in one
    C call, and only the few that need their field (JSON, a naive datetime,
    a field with no kind) go through it, not each through a Python test."""

    def __init__(self, fields: list[tuple]):
        self.fields = fields
        names = [field.attname for field, _ in fields]
        read = attrgetter(*names) if names else None
        self.read = read if len(names) > 1 else (lambda obj: (read(obj),) if read else ())
        self.by_types: dict[tuple, tuple[tuple[int, ...], tuple[int, ...]]] = {}

    def split(self, types: tuple) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """(positions whose value goes through its field, positions of
        datetimes that do so only when naive) for values of `types`."""
        through, naive = [], []
        for position, ((_field, kind), kind_of_type) in enumerate(zip(self.fields, types, strict=True)):
            if not kind:
                through.append(position)
            elif kind_of_type is type(None):
                continue
            elif kind == "text" and issubclass(kind_of_type, str):
                continue  # text fields take any str (choices' enums too) as it is
            elif _AS_IS.get(kind_of_type) != kind:
                through.append(position)
            elif kind == "datetime":
                naive.append(position)
        if len(self.by_types) > 64:  # a handful of combinations per model; never let it grow
            self.by_types.clear()
        split = self.by_types[types] = (tuple(through), tuple(naive))
        return split


def _values(obj: Model, columns: _Columns, connection) -> list:
    values = list(columns.read(obj))
    types = tuple(map(type, values))
    through, naive = columns.by_types.get(types) or columns.split(types)
    for position in naive:
        if values[position].tzinfo is None:
            through += (position,)
    for position in through:
        field = columns.fields[position][0]
        values[position] = field.get_db_prep_save(field.pre_save(obj, True), connection)
    return values


def insert(obj: Model) -> Model:
    """INSERT `obj` as a new row, like `obj.save(force_insert=True)`; returns it."""
    model = type(obj)
    alias = router.db_for_write(model, instance=obj)
    plan = _plan_for(obj, alias)
    if plan is None:
        obj.save(force_insert=True, using=alias)
        return obj
    sql, fields, returning = plan
    if pre_save.has_listeners(model):
        pre_save.send(sender=model, instance=obj, raw=False, using=alias, update_fields=None)
    connection = connections[alias]
    values = _values(obj, fields, connection)
    cursor, sql = _cursor(connection, sql)
    with cursor:
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

    On PostgreSQL they go as one statement (`_one_statement`), in one
    round trip; elsewhere one by one. A row whose model
    has pre_save/post_save listeners, or that `insert()` cannot handle, is
    written by `insert()` so its listeners see the id, unless it is one of
    `unsignalled`: rows whose listeners the caller stands in for, written in
    the batch with no signal at all. The rows of each model are written in
    the order given (their ids rise in it); the objects' ids stay unset."""
    quiet = {id(obj) for obj in unsignalled}
    batch: dict[str, list[tuple[str, list]]] = {}
    for obj in objs:
        model = type(obj)
        alias = router.db_for_write(model, instance=obj)
        plan = _plan_for(obj, alias)
        listened = id(obj) not in quiet and (pre_save.has_listeners(model) or post_save.has_listeners(model))
        if plan is None or listened:
            insert(obj)
            continue
        batch.setdefault(alias, []).append(_batch_row(obj, alias, plan))
    for alias, statements in batch.items():
        connection = connections[alias]
        if connection.vendor == "postgresql" and len(statements) > 1:
            sql, values = _one_statement(statements)
            cursor, sql = _cursor(connection, sql)
            with cursor:
                cursor.execute(sql, values)
        else:
            with connection.cursor() as cursor:
                for sql, values in statements:
                    cursor.execute(sql, values)


def _batch_row(obj: Model, alias: str, plan) -> tuple[str, list]:
    """`obj`'s INSERT without RETURNING, and its values; `obj` counts as saved."""
    sql, fields, _returning = plan
    key = (type(obj), alias, sql)
    bare = _bare.get(key)
    if bare is None:
        bare = _bare[key] = sql.split(" RETURNING ", 1)[0]
    values = _values(obj, fields, connections[alias])
    obj._state.adding = False
    obj._state.db = alias
    return bare, values


def insert_at_once(objs: list[Model], *, unsignalled: Iterable[Model] = ()) -> bool:
    """INSERT `objs` as one PostgreSQL statement, or write nothing and return False.

    One statement is atomic on its own, so with no transaction open it runs in
    autocommit: no BEGIN and no COMMIT, two round trips (and about a third of a
    millisecond of CPU, app and database together) fewer than `insert_many`
    inside `transaction.atomic()`. Rows that refer to each other are fine: the
    foreign keys Django creates on PostgreSQL are checked at commit. Like
    `insert_many`, the ids the database assigns stay unset, so a row others
    refer to needs its id beforehand (`reserve_id`).

    False, with nothing written, when the rows cannot go as one statement: not
    PostgreSQL, several databases, or a row whose save listeners must run
    (one not in `unsignalled`) or that `insert()` could not write either."""
    quiet = {id(obj) for obj in unsignalled}
    alias = None
    planned = []
    for obj in objs:
        model = type(obj)
        here = router.db_for_write(model, instance=obj)
        if alias not in (None, here) or connections[here].vendor != "postgresql":
            return False
        alias = here
        plan = _plan_for(obj, alias)
        if plan is None or (id(obj) not in quiet and (pre_save.has_listeners(model) or post_save.has_listeners(model))):
            return False
        planned.append((obj, plan))
    if alias is None:
        return True
    sql, values = _one_statement([_batch_row(obj, alias, plan) for obj, plan in planned])
    cursor, sql = _cursor(connections[alias], sql)
    with cursor:
        cursor.execute(sql, values)
    return True


# Ids handed out ahead of the INSERT (`reserve_id`), per model and database,
# shared by the threads of a process.
IDS_RESERVED_AT_ONCE = 100
_reserved: dict[tuple[type, str], list[int]] = {}
_reserving = threading.Lock()


def reserve_id(model: type[Model]) -> int | None:
    """An id for a new `model` row, taken from its sequence before the row is
    written, so that the rows which refer to it can go in the same statement
    (`insert_at_once`). None where the id can only come with the INSERT (not
    PostgreSQL, or a primary key the database does not number).

    Ids are taken IDS_RESERVED_AT_ONCE at a time by each process: one round
    trip per hundred rows instead of one per row. So ids rise with time only
    roughly (two processes hand out from different blocks), and the ids a
    process never used are skipped, as a rolled-back INSERT's are: order rows
    by their time, not by their id."""
    alias = router.db_for_write(model)
    connection = connections[alias]
    meta = model._meta
    if connection.vendor != "postgresql" or meta.pk not in meta.db_returning_fields:
        return None
    with _reserving:
        pool = _reserved.setdefault((model, alias), [])
        if not pool:
            with connection.cursor() as cursor:
                cursor.execute(
                    "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
                    [connection.ops.quote_name(meta.db_table), meta.pk.column, IDS_RESERVED_AT_ONCE],
                )
                pool.extend(sorted((row[0] for row in cursor.fetchall()), reverse=True))
        return pool.pop()


_combined: dict[tuple, str] = {}


def _one_statement(statements: list[tuple[str, list]]) -> tuple[str, list]:
    """The INSERTs of a batch as one PostgreSQL statement: the rows of each
    table in one multi-row VALUES (written in the order given, so their ids
    rise in that order), the tables joined by data-modifying WITH clauses,
    which all run to completion with the statement. One statement binds its
    parameters on the server and, being the same for every appeal, is
    prepared (`_cursor`): the server plans it once per connection instead of
    parsing and planning each INSERT for every appeal."""
    groups: dict[str, list[list]] = {}
    for sql, values in statements:
        groups.setdefault(sql, []).append(values)
    shape = tuple((sql, len(rows_)) for sql, rows_ in groups.items())
    combined = _combined.get(shape)
    if combined is None:
        parts = []
        for sql, count in shape:
            head, _, row = sql.partition(" VALUES ")
            parts.append(f"{head} VALUES {', '.join([row] * count)}")
        *first, last = parts
        combined = (f"WITH {', '.join(f'w{i} AS ({part})' for i, part in enumerate(first))} " if first else "") + last
        if len(_combined) > 256:  # shapes vary with co-signers and contacts; keep the cache small
            _combined.clear()
        _combined[shape] = combined
    return combined, [v for rows_ in groups.values() for values in rows_ for v in values]


# Statements run through `_cursor` (the appeal's own INSERT, intake's batch)
# are prepared on the server after this many uses on one connection: they are
# then only bound and executed, not parsed and planned again for every appeal. Django turns psycopg's automatic preparing off for
# transaction-pooling PgBouncers older than 1.21; these are protocol-level
# prepared statements, which PgBouncer 1.21+ tracks per client.
PREPARE_AFTER = 2


def _cursor(connection, sql: str):
    """A cursor for one of the statements built here, and `sql` as that
    cursor takes it.

    On PostgreSQL a `psycopg.RawCursor`, given the statement with PostgreSQL's
    own numbered placeholders ($1, $2...): it binds parameters on the server,
    converting them in C, and lets psycopg prepare what it runs often
    (`PREPARE_AFTER`). A cursor taking `%s` parses the statement for its
    placeholders, and psycopg caches that only for statements of up to 50
    parameters and 4 KB (intake's has about a hundred); the cursor is kept
    (`_KeptCursor`), so its dumpers are built once. Together they took
    psycopg's handling of an appeal's values from 260-300 µs to 120-146 µs
    of the app's CPU. Wrapped as Django wraps its own cursors, so execute wrappers
    and error translation still apply. While queries are logged (DEBUG, tests
    capturing them) and elsewhere than PostgreSQL, Django's own cursor and the
    `%s` statement, so the log shows each statement with its values."""
    if connection.vendor != "postgresql" or connection.queries_logged:
        return connection.cursor(), sql
    import psycopg

    connection.ensure_connection()
    raw = connection.connection
    connection.validate_thread_sharing()
    kept = getattr(connection, "_rows_cursor", None)
    if kept is None or kept[0] is not raw:
        if raw.prepare_threshold is None:
            raw.prepare_threshold = PREPARE_AFTER
        kept = connection._rows_cursor = (raw, psycopg.RawCursor(raw))
    return _KeptCursor(kept[1], connection), _numbered(sql)


class _KeptCursor(CursorWrapper):
    """Django's wrapper around the one psycopg cursor `_cursor` keeps per
    connection (and so per thread): leaving `with` leaves it open. A new
    cursor looks up and builds a dumper for each type of value it is given,
    a fifth of a millisecond for an appeal's hundred values of a dozen
    types; a kept one has them from the first appeal on."""

    def __exit__(self, type, value, traceback):
        pass


_numbered_sql: dict[str, str] = {}


def _numbered(sql: str) -> str:
    """`sql` with its `%s` placeholders as $1, $2...: the statements built
    here (`_plan`, `_one_statement`) hold no other `%`, nor any literal that
    could contain one; the few shapes there are are converted once each."""
    numbered = _numbered_sql.get(sql)
    if numbered is None:
        head, *rest = sql.split("%s")
        numbered = head + "".join(f"${i}{part}" for i, part in enumerate(rest, 1))
        if len(_numbered_sql) > 512:  # shapes vary with co-signers and contacts; keep the cache small
            _numbered_sql.clear()
        _numbered_sql[sql] = numbered
    return numbered


def insert_columns(model: type[Model], names: list[str], rows_: list[tuple]) -> None:
    """INSERT many new rows of `model` given as tuples of already database-ready
    values (str, int, bytes, aware datetimes, None) for the fields `names`:
    on PostgreSQL by COPY, whose rows psycopg formats in C (an array per
    column for an UNNEST INSERT was dumped element by element in Python, a
    fifth of the worker's time on a batch of signatures); elsewhere through
    `bulk_create`. For batches a worker writes (search entries, signatures),
    where building a model object per row costs more than the insert. No
    signals are sent, and no query is logged."""
    if not rows_:
        return
    alias = router.db_for_write(model)
    connection = connections[alias]
    meta = model._meta
    if connection.vendor != "postgresql":
        model.objects.using(alias).bulk_create(model(**dict(zip(names, row, strict=True))) for row in rows_)
        return
    key = (model, tuple(names), alias)
    sql = _copy_sql.get(key)
    if sql is None:
        qn = connection.ops.quote_name
        columns = ", ".join(qn(meta.get_field(name).column) for name in names)
        sql = _copy_sql[key] = f"COPY {qn(meta.db_table)} ({columns}) FROM STDIN"
    with connection.cursor() as cursor, connection.wrap_database_errors, cursor.cursor.copy(sql) as copy:
        for row in rows_:
            copy.write_row(row)


_copy_sql: dict[tuple, str] = {}


def new(model: type[Model], /, **values) -> Model:
    """`model(**values)` for the rows intake builds on every appeal, about five
    times faster: Django's `__init__` walks every field through descriptors
    and type checks (155 µs for an appeal's 59 fields, more than its INSERT
    costs the app); this fills the instance's attributes from a per-model plan.
    The result is the same object: the same attributes, defaults, related
    objects cached (both ways for a one-to-one). Models with pre_init or
    post_init listeners are built by `__init__`."""
    plan = _blueprints.get(model)
    if plan is None:
        plan = _blueprints[model] = _blueprint(model)
    if pre_init.has_listeners(model) or post_init.has_listeners(model):
        return model(**values)
    by_name, constants, made, properties = plan
    obj = model.__new__(model)
    obj._state = ModelState()
    attributes = obj.__dict__
    # Every field's default first (those given are overwritten below), the
    # fixed ones in one copy; a default made by a callable only when needed.
    attributes.update(constants)
    for name, attname, make in made:
        if name not in values and attname not in values:
            attributes[attname] = make()
    for name, value in values.items():
        spec = by_name.get(name)
        if spec is None:
            if name not in properties:
                try:
                    model._meta.get_field(name)  # a virtual field (a generic relation)
                except FieldDoesNotExist:
                    raise TypeError(f"{model.__name__}() got unexpected keyword arguments: {name!r}") from None
            setattr(obj, name, value)
            continue
        attname, field = spec
        if field is None:
            attributes[attname] = value
            continue
        # A related object passed by field name, as the forward descriptor sets it.
        if value is not None and not isinstance(value, field.remote_field.model._meta.concrete_model):
            raise ValueError(f'Cannot assign "{value!r}": "{model.__name__}.{name}" must be a '
                             f'"{field.remote_field.model._meta.object_name}" instance.')
        attributes[attname] = None if value is None else getattr(value, field.target_field.attname)
        field.set_cached_value(obj, value)
        if value is not None and not field.remote_field.multiple:
            field.remote_field.set_cached_value(value, obj)
    return obj


_blueprints: dict[type, tuple] = {}


def _blueprint(model: type[Model]) -> tuple:
    by_name: dict[str, tuple] = {}
    constants: dict[str, object] = {}
    made = []
    for field in model._meta.concrete_fields:
        if field.column is None or getattr(field, "generated", False):
            continue
        by_name[field.attname] = (field.attname, None)
        if field.is_relation:
            by_name[field.name] = (field.attname, field)
        if field.has_default() and callable(field.default) or field.has_db_default():
            made.append((field.name, field.attname, field.get_default))
        else:
            # What get_default() returns every time: the default itself (the
            # same object, as Django gives it), "" or None.
            constants[field.attname] = field.get_default()
    return by_name, constants, made, model._meta._property_names
