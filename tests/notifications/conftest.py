"""Fixtures for notification tests: appeals made directly, SMS into a temp file,
and the notification strings' Uzbek and Russian translations compiled from
tests/notifications/catalog/ so the tests read real words in those languages
whatever state the project catalogs are in."""

import array
import ast
import itertools
import struct
from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from murojaat.appeals.models import Appeal, Applicant, Kind, Status

_codes = itertools.count(1)


@pytest.fixture(autouse=True)
def sms_to_file(settings, tmp_path):
    """Every test writes SMS to its own file, never to var/sms.log."""
    settings.SMS_BACKEND = "file"
    settings.SMS_FILE_PATH = tmp_path / "sms" / "sms.log"
    return settings.SMS_FILE_PATH


CATALOGS = Path(__file__).parent / "catalog"


@pytest.fixture(autouse=True)
def notification_catalogs(settings, tmp_path):
    locale_dir = tmp_path / "locale"
    for po in CATALOGS.glob("*.po"):
        mo = locale_dir / po.stem / "LC_MESSAGES" / "django.mo"
        mo.parent.mkdir(parents=True)
        mo.write_bytes(_compile_mo(_read_po(po)))
    # The first LOCALE_PATHS entry wins; changing it resets Django's translation caches.
    settings.LOCALE_PATHS = [locale_dir, *settings.LOCALE_PATHS]


def _read_po(path: Path) -> dict[str, str]:
    """msgid -> msgstr of a plain .po file (no plurals or contexts, which these strings do not use)."""
    messages, current, field = {}, {"msgid": "", "msgstr": ""}, None
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith(("msgid ", "msgstr ")):
            field, _, literal = line.partition(" ")
            current[field] = ast.literal_eval(literal)
        elif line.startswith('"') and field:
            current[field] += ast.literal_eval(line)
        elif not line.strip() and field:
            if current["msgstr"]:
                messages[current["msgid"]] = current["msgstr"]
            current, field = {"msgid": "", "msgstr": ""}, None
    return messages


def _compile_mo(messages: dict[str, str]) -> bytes:
    """The GNU .mo format, as msgfmt writes it (without the optional hash table)."""
    keys = sorted(messages)
    ids = strs = b""
    entries = []
    for key in keys:
        k, v = key.encode(), messages[key].encode()
        entries.append((len(ids), len(k), len(strs), len(v)))
        ids += k + b"\0"
        strs += v + b"\0"
    key_start = 7 * 4 + 16 * len(keys)
    value_start = key_start + len(ids)
    key_table, value_table = [], []
    for id_offset, id_length, str_offset, str_length in entries:
        key_table += [id_length, id_offset + key_start]
        value_table += [str_length, str_offset + value_start]
    header = struct.pack("Iiiiiii", 0x950412DE, 0, len(keys), 7 * 4, 7 * 4 + len(keys) * 8, 0, 0)
    return header + array.array("i", key_table + value_table).tobytes() + ids + strs


@pytest.fixture
def immediate_tasks(settings):
    settings.TASKS = {
        "default": {
            "BACKEND": "django_tasks.backends.immediate.ImmediateBackend",
            "QUEUES": ["default", "notifications"],
        }
    }


@pytest.fixture
def make_appeal(world):
    """Appeal.objects.create with every required field filled, plus its Applicant."""

    def make(
        *,
        language: str = "uz",
        email: str = "",
        phone: str = "",
        organisation=None,
        due_at=None,
        received_at=None,
        kind: str = Kind.APPLICATION,
        status: str = Status.RECEIVED,
        with_applicant: bool = True,
        **fields,
    ) -> Appeal:
        organisation = organisation or world.body_a
        received_at = received_at or timezone.now() - timedelta(days=1)
        appeal = Appeal.objects.create(
            tracking_code=f"MRJ-T{next(_codes):06d}",
            access_key_hash=Appeal.hash_access_key("secret-key"),
            kind=kind,
            status=status,
            language=language,
            text="Mahallamizdagi yo‘l ta’mirlanishini so‘raymiz.",
            addressed_to=organisation,
            organisation=organisation,
            received_at=received_at,
            registration_due_at=received_at + timedelta(days=3),
            decider_received_at=received_at,
            forward_due_at=received_at + timedelta(days=5),
            due_at=due_at or received_at + timedelta(days=15),
            **fields,
        )
        if with_applicant:
            Applicant.objects.create(appeal=appeal, full_name="Karimova Dilnoza", email=email, phone=phone)
        return appeal

    return make
