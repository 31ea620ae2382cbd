"""A local OneID (sso.egov.uz) for the demo and the tests: OneID's URL shapes
and answers, on 127.0.0.1, with the standard library only.

`GET /sso/oauth/Authorization.do?response_type=one_code&…` checks the client,
the exact redirect URI and the scope, then answers 307 to its own login page,
where anyone picks a demo person and, if they like, a failure. That page sends
the browser back to the redirect URI with `code` and `state`. `POST` to the
same URL answers by `grant_type`: `one_authorization_code` (single-use code,
ten minutes, same client and redirect URI), `one_access_token_identify` (the
person, with `ret_cd`) and `one_log_out` (revokes the token). A wrong client
secret gets HTTP 400 `{"message", "error": "CLIENT_SECRET_NOT_FOUND"}`.

Run it: `python -m murojaat.accounts.identity.emulator --port 8765
--redirect-uri http://127.0.0.1:8000/login/oneid/return/` (`make demo` does).
"""

import argparse
import hmac
import html
import json
import secrets
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlencode, urlsplit

PATH = "/sso/oauth/Authorization.do"
LOGIN_PATH = "/sso/login"
CODE_TTL_SECONDS = 600

# The demo people. PINFLs carry a correct check digit (accounts/identifiers.py).
PEOPLE = {
    "aziza": {
        "label": "Aziza Karimova: Mobile-ID, identity verified",
        "pin": "41203881230019", "full_name": "KARIMOVA AZIZA RUSTAMOVNA", "first_name": "AZIZA",
        "sur_name": "RUSTAMOVNA", "mid_name": "KARIMOVA", "valid": "true", "auth_method": "MOBILEMETHOD",
        "validation_method": ["MOBILEMETHOD"], "user_type": "I", "user_id": "aziza.k",
        "mob_phone_no": "998901234567", "email": "aziza@example.uz",
    },
    "bobur": {
        "label": "Bobur Toshmatov: login and password only, identity not verified",
        "pin": "30507921230020", "full_name": "TOSHMATOV BOBUR ALIYEVICH", "first_name": "BOBUR",
        "sur_name": "ALIYEVICH", "mid_name": "TOSHMATOV", "valid": False, "auth_method": "LOGINPASSMETHOD",
        "user_type": "I", "user_id": "bobur77",
    },
    "dilshod": {
        "label": "Dilshod Yusupov: e-signature, director of two companies",
        "pin": "31106781230033", "full_name": "YUSUPOV DILSHOD BAXTIYOROVICH", "first_name": "DILSHOD",
        "sur_name": "BAXTIYOROVICH", "mid_name": "YUSUPOV", "valid": True, "auth_method": "PKCSMETHOD",
        "validation_method": ["PKCSMETHOD"], "user_type": "I", "user_id": "d.yusupov", "tin": "412345678",
        "legal_info": [
            {"is_basic": True, "le_tin": "301234567", "le_name": "\"QARSHI NON\" MCHJ"},
            {"tin": "302345678", "acron_UZ": "\"NASAF QURILISH\" MCHJ"},
        ],
    },
    "dilshod-company-key": {
        "label": "Dilshod Yusupov: the company's own e-signature key (QARSHI NON)",
        "pin": "31106781230033", "full_name": "YUSUPOV DILSHOD BAXTIYOROVICH", "first_name": "DILSHOD",
        "valid": "true", "auth_method": "LEPKCSMETHOD", "pkcs_legal_tin": "301234567", "user_type": "L",
        "user_id": "d.yusupov",
        "legal_info": [
            {"is_basic": True, "le_tin": "301234567", "le_name": "\"QARSHI NON\" MCHJ"},
            {"tin": "302345678", "acron_UZ": "\"NASAF QURILISH\" MCHJ"},
        ],
    },
}

# What the login page can make go wrong, besides signing in.
OUTCOMES = {
    "ok": "Sign in",
    "refuse": "Refuse: identify answers ret_cd 1",
    "expired": "The code has expired",
    "wrong_state": "Come back with another state",
    "down": "OneID is down (HTTP 503)",
    "malformed": "A malformed answer (not JSON)",
}


