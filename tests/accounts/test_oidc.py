"""The generic OpenID Connect provider, by configuration only, against a tiny
standard provider (token endpoint, userinfo endpoint) on 127.0.0.1."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, parse_qsl, urlsplit

import pytest
from django.contrib.auth import get_user_model

from murojaat.accounts.identity.emulator import PEOPLE

pytestmark = pytest.mark.django_db
PINFL = PEOPLE["aziza"]["pin"]


class _Idp(BaseHTTPRequestHandler):
    userinfo: dict = {}
    seen: list = []

    def log_message(self, format, *args):  # noqa: A002
        pass

    def _json(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_POST(self):  # noqa: N802
        form = {k: v[0] for k, v in parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode()).items()}
        self.seen.append(form)
        if form.get("grant_type") != "authorization_code" or form.get("code") != "good-code":
            return self._json(400, {"error": "invalid_grant"})
        if form.get("client_secret") != "oidc-secret":
            return self._json(401, {"error": "invalid_client"})
        self._json(200, {"access_token": "at-123", "token_type": "Bearer", "id_token": "x.y.z"})

    def do_GET(self):  # noqa: N802
        if self.headers.get("Authorization") != "Bearer at-123":
            return self._json(401, {"error": "invalid_token"})
        self._json(200, self.userinfo)


@pytest.fixture
def idp(settings):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Idp)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    settings.IDENTITY_PROVIDER = "oidc"
    settings.OIDC_PROVIDER_NAME = "TARA"
    settings.OIDC_AUTHORIZE_URL = f"{base}/authorize"
    settings.OIDC_TOKEN_URL = f"{base}/token"
    settings.OIDC_USERINFO_URL = f"{base}/userinfo"
    settings.OIDC_CLIENT_ID = "murojaat"
    settings.OIDC_CLIENT_SECRET = "oidc-secret"
    settings.OIDC_NATIONAL_ID_CLAIM = "national_id"
    _Idp.userinfo = {"sub": "abc", "national_id": PINFL, "given_name": "Aziza", "family_name": "Karimova"}
    _Idp.seen = []
    yield _Idp
    server.shutdown()
    server.server_close()


def come_back(client, code="good-code"):
    start = client.post("/login/oneid/")
    query = dict(parse_qsl(urlsplit(start["Location"]).query))
    assert start["Location"].startswith("http://127.0.0.1:")
    assert query["response_type"] == "code" and query["client_id"] == "murojaat"
    assert query["redirect_uri"] == "http://testserver/login/oneid/return/"
    return client.get("/login/oneid/return/", {"code": code, "state": query["state"]})


def test_the_sign_in_page_names_the_configured_provider(client, idp):
    assert "Sign in with TARA" in client.get("/login/").content.decode()


def test_a_standard_provider_signs_the_person_in_by_the_configured_claim(client, idp):
    response = come_back(client)
    assert response.status_code == 302
    user = get_user_model().objects.get(pinfl=PINFL)
    assert client.session["_auth_user_id"] == str(user.pk)
    assert (user.first_name, user.last_name, user.identity_provider) == ("Aziza", "Karimova", "oidc")
    assert not user.identity_valid  # a generic provider does not say how the person was proofed
    assert idp.seen[0]["redirect_uri"] == "http://testserver/login/oneid/return/"


def test_a_bad_code_and_a_missing_national_id_sign_nobody_in(client, idp):
    response = come_back(client, code="used-code")
    assert response.status_code == 400 and "took too long or was already used" in response.content.decode()
    idp.userinfo = {"sub": "abc"}
    response = come_back(client)
    assert response.status_code == 400 and "could not read" in response.content.decode()
    assert "_auth_user_id" not in client.session
    assert not get_user_model().objects.filter(pinfl=PINFL).exists()
