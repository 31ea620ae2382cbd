"""Which database a query goes to: reads that can lag go to a replica.

With `DATABASE_REPLICA_URL` set, settings add a `replica` database (a
PostgreSQL streaming replica of `default`). This router sends it the reads that
are heavy, frequent and content to be a second or two behind:

- the statistics count tables (`murojaat.statistics`: AppealCount,
  AnswerDaysCount, FillState), which every public statistics page and open-data
  download reads (AppealFact, in the same app, is read only by the refresh,
  inside its transaction);
- the search index (`murojaat.search`: AppealSearchIndex, TextSignature).

Everything else, every write, and every migration goes to `default`. So does
any read made while a transaction is open on `default`: a request that has just
written (an intake looking for duplicates of the appeal it is saving, the
statistics refresh under its row lock) must read what it wrote, which a replica
may not have yet.

Without a replica the router answers `default` for everything, so nothing
changes on one machine. Raw SQL run on `django.db.connection` is not routed:
code that wants the replica for raw SQL asks `read_alias(Model)` which
connection to use.
"""

from django.conf import settings
from django.db import connections

DEFAULT = "default"
REPLICA = "replica"

# App labels whose models are read from the replica.
REPLICA_READ_APPS = frozenset({"statistics", "search"})


def replica_configured() -> bool:
    return REPLICA in settings.DATABASES


def read_alias(model) -> str:
    """The database alias a read of `model` uses (for raw SQL)."""
    return ReplicaRouter().db_for_read(model) or DEFAULT


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        if (
            model._meta.app_label in REPLICA_READ_APPS
            and replica_configured()
            and not connections[DEFAULT].in_atomic_block
        ):
            return REPLICA
        return DEFAULT

    def db_for_write(self, model, **hints):
        return DEFAULT

    def allow_relation(self, obj1, obj2, **hints):
        # Both hold the same data: a row read from either may refer to the other.
        if {obj1._state.db, obj2._state.db} <= {DEFAULT, REPLICA}:
            return True
        return None

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        # The replica gets its schema by replication, never by `migrate`.
        return db == DEFAULT
