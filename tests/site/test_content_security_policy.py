"""The Content-Security-Policy header: built once per process (ui/middleware.py),
from settings.CONTENT_SECURITY_POLICY, with per-view policies where a view asks."""

import pytest
from django.http import HttpResponse, JsonResponse
from django.test import RequestFactory, override_settings

from murojaat.ui.middleware import ContentSecurityPolicyMiddleware, policy_exempt, policy_update


def directives(header: str) -> dict[str, set[str]]:
    parts = (part.split() for part in header.split(";") if part.strip())
    return {name: set(sources) for name, *sources in parts}


def answer(path: str, view=None):
    middleware = ContentSecurityPolicyMiddleware(view or (lambda request: JsonResponse({"ok": True})))
    return middleware(RequestFactory().get(path))


@pytest.mark.django_db
def test_pages_and_api_answers_allow_only_our_own_origin_and_the_docs_alone_inline_styles(client):
    for _ in range(2):  # the first answer of each kind builds the header, the second reuses it
        for path in ("/", "/api/v1/openapi.json", "/api/v1/docs", "/track/"):
            header = client.get(path)["Content-Security-Policy"]
            policy = directives(header)
            assert policy["default-src"] == {"'self'"} and policy["script-src"] == {"'self'"}
            assert policy["frame-ancestors"] == {"'none'"}
            inline = {"'self'", "'unsafe-inline'"} if path == "/api/v1/docs" else {"'self'"}
            assert policy["style-src"] == inline, path


def test_a_changed_policy_is_sent_from_the_next_answer_on():
    assert "'none'" in directives(answer("/")["Content-Security-Policy"])["object-src"]
    changed = {"DIRECTIVES": {"default-src": ["'self'"], "img-src": ["'self'", "https://tiles.example.uz"]}}
    with override_settings(CONTENT_SECURITY_POLICY=changed):
        policy = directives(answer("/")["Content-Security-Policy"])
    assert policy == {"default-src": {"'self'"}, "img-src": {"'self'", "https://tiles.example.uz"}}
    assert "'none'" in directives(answer("/")["Content-Security-Policy"])["object-src"]


def test_a_view_with_a_policy_of_its_own_gets_it_and_the_next_one_the_common_one():
    @policy_update({"img-src": ["https://tiles.example.uz"]})
    def map_view(request):
        return HttpResponse("map")

    @policy_exempt
    def exempt_view(request):
        return HttpResponse("no policy")

    assert "https://tiles.example.uz" in directives(answer("/map/", map_view)["Content-Security-Policy"])["img-src"]
    assert "Content-Security-Policy" not in answer("/raw/", exempt_view)
    assert directives(answer("/")["Content-Security-Policy"])["img-src"] == {"'self'", "data:"}


def test_an_answer_that_set_its_own_header_keeps_it():
    def own(request):
        response = HttpResponse("x")
        response["Content-Security-Policy"] = "default-src 'none'"
        return response

    assert answer("/", own)["Content-Security-Policy"] == "default-src 'none'"


@pytest.mark.parametrize("path", ["/", "/api/v1/docs"])
def test_the_header_says_what_django_csp_said(path):
    # django-csp's middleware wrote the header before ours; ours must say the same.
    from csp import utils as csp_utils  # a test dependency (pyproject's [test] extra)

    update = {"style-src": ["'unsafe-inline'"]} if path == "/api/v1/docs" else None
    expected = csp_utils.build_policy(update=update)
    assert directives(answer(path)["Content-Security-Policy"]) == directives(expected)


def test_a_report_only_policy_gets_its_own_header():
    report_only = {"DIRECTIVES": {"default-src": ["'self'"], "upgrade-insecure-requests": True, "img-src": None}}
    with override_settings(CONTENT_SECURITY_POLICY_REPORT_ONLY=report_only):
        response = answer("/")
    assert response["Content-Security-Policy-Report-Only"] == "default-src 'self'; upgrade-insecure-requests"
    assert "'none'" in directives(response["Content-Security-Policy"])["object-src"]
    assert "Content-Security-Policy-Report-Only" not in answer("/")


@override_settings(DEBUG=True)
def test_django_debug_pages_keep_their_inline_styles():
    assert "Content-Security-Policy" not in answer("/missing/", lambda request: HttpResponse(status=404))
    assert "Content-Security-Policy" in answer("/", lambda request: HttpResponse(status=200))
