"""SMS: render the short text and hand it to the configured gateway.

settings.SMS_BACKEND chooses the gateway: "console" prints (development),
"file" appends a JSON line to settings.SMS_FILE_PATH (demo and tests), "eskiz"
sends through Eskiz.uz. A gateway is any object with
`send(*, phone, text, reference) -> None` that raises DeliveryError on failure.
"""

import json
import re
import sys
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from django.conf import settings
from django.utils import timezone

from murojaat.notifications.channels import DeliveryError
from murojaat.notifications.messages import render


class Gateway(Protocol):
    def send(self, *, phone: str, text: str, reference: str) -> None: ...


def send(notification) -> None:
    message = render(
        event=notification.event,
        language=notification.language,
        channel=notification.channel,
        context=notification.context,
    )
    phone = normalise_phone(notification.address)
    gateway().send(phone=phone, text=message.body, reference=str(notification.pk))


def normalise_phone(raw: str) -> str:
    """Digits only in international form, 998XXXXXXXXX, as Uzbek gateways expect."""
    digits = re.sub(r"\D", "", raw or "")
    if len(digits) == 9:  # typed without the country code
        digits = "998" + digits
    if len(digits) != 12 or not digits.startswith("998"):
        raise DeliveryError(f"not an Uzbek mobile number: {raw!r}", permanent=True)
    return digits


def gateway() -> Gateway:
    backend = settings.SMS_BACKEND
    if backend == "console":
        return ConsoleGateway()
    if backend == "file":
        return FileGateway(Path(settings.SMS_FILE_PATH))
    if backend == "eskiz":
        return _eskiz(
            settings.ESKIZ_BASE_URL, settings.ESKIZ_EMAIL, settings.ESKIZ_PASSWORD, settings.ESKIZ_SENDER
        )
    raise DeliveryError(f"unknown SMS_BACKEND {backend!r}", permanent=True)


@lru_cache(maxsize=4)
def _eskiz(base_url: str, email: str, password: str, sender: str):
    # One gateway per configuration for the life of the process, so its
    # token is reused across messages instead of logging in for each.
    from murojaat.notifications.channels.sms.eskiz import EskizGateway

    return EskizGateway(base_url=base_url, email=email, password=password, sender=sender)


class ConsoleGateway:
    def send(self, *, phone: str, text: str, reference: str) -> None:
        print(f"SMS to {phone} [{reference}]: {text}", file=sys.stdout, flush=True)


class FileGateway:
    def __init__(self, path: Path):
        self.path = path

    def send(self, *, phone: str, text: str, reference: str) -> None:
        line = json.dumps(
            {"at": timezone.now().isoformat(), "to": phone, "text": text, "reference": reference},
            ensure_ascii=False,
        )
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # One write of one line in append mode: lines from two workers do not interleave.
            with self.path.open("a", encoding="utf-8") as fh:
                fh.write(line + "\n")
        except OSError as exc:
            raise DeliveryError(f"cannot write {self.path}: {exc}") from exc
