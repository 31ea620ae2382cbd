"""Eskiz.uz SMS gateway over its HTTP API, with the standard library only.

POST {base}/auth/login (email, password) gives a bearer token, valid for weeks;
POST {base}/message/sms/send (mobile_phone, message, from) sends. We keep the
token in memory and log in again once when Eskiz answers 401 (expired).
Every failure becomes a DeliveryError, which the sender retries with backoff.
"""

import json
import threading
import urllib.error
import urllib.request

from murojaat.notifications.channels import DeliveryError

TIMEOUT_SECONDS = 15


class EskizGateway:
    def __init__(
        self, *, base_url: str, email: str, password: str, sender: str, timeout: float = TIMEOUT_SECONDS
    ):
        self.base_url = base_url.rstrip("/")
        self.email = email
        self.password = password
        self.sender = sender
        self.timeout = timeout
        self._token: str | None = None
        self._lock = threading.Lock()  # one login at a time if threads share the gateway

    def send(self, *, phone: str, text: str, reference: str) -> None:
        payload = {"mobile_phone": phone, "message": text, "from": self.sender}
        status, body = self._post("/message/sms/send", payload, token=self._current_token())
        if status == 401:
            status, body = self._post("/message/sms/send", payload, token=self._login())
        if not 200 <= status < 300:
            raise DeliveryError(f"Eskiz refused SMS {reference}: HTTP {status} {body[:200]}")

    def _current_token(self) -> str:
        with self._lock:
            token = self._token
        return token or self._login()

    def _login(self) -> str:
        with self._lock:
            status, body = self._post("/auth/login", {"email": self.email, "password": self.password})
            if status != 200:
                raise DeliveryError(f"Eskiz login failed: HTTP {status} {body[:200]}")
            try:
                token = json.loads(body)["data"]["token"]
            except (ValueError, KeyError, TypeError) as exc:
                raise DeliveryError(f"Eskiz login answer has no token: {body[:200]}") from exc
            self._token = token
            return token

    def _post(self, path: str, payload: dict, *, token: str | None = None) -> tuple[int, str]:
        headers = {"Content-Type": "application/json", "Accept": "application/json"}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        request = urllib.request.Request(
            self.base_url + path, data=json.dumps(payload).encode(), headers=headers, method="POST"
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                return response.status, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as exc:
            return exc.code, exc.read().decode("utf-8", "replace")
        except (urllib.error.URLError, TimeoutError, OSError) as exc:
            raise DeliveryError(f"Eskiz unreachable at {self.base_url}: {exc}") from exc
