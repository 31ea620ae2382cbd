"""Intake's writer: a new appeal and every row filed with it as one
PostgreSQL statement. Private to the door that files appeals
(`actions.appeal_submit`, with the rows `intake` builds for it); nothing
else uses it.

Why it exists, measured with bench/intake_cpu.py (CPU ms per request, one at
a time, app / PostgreSQL / workers, beside the floor: validate a small body
and insert one row; medians of the runs on a quiet machine):

- the ORM's save/bulk_create inside transaction.atomic (BEGIN, one INSERT
  per model, COMMIT): 2.12 / 0.86 / 0.32 ms, intake at 26 % of the floor's rate;
- this writer without its prepared statements (`_cursor`): 45 %;
- without `new` (the models' own __init__): 1.08 / 0.45 / 0.27 ms, 49-50 %;
- all of it: 1.02 / 0.47 / 0.28 ms, 53 % (the floor 0.91 ms), as before it
  moved here from core/rows.py (53 %).

- `new(Model, **values)`: the unsaved object `Model(**values)` builds, from a
  per-model plan instead of `__init__`'s walk through every field.
- `reserve_id(Model)`: the id of the row the others refer to (the appeal),
  known before it is written.
- `insert_at_once(objs)`: the rows as one statement, or nothing: atomic on
  its own, so it needs no transaction. On PostgreSQL it binds parameters on
  the server and is prepared after two uses on a connection (`_cursor`).

Not for models with database-computed defaults (`db_default`), generated
fields, multi-table inheritance or save listeners: `insert_at_once` then
writes nothing and returns False, and the door uses the ORM.
"""

import threading
import weakref
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

_plans: dict[tuple[type, str, bool], tuple[str, "_Columns"] | None] = {}


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
        # The database numbers the row unless its id was reserved; no one
        # needs the number back (`insert_at_once`).
        numbered = [] if with_id else [f for f in meta.db_returning_fields if f.primary_key]
        fields = [f for f in meta.local_concrete_fields if f not in numbered]
        qn = connection.ops.quote_name
        sql = (
            f"INSERT INTO {qn(meta.db_table)} ({', '.join(qn(f.column) for f in fields)}) "
            f"VALUES ({', '.join(['%s'] * len(fields))})"
        )
        plan = (sql, _Columns([(f, _kind(f, connection)) for f in fields]))
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


def _batch_row(obj: Model, alias: str, plan) -> tuple[str, list]:
    """`obj`'s INSERT and its values; `obj` counts as saved."""
    sql, fields = plan
    values = _values(obj, fields, connections[alias])
    obj._state.adding = False
    obj._state.db = alias
    return sql, values


def insert_at_once(objs: list[Model]) -> bool:
    """INSERT `objs` as one PostgreSQL statement, or write nothing and return False.

    One statement is atomic on its own, so with no transaction open it runs in
    autocommit: no BEGIN and no COMMIT, and one INSERT where the ORM sends
    one per model. Rows that refer to each other are fine: the
    foreign keys Django creates on PostgreSQL are checked at commit. The ids
    the database assigns stay unset, so a row others
    refer to needs its id beforehand (`reserve_id`).

    False, with nothing written, when the rows cannot go as one statement: not
    PostgreSQL, several databases, or a row whose save listeners must run or
    whose model has no plan (`_plan`)."""
    alias = None
    planned = []
    for obj in objs:
        model = type(obj)
        here = router.db_for_write(model, instance=obj)
        if alias not in (None, here) or connections[here].vendor != "postgresql":
            return False
        alias = here
        plan = _plan_for(obj, alias)
        if plan is None or pre_save.has_listeners(model) or post_save.has_listeners(model):
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


# Statements run through `_cursor` (intake's one statement)
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
    kept = _kept.get(connection)
    if kept is None or kept[0] is not raw:
        if raw.prepare_threshold is None:
            raw.prepare_threshold = PREPARE_AFTER
        kept = _kept[connection] = (raw, psycopg.RawCursor(raw))
    return _KeptCursor(kept[1], connection), _numbered(sql)


# The psycopg cursor kept per Django connection (and so per thread), with the
# psycopg connection it belongs to: a reconnect gets a new one.
_kept: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


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
