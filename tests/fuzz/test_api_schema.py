"""Schemathesis against the published OpenAPI schema, in process through WSGI.

Every operation of /api/v1/openapi.json is called with generated input (valid
and invalid), once as an anonymous caller and once as an official with a
bearer token, and each answer must:
- never be a server error,
- have a status code, a content type and a body that the schema documents.

To reach past the 404 a random tracking code gets, most examples target a
real appeal of body A, taken first to a generated stage of its life; the
anonymous caller then sends that appeal's access key, as its applicant would.

Each example runs inside a savepoint that is rolled back, so examples do not
see each other's appeals and a database error in one (PostgreSQL aborts the
transaction) cannot poison the next.
"""

from contextlib import contextmanager

import pytest
import schemathesis
from django.core import signals
from django.db import close_old_connections, transaction
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from murojaat.appeals import actions, codes
from murojaat.wsgi import application
from tests.accounts.helpers import api_token
from tests.appeals.factories import file_appeal, take_to_answer
from tests.conftest import PASSWORD

# Fixed seed and derandomised generation: CI runs the same requests every time,
# so a failure here is reproducible and not a flake. Raise MAX_EXAMPLES locally
# to dig deeper.
SEED = 445  # ZRU-445
MAX_EXAMPLES = 25

CONFIG = schemathesis.Config.from_dict(
    {
        "seed": SEED,
        # No shrinking: the failure report carries a curl line to reproduce it,
        # and shrinking a failure found late would eat the CI budget.
        # NUL characters are kept out here: PostgreSQL refuses them in text
        # and the API answers 500 (see test_nul_characters.py, which pins
        # that bug deterministically); with them in, this run would fail on
        # PostgreSQL at whichever operation Hypothesis first sends one to.
        "generation": {
            "allow-x00": False,
            "max-examples": MAX_EXAMPLES,
            "deterministic": True,
            "database": "none",
            "no-shrink": True,
        },
        "suppress-health-check": ["too_slow", "filter_too_much"],
    }
)

schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", application, config=CONFIG)

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]

STAGES = ("received", "registered", "in_progress", "answered")


@contextmanager
def connection_kept_across_requests():
    """Keep the test's database connection across in-process WSGI requests.

    Django closes "old" connections at the start and end of every request;
    inside the test's transaction that closes it under the test (PostgreSQL)
    or marks it for rollback. Django's own test client disconnects these
    handlers around each of its requests, and connects them again after, so
    this is done around each call rather than once per test.
    """
    signals.request_started.disconnect(close_old_connections)
    signals.request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        signals.request_started.connect(close_old_connections)
        signals.request_finished.connect(close_old_connections)


@pytest.fixture
def official(world, client) -> dict:
    """Headers of body A's head, with a bearer token from the API itself."""
    return {"Authorization": f"Bearer {api_token(client, world.head_a, PASSWORD)}"}


@pytest.fixture(params=["anonymous", "official"])
def caller(request) -> tuple[str, dict]:
    """Nobody, or body A's head."""
    if request.param == "anonymous":
        return request.param, {}
    return request.param, request.getfixturevalue("official")


def appeal_at(world, stage: str):
    receipt = file_appeal(world, user=world.citizen)
    appeal = receipt.appeal
    if stage == "answered":
        take_to_answer(world, appeal)
    elif stage in ("registered", "in_progress"):
        actions.appeal_register(appeal=appeal, actor=world.registrar_a)
        if stage == "in_progress":
            actions.appeal_assign(appeal=appeal, actor=world.registrar_a, executor=world.executor_a)
    return appeal, receipt.access_key


# Every operation documents its error responses in `response=`, so all of
# them are held to the full set of checks.
documented = schema


def call(case, world, persona, headers, real_target, stage, checks):
    # Responses are gzip-compressed for clients that accept it; schemathesis
    # calls the WSGI app directly and would read the compressed bytes.
    headers = {"Accept-Encoding": "identity", **headers}
    with transaction.atomic():
        if real_target and "tracking_code" in (case.path_parameters or {}):
            appeal, access_key = appeal_at(world, stage)
            case.path_parameters["tracking_code"] = codes.display(appeal.tracking_code)
            if persona == "anonymous":
                headers["X-Access-Key"] = access_key
        with connection_kept_across_requests():
            case.call_and_validate(headers=headers, checks=checks)
        transaction.set_rollback(True)


TARGETS = {"real_target": st.booleans(), "stage": st.sampled_from(STAGES)}


@pytest.mark.slow
@documented.parametrize()
@documented.given(**TARGETS)
# The world fixture is function-scoped on purpose: built once per operation,
# reused by its examples, each of which rolls back its own changes.
@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
def test_the_api_keeps_its_schema_and_never_fails_on_bad_input(case, real_target, stage, world, caller):
    call(case, world, *caller, real_target, stage, CHECKS)