class OneIdEmulator:
    def __init__(self, *, client_id="murojaat-demo", client_secret="demo-secret", scope=None,
                 redirect_uris=(), host="127.0.0.1", port=0):
        self.client_id = client_id
        self.client_secret = client_secret
        self.scope = scope or client_id
        self.redirect_uris = set(redirect_uris)
        self.requests: dict[str, dict] = {}
        self.codes: dict[str, dict] = {}
        self.tokens: dict[str, dict] = {}
        self.logged_out: list[str] = []
        self.lock = threading.Lock()
        emulator = self

        class Handler(_Handler):
            pass

        Handler.emulator = emulator
        self.server = ThreadingHTTPServer((host, port), Handler)
        self.thread = None

    @property
    def url(self) -> str:
        host, port = self.server.server_address[:2]
        return f"http://{host}:{port}{PATH}"

    def start(self) -> "OneIdEmulator":
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


class _Handler(BaseHTTPRequestHandler):
    emulator: OneIdEmulator

    def log_message(self, format, *args):  # noqa: A002 - the URL carries codes; say nothing
        pass

    def _send(self, status, body, content_type="application/json", headers=()):
        data = (json.dumps(body) if content_type == "application/json" else body).encode()
        self.send_response(status)
        self.send_header("Content-Type", f"{content_type}; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _error(self, status, error, message):
        self._send(status, {"message": message, "error": error})

    def _form(self) -> dict:
        length = int(self.headers.get("Content-Length") or 0)
        return {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}

    def do_GET(self):  # noqa: N802
        parts = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        if parts.path == PATH:
            return self._authorize(query)
        if parts.path == LOGIN_PATH:
            return self._login_page(query.get("req", ""))
        self._error(404, "NOT_FOUND", "no such page")

    def do_POST(self):  # noqa: N802
        parts = urlsplit(self.path)
        form = self._form()
        if parts.path == LOGIN_PATH:
            return self._login(form)
        if parts.path != PATH:
            return self._error(404, "NOT_FOUND", "no such page")
        em = self.emulator
        if form.get("client_id") != em.client_id or not hmac.compare_digest(
            form.get("client_secret", "").encode(), em.client_secret.encode()
        ):
            return self._error(400, "CLIENT_SECRET_NOT_FOUND", "ClientSecretException")
        grant = form.get("grant_type")
        if grant == "one_authorization_code":
            return self._token(form)
        if grant == "one_access_token_identify":
            return self._identify(form)
        if grant == "one_log_out":
            with em.lock:
                if em.tokens.pop(form.get("access_token", ""), None) is not None:
                    em.logged_out.append(form.get("access_token", ""))
            return self._send(200, {"ret_cd": "0"})
        self._error(400, "UNSUPPORTED_GRANT_TYPE", "unknown grant_type")

    def _authorize(self, query):
        em = self.emulator
        if query.get("response_type") != "one_code":
            return self._error(400, "INVALID_RESPONSE_TYPE", "response_type must be one_code")
        if query.get("client_id") != em.client_id or query.get("scope") != em.scope:
            return self._error(400, "CLIENT_NOT_FOUND", "unknown client or scope")
        if query.get("redirect_uri") not in em.redirect_uris:
            return self._error(400, "REDIRECT_URI_MISMATCH", "redirect_uri is not registered")
        req = secrets.token_urlsafe(12)
        with em.lock:
            em.requests[req] = {"redirect_uri": query["redirect_uri"], "state": query.get("state", "")}
        self._send(307, "", "text/plain", headers=[("Location", f"{LOGIN_PATH}?{urlencode({'req': req})}")])

    def _login_page(self, req):
        if req not in self.emulator.requests:
            return self._error(400, "REQUEST_NOT_FOUND", "start from the service's sign-in button")
        people = "".join(
            f'<p><label><input type="radio" name="person" value="{key}"{" checked" if i == 0 else ""}> '
            f"{html.escape(p['label'])}</label></p>"
            for i, (key, p) in enumerate(PEOPLE.items())
        )
        outcomes = "".join(
            f'<p><label><input type="radio" name="outcome" value="{key}"{" checked" if key == "ok" else ""}> '
            f"{html.escape(label)}</label></p>"
            for key, label in OUTCOMES.items()
        )
        page = (
            '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>OneID emulator</title></head>'
            "<body><main><h1>OneID emulator (demo only)</h1>"
            "<p>No real identity is checked here. Choose who to sign in as.</p>"
            f'<form method="post" action="{LOGIN_PATH}"><input type="hidden" name="req" value="{html.escape(req)}">'
            f"<fieldset><legend>Person</legend>{people}</fieldset>"
            f"<fieldset><legend>What happens</legend>{outcomes}</fieldset>"
            '<p><button type="submit">Continue</button> '
            '<button type="submit" name="outcome" value="cancel">Cancel</button></p></form></main></body></html>'
        )
        self._send(200, page, "text/html")

    def _login(self, form):
        em = self.emulator
        with em.lock:
            request = em.requests.pop(form.get("req", ""), None)
        person, outcome = form.get("person"), form.get("outcome", "ok")
        if request is None or person not in PEOPLE or outcome not in {*OUTCOMES, "cancel"}:
            return self._error(400, "REQUEST_NOT_FOUND", "start from the service's sign-in button")
        back = {"state": request["state"]}
        if outcome == "cancel":
            back["error"] = "access_denied"
        else:
            code = str(uuid.uuid4())
            with em.lock:
                em.codes[code] = {"person": person, "outcome": outcome, "redirect_uri": request["redirect_uri"],
                                  "at": time.monotonic()}
            back["code"] = code
            if outcome == "wrong_state":
                back["state"] = secrets.token_urlsafe(16)
        self._send(302, "", "text/plain", headers=[("Location", f"{request['redirect_uri']}?{urlencode(back)}")])

    def _token(self, form):
        em = self.emulator
        with em.lock:
            code = em.codes.pop(form.get("code", ""), None)  # single use
        if code is None or time.monotonic() - code["at"] > CODE_TTL_SECONDS or code["outcome"] == "expired":
            return self._error(400, "INVALID_CODE", "the code is unknown, used or expired")
        if form.get("redirect_uri") != code["redirect_uri"]:
            return self._error(400, "REDIRECT_URI_MISMATCH", "redirect_uri differs from the authorisation's")
        if code["outcome"] == "down":
            return self._send(503, "<html><body>Service Unavailable</body></html>", "text/html")
        token = str(uuid.uuid4())
        with em.lock:
            em.tokens[token] = code
        self._send(200, {"access_token": token, "refresh_token": str(uuid.uuid4()), "token_type": "Bearer",
                         "expires_in": int(time.time() * 1000) + 3_600_000, "scope": em.scope})

    def _identify(self, form):
        em = self.emulator
        if form.get("scope") != em.scope:
            return self._error(400, "SCOPE_NOT_FOUND", "unknown scope")
        with em.lock:
            grant = em.tokens.get(form.get("access_token", ""))
        if grant is None:
            return self._send(200, {"ret_cd": "1", "message": "token not found"})
        if grant["outcome"] == "refuse":
            return self._send(200, {"ret_cd": "1", "message": "user is blocked"})
        if grant["outcome"] == "malformed":
            return self._send(200, "<html><body>ret_cd=0</body></html>", "text/html")
        person = {k: v for k, v in PEOPLE[grant["person"]].items() if k != "label"}
        self._send(200, {"ret_cd": "0", "sess_id": str(uuid.uuid4()), **person})


def main(argv=None):
    parser = argparse.ArgumentParser(description="A local OneID emulator (demo and tests only).")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--client-id", default="murojaat-demo")
    parser.add_argument("--client-secret", default="demo-secret")
    parser.add_argument("--redirect-uri", action="append", required=True)
    args = parser.parse_args(argv)
    emulator = OneIdEmulator(client_id=args.client_id, client_secret=args.client_secret,
                             redirect_uris=args.redirect_uri, port=args.port)
    try:
        emulator.server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
