"""The JSON API as its clients use it: citizens filing and following, officials working the inbox."""

import pytest
from django.test import Client

from murojaat.appeals.models import Appeal, Status
from murojaat.search.index import index_pending
from tests.accounts.helpers import api_token
from tests.appeals.factories import file_appeal, take_to_answer
from tests.conftest import PASSWORD

BODY = {
    "kind": "complaint",
    "text": "Ko‘chamizdagi yo‘l uch oydan beri buzilgan. Iltimos, ta’mirlab bering.",
    "category": "road-repair",
    "territory": "1710224",
    "full_name": "Karimova Dilnoza",
    "address": "Qarshi tumani, Navoiy ko‘chasi 5",
    "phone": "+998901234567",
}


@pytest.fixture
def api():
    return Client()


def token(api, user) -> str:
    return api_token(api, user, PASSWORD)


def auth(t: str) -> dict:
    return {"HTTP_AUTHORIZATION": f"Bearer {t}"}


def test_a_citizen_files_and_follows_an_appeal(world, api):
    created = api.post("/api/v1/appeals", BODY, content_type="application/json")
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["status"] == "received" and body["organisation"]["code"] == world.body_a.code
    assert len(body["tracking_code"]) == 14 and body["access_key"] and body["due_at"]

    seen = api.get(f"/api/v1/appeals/{body['tracking_code']}", HTTP_X_ACCESS_KEY=body["access_key"])
    assert seen.status_code == 200
    view = seen.json()
    assert view["status"] == "received" and view["timeline"][0]["action"] == "received"
    assert "full_name" not in view  # the tracking page shows the appeal, not the person


def test_an_appeal_filed_through_the_api_is_the_signed_in_citizens_and_nobodys_without_a_session(world, api):
    api.force_login(world.citizen)
    mine = api.post("/api/v1/appeals", BODY, content_type="application/json").json()
    anonymous = Client().post("/api/v1/appeals", BODY, content_type="application/json").json()

    def owner(created):
        return Appeal.objects.get(tracking_code=created["tracking_code"].replace("-", "")).applicant_user

    assert owner(mine) == world.citizen
    assert owner(anonymous) is None
    assert api.get(f"/api/v1/appeals/{mine['tracking_code']}").status_code == 200  # no access key needed


def test_a_wrong_key_looks_exactly_like_a_missing_appeal(world, api):
    body = api.post("/api/v1/appeals", BODY, content_type="application/json").json()
    wrong = api.get(f"/api/v1/appeals/{body['tracking_code']}", HTTP_X_ACCESS_KEY="AAAA-AAAA")
    missing = api.get("/api/v1/appeals/AAAA-AAAA-AAAA", HTTP_X_ACCESS_KEY="AAAA-AAAA")
    assert wrong.status_code == missing.status_code == 404
    assert wrong.json() == missing.json()


def test_a_retry_with_the_same_idempotency_key_creates_nothing_new(world, api):
    first = api.post("/api/v1/appeals", BODY, content_type="application/json", HTTP_IDEMPOTENCY_KEY="k-1")
    again = api.post("/api/v1/appeals", BODY, content_type="application/json", HTTP_IDEMPOTENCY_KEY="k-1")
    assert first.status_code == again.status_code == 201
    assert first.json() == again.json()
    assert Appeal.objects.count() == 1
    other = dict(BODY, text=BODY["text"] + " Yana bir gap.")
    reused = api.post("/api/v1/appeals", other, content_type="application/json", HTTP_IDEMPOTENCY_KEY="k-1")
    assert reused.status_code == 409 and reused.json()["code"] == "idempotency_key_reused"


@pytest.mark.parametrize(
    "language, expected",
    [("ru", "Опишите"), ("en", "Describe"), ("uz", "")],
)
def test_errors_are_json_with_fields_in_the_callers_language(world, api, language, expected):
    response = api.post("/api/v1/appeals", dict(BODY, text="qisqa"), content_type="application/json",
                        HTTP_ACCEPT_LANGUAGE=language)
    assert response.status_code == 422
    body = response.json()
    assert set(body) == {"code", "message", "fields"} and "text" in body["fields"]
    assert expected in body["fields"]["text"]
    assert not Appeal.objects.exists()


