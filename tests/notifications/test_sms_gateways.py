"""SMS gateways: the file used in demos, and Eskiz.uz against a fake server on 127.0.0.1."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from murojaat.notifications.channels import DeliveryError
from murojaat.notifications.channels.sms import adapter
from murojaat.notifications.models import Notification
from murojaat.notifications.services import notify_applicant
from murojaat.notifications.tasks import send_notification


@pytest.fixture
def sms_notification(make_appeal):
    appeal = make_appeal(phone="+998 (90) 123-45-67")
    (notification,) = notify_applicant(appeal=appeal, event="received")
    return notification


def test_the_file_backend_appends_one_json_line_per_message(sms_notification, sms_to_file):
    assert not sms_to_file.parent.exists()

    assert send_notification.call(sms_notification.pk) == "sent"

    (line,) = sms_to_file.read_text(encoding="utf-8").splitlines()
    record = json.loads(line)
    assert record["to"] == "998901234567"
    assert sms_notification.appeal.tracking_code in record["text"]
    assert record["reference"] == str(sms_notification.pk)


def test_the_console_backend_prints(sms_notification, settings, capsys):
    settings.SMS_BACKEND = "console"

    send_notification.call(sms_notification.pk)

    assert f"SMS to 998901234567 [{sms_notification.pk}]" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("typed", "normalised"),
    [
        ("+998 90 123 45 67", "998901234567"),
        ("90-123-45-67", "998901234567"),
        ("998901234567", "998901234567"),
    ],
)
def test_phone_numbers_are_sent_as_digits_with_the_country_code(typed, normalised):
    assert adapter.normalise_phone(typed) == normalised


class FakeEskiz:
    """Eskiz's two endpoints. Tokens are numbered; `expire()` makes the current one answer 401."""

    def __init__(self):
        self.requests: list[tuple[str, dict, str]] = []
        self.issued = 0
        self.valid_token = None
        self.fail_sending_with = None
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                fake.requests.append((self.path, body, self.headers.get("Authorization", "")))
                if self.path == "/api/auth/login":
                    if body != {"email": "murojaat@example.uz", "password": "s3cret"}:
                        return self.answer(401, {"message": "Invalid credentials"})
                    fake.issued += 1
                    fake.valid_token = f"token-{fake.issued}"
                    return self.answer(
                        200,
                        {
                            "message": "token_generated",
                            "data": {"token": fake.valid_token},
                            "token_type": "bearer",
                        },
                    )
                if self.path == "/api/message/sms/send":
                    if self.headers.get("Authorization") != f"Bearer {fake.valid_token}":
                        return self.answer(401, {"message": "Expired"})
                    if fake.fail_sending_with:
                        return self.answer(fake.fail_sending_with, {"message": "Server error"})
                    return self.answer(
                        200, {"id": "4385062", "status": "waiting", "message": "Waiting for SMS provider"}
                    )
                return self.answer(404, {})

            def answer(self, status, payload):
                data = json.dumps(payload).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/api"
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def expire(self):
        self.valid_token = "nobody-has-this"

    def paths(self):
        return [path for path, _, _ in self.requests]


@pytest.fixture
def eskiz(settings):
    fake = FakeEskiz()
    fake.thread.start()
    settings.SMS_BACKEND = "eskiz"
    settings.ESKIZ_BASE_URL = fake.url
    settings.ESKIZ_EMAIL = "murojaat@example.uz"
    settings.ESKIZ_PASSWORD = "s3cret"
    settings.ESKIZ_SENDER = "4546"
    adapter._eskiz.cache_clear()
    yield fake
    fake.server.shutdown()
    fake.server.server_close()
    adapter._eskiz.cache_clear()


def test_eskiz_logs_in_once_and_sends(eskiz, make_appeal):
    appeal = make_appeal(phone="+998901234567", language="ru")
    (first,) = notify_applicant(appeal=appeal, event="received")
    (second,) = notify_applicant(appeal=appeal, event="registered")

    assert send_notification.call(first.pk) == "sent"
    assert send_notification.call(second.pk) == "sent"

    assert eskiz.paths() == ["/api/auth/login", "/api/message/sms/send", "/api/message/sms/send"]
    _, sent, authorization = eskiz.requests[1]
    assert authorization == "Bearer token-1"
    assert sent["mobile_phone"] == "998901234567"
    assert sent["from"] == "4546"
    assert sent["message"].startswith(f"Обращение {appeal.tracking_code} получено")


def test_eskiz_logs_in_again_when_the_token_has_expired(eskiz, make_appeal):
    appeal = make_appeal(phone="+998901234567")
    (first,) = notify_applicant(appeal=appeal, event="received")
    (second,) = notify_applicant(appeal=appeal, event="registered")
    send_notification.call(first.pk)
    eskiz.expire()

    assert send_notification.call(second.pk) == "sent"

    assert eskiz.paths()[2:] == ["/api/message/sms/send", "/api/auth/login", "/api/message/sms/send"]
    assert eskiz.requests[-1][2] == "Bearer token-2"


def test_an_eskiz_error_is_a_delivery_error_and_the_message_waits_for_a_retry(eskiz, sms_notification):
    eskiz.fail_sending_with = 500

    assert send_notification.call(sms_notification.pk) == "retry"

    sms_notification.refresh_from_db()
    assert sms_notification.status == Notification.Status.PENDING
    assert "HTTP 500" in sms_notification.last_error


def test_wrong_eskiz_credentials_are_a_delivery_error(eskiz, settings):
    settings.ESKIZ_PASSWORD = "wrong"

    with pytest.raises(DeliveryError, match="login failed"):
        adapter.gateway().send(phone="998901234567", text="Bu Eskiz dan test", reference="1")


def test_an_unreachable_eskiz_is_a_delivery_error(settings):
    settings.SMS_BACKEND = "eskiz"
    settings.ESKIZ_BASE_URL = "http://127.0.0.1:9/api"  # discard port: nothing listens
    adapter._eskiz.cache_clear()

    with pytest.raises(DeliveryError, match="unreachable"):
        adapter.gateway().send(phone="998901234567", text="Bu Eskiz dan test", reference="1")
    adapter._eskiz.cache_clear()
