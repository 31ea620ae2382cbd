"""With a replica configured, statistics and search reads go to it; everything else stays on default.

The end-to-end test runs the real settings in a subprocess with two SQLite
files standing in for a primary and its replica, each holding different rows,
so the answer of each query shows which database it came from.
"""

import json
import os
import subprocess
import sys
import textwrap

import pytest
from django.db import connections

from murojaat.accounts.models import User
from murojaat.appeals.models import Appeal
from murojaat.core import db_router
from murojaat.search.models import AppealSearchIndex, TextSignature
from murojaat.statistics.models import AnswerDaysCount, AppealCount, FillState
from murojaat.territories.models import Territory

SCRIPT = textwrap.dedent(
    """
    import json
    from datetime import date

    import django

    django.setup()
    from django.conf import settings
    from django.db import connections, router, transaction

    from murojaat.search.models import AppealSearchIndex, TextSignature
    from murojaat.statistics.models import AppealCount, FillState
    from murojaat.territories.models import Territory

    for alias in ("default", "replica"):
        with connections[alias].schema_editor() as editor:
            editor.create_model(AppealCount)
            editor.create_model(Territory)

    def count(value):
        return dict(grain="day", day=date(2026, 1, 31), area="", dimension="kind", value=value)

    # What replication has copied to the replica...
    AppealCount.objects.using("replica").create(**count("on-replica"), received=7)
    Territory.objects.using("replica").create(soato="1", name_uz="on-replica", level="region", kind="region")
    # ...and writes made through the ORM, which must land on default.
    AppealCount.objects.create(**count("written"), received=1)
    Territory.objects.create(soato="2", name_uz="written", level="region", kind="region")

    out = {
        "replica_settings": settings.DATABASES["replica"]["NAME"],
        "replica_test_mirror": settings.DATABASES["replica"]["TEST"],
        "counts_read": list(AppealCount.objects.values_list("value", flat=True)),
        "counts_sum": AppealCount.objects.filter(dimension="kind").values("value")
        .annotate(n=django.db.models.Sum("received")).get()["n"],
        "counts_on_default": list(AppealCount.objects.using("default").values_list("value", flat=True)),
        "territories_read": list(Territory.objects.values_list("name_uz", flat=True)),
        "search_index_db": AppealSearchIndex.objects.all().db,
        "signature_db": TextSignature.objects.all().db,
        "fill_state_db": FillState.objects.all().db,
        "locked_fill_state_db": FillState.objects.select_for_update().db,
        "migrate_on_replica": router.allow_migrate("replica", "statistics"),
        "migrate_on_default": router.allow_migrate("default", "statistics"),
    }
    with transaction.atomic():
        out["counts_read_in_transaction"] = list(AppealCount.objects.values_list("value", flat=True))
    print(json.dumps(out))
    """
)


@pytest.fixture(scope="module")
def routed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("router")
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "murojaat.settings",
        "MUROJAAT_ENV": "development",
        "MUROJAAT_VAR_DIR": str(folder),
        "DATABASE_URL": f"sqlite:///{folder / 'primary.sqlite3'}",
        "DATABASE_REPLICA_URL": f"sqlite:///{folder / 'replica.sqlite3'}",
    }
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_it_adds_the_replica_from_database_replica_url_and_mirrors_default_in_tests(routed):
    assert routed["replica_settings"].endswith("replica.sqlite3")
    assert routed["replica_test_mirror"]["MIRROR"] == "default"


def test_it_reads_the_statistics_count_tables_from_the_replica(routed):
    assert routed["counts_read"] == ["on-replica"]
    assert routed["counts_sum"] == 7


def test_it_writes_to_default_even_for_tables_read_from_the_replica(routed):
    assert routed["counts_on_default"] == ["written"]


def test_it_reads_everything_else_from_default(routed):
    assert routed["territories_read"] == ["written"]


def test_it_reads_the_search_index_and_signatures_from_the_replica(routed):
    assert routed["search_index_db"] == "replica"
    assert routed["signature_db"] == "replica"
    assert routed["fill_state_db"] == "replica"


def test_it_reads_default_inside_a_transaction_so_a_request_sees_what_it_wrote(routed):
    assert routed["counts_read_in_transaction"] == ["written"]
    assert routed["locked_fill_state_db"] == "default"


def test_it_migrates_only_default(routed):
    assert routed["migrate_on_default"] is True
    assert routed["migrate_on_replica"] is False


# --- the router's decisions, without databases ------------------------------------------------


@pytest.fixture
def router(monkeypatch):
    monkeypatch.setattr(db_router, "replica_configured", lambda: True)
    return db_router.ReplicaRouter()


@pytest.mark.parametrize("model", [AppealCount, AnswerDaysCount, FillState, AppealSearchIndex, TextSignature])
def test_it_sends_reads_of_statistics_and_search_to_the_replica(router, model):
    assert router.db_for_read(model) == "replica"
    assert db_router.read_alias(model) == "replica"
    assert router.db_for_write(model) == "default"


@pytest.mark.parametrize("model", [Appeal, User, Territory])
def test_it_sends_reads_of_appeals_people_and_reference_data_to_default(router, model):
    assert router.db_for_read(model) == "default"
    assert router.db_for_write(model) == "default"


def test_without_a_replica_everything_goes_to_default():
    assert "replica" not in connections.settings
    router = db_router.ReplicaRouter()
    assert router.db_for_read(AppealCount) == "default"
    assert db_router.read_alias(AppealSearchIndex) == "default"
    assert router.allow_migrate("default", "statistics") is True