@pytest.mark.parametrize(
    "payload",
    [
        "not json",
        {"kind": "petition", "text": "x" * 20},
        {"kind": "complaint"},
        {"kind": "complaint", "text": "x" * 30, "latitude": 500},
        {"kind": "complaint", "text": "x" * 30, "birth_date": "yesterday"},
        {"kind": "complaint", "text": 12},
        [],
    ],
)
def test_malformed_requests_get_a_4xx_never_a_500(world, api, payload):
    response = api.post("/api/v1/appeals", payload, content_type="application/json")
    assert 400 <= response.status_code < 500
    assert set(response.json()) == {"code", "message", "fields"}
    assert not Appeal.objects.exists()


def test_officials_get_a_token_and_wrong_passwords_do_not(world, api):
    assert token(api, world.registrar_a)
    bad = api.post("/api/v1/auth/token", {"username": "registrar_a", "password": "nope"},
                   content_type="application/json")
    assert bad.status_code == 401
    citizen = api.post("/api/v1/auth/token", {"username": "citizen", "password": PASSWORD},
                       content_type="application/json")
    assert citizen.status_code == 401


def test_roles_that_see_personal_data_need_the_apps_code_for_a_token(world, api):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    without_app = api.post("/api/v1/auth/token", {"username": "registrar_a", "password": PASSWORD},
                           content_type="application/json")
    assert without_app.status_code == 401
    assert without_app.json()["code"] == "second_factor_required"
    TOTPDevice.objects.create(user=world.registrar_a, name="app", confirmed=True)
    wrong_code = api.post("/api/v1/auth/token", {"username": "registrar_a", "password": PASSWORD, "code": "000000"},
                          content_type="application/json")
    assert wrong_code.status_code == 401
    assert token(api, world.registrar_a)
    # A supervisor oversees numbers, not people: the password is enough.
    assert api.post("/api/v1/auth/token", {"username": world.supervisor.username, "password": PASSWORD},
                    content_type="application/json").status_code == 200


def test_an_official_works_an_appeal_through_the_api(world, api):
    code = api.post("/api/v1/appeals", BODY, content_type="application/json").json()["tracking_code"]
    registrar, executor = token(api, world.registrar_a), token(api, world.executor_a)

    inbox = api.get("/api/v1/appeals?status=received", **auth(registrar)).json()
    assert inbox["count"] == 1 and inbox["items"][0]["tracking_code"] == code
    assert "full_name" not in inbox["items"][0]

    detail = api.get(f"/api/v1/appeals/{code}", **auth(registrar)).json()
    assert "register" in detail["allowed_actions"] and detail["text_other_script"]

    assert api.post(f"/api/v1/appeals/{code}/register", {}, content_type="application/json",
                    **auth(registrar)).status_code == 200
    assigned = api.post(f"/api/v1/appeals/{code}/assign", {"executor": "executor_a"},
                        content_type="application/json", **auth(registrar))
    assert assigned.json()["status"] == "in_progress"
    answered = api.post(f"/api/v1/appeals/{code}/answer", {"text": "Yo‘l 10-may kuni ta’mirlandi."},
                        content_type="application/json", **auth(executor))
    assert answered.status_code == 200 and answered.json()["status"] == "answered"
    illegal = api.post(f"/api/v1/appeals/{code}/register", {}, content_type="application/json",
                       **auth(registrar))
    assert illegal.status_code == 409 and illegal.json()["code"] == "invalid_transition"


def test_opening_personal_data_is_recorded(world, api):
    from murojaat.audit.models import AuditEvent

    code = api.post("/api/v1/appeals", BODY, content_type="application/json").json()["tracking_code"]
    t = token(api, world.executor_a)
    person = api.get(f"/api/v1/appeals/{code}/applicant", **auth(t))
    assert person.status_code == 200 and person.json()["full_name"] == "Karimova Dilnoza"
    event = AuditEvent.objects.filter(action="personal_data.viewed").get()
    assert event.actor == world.executor_a


def test_the_applicant_rates_and_contests(world, api):
    created = api.post("/api/v1/appeals", BODY, content_type="application/json").json()
    appeal = Appeal.objects.get(tracking_code=created["tracking_code"].replace("-", ""))
    take_to_answer(world, appeal)
    key = {"HTTP_X_ACCESS_KEY": created["access_key"]}
    rated = api.post(f"/api/v1/appeals/{created['tracking_code']}/rating", {"rating": 2, "comment": "Yomon"},
                     content_type="application/json", **key)
    assert rated.status_code == 200 and rated.json()["rating"] == 2
    twice = api.post(f"/api/v1/appeals/{created['tracking_code']}/rating", {"rating": 5},
                     content_type="application/json", **key)
    assert twice.status_code == 422
    contest = api.post(f"/api/v1/appeals/{created['tracking_code']}/contest",
                       {"text": "Javobga rozi emasman, yo‘l ta’mirlanmagan."}, content_type="application/json", **key)
    assert contest.status_code == 201
    assert contest.json()["organisation"]["code"] == world.regional_hokimiyat.code


# Who sees what: every endpoint for every persona.
ENDPOINTS = [
    ("get", "/api/v1/appeals/{code}"),
    ("get", "/api/v1/appeals/{code}/applicant"),
    ("post", "/api/v1/appeals/{code}/register"),
]
EXPECTED = {
    # persona: (detail, applicant, register)
    "registrar_a": (200, 200, 200),
    "executor_a": (200, 200, 403),
    "head_a": (200, 200, 200),
    "supervisor": (200, 404, 403),
    "executor_b": (404, 404, 404),
}


@pytest.mark.parametrize("persona", EXPECTED)
def test_each_official_sees_only_what_their_role_allows(world, api, persona):
    appeal = file_appeal(world).appeal
    code = appeal.tracking_code
    t = token(api, getattr(world, persona))
    got = []
    for method, path in ENDPOINTS:
        url = path.format(code=code)
        if method == "get":
            got.append(api.get(url, **auth(t)).status_code)
        else:
            got.append(api.post(url, {}, content_type="application/json", **auth(t)).status_code)
    assert tuple(got) == EXPECTED[persona]


def test_citizens_see_their_own_appeals_only(world, api):
    own = file_appeal(world, user=world.citizen).appeal
    api.force_login(world.citizen)
    assert api.get(f"/api/v1/appeals/{own.tracking_code}").status_code == 200
    api.force_login(world.outsider)
    assert api.get(f"/api/v1/appeals/{own.tracking_code}").status_code == 404
    assert api.get("/api/v1/appeals").status_code in (401, 404)
    anonymous = Client()
    assert anonymous.get(f"/api/v1/appeals/{own.tracking_code}").status_code == 404
    assert anonymous.get("/api/v1/appeals").status_code == 401


def test_the_inbox_counts_what_is_due(world, api):
    file_appeal(world)
    t = token(api, world.head_a)
    summary = api.get("/api/v1/appeals/summary", **auth(t)).json()
    assert summary["open"] == 1 and summary["overdue"] == 0


def test_the_openapi_schema_is_published(api):
    schema = api.get("/api/v1/openapi.json")
    assert schema.status_code == 200
    paths = schema.json()["paths"]
    assert "/api/v1/appeals" in paths and "/api/v1/appeals/{tracking_code}/forward" in paths
    assert api.get("/api/v1/docs").status_code == 200


def test_a_status_value_outside_the_list_is_a_422(world, api):
    t = token(api, world.head_a)
    assert api.get("/api/v1/appeals?status=bogus", **auth(t)).status_code == 422
    assert api.get("/api/v1/appeals?limit=100000", **auth(t)).status_code == 422
    assert Status.RECEIVED


def test_officials_see_suggested_duplicates_among_appeals_they_may_see(
    world, api, django_capture_on_commit_callbacks
):
    retyped = "Кўчамиздаги йўл уч ойдан бери бузилган, чуқурлар кўп. Илтимос, таъмирлаб беринг."
    with django_capture_on_commit_callbacks(execute=True):
        first = file_appeal(world, pinfl="").appeal
        second = file_appeal(world, pinfl="", full_name="Boshqa Odam", text=retyped).appeal
    index_pending()  # the worker's next round writes their signatures
    t = token(api, world.registrar_a)
    view = api.get(f"/api/v1/appeals/{second.tracking_code}", **auth(t)).json()
    codes_seen = [s["tracking_code"].replace("-", "") for s in view["similar"]]
    assert first.tracking_code in codes_seen


def test_the_api_documentation_loads_nothing_from_other_hosts(api):
    # Government networks often reach no CDN: Swagger UI comes from our static files.
    page = api.get("/api/v1/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in page
    assert "cdn." not in page and 'src="http' not in page


@pytest.mark.parametrize("body", ["not json", '{"kind": "complaint", "text": ', b"\xff\xfe{}"])
def test_a_body_that_is_not_json_is_refused_in_the_readers_language_and_files_nothing(world, api, body):
    refused = api.post("/api/v1/appeals", body, content_type="application/json", HTTP_ACCEPT_LANGUAGE="uz")

    assert refused.status_code == 400
    assert refused.json()["code"] == "invalid_body"
    assert refused.json()["message"] == "So‘rov tanasi JSON obyekti bo‘lishi kerak."
    assert not Appeal.objects.exists()
