"""Bringing appeals in from a legacy system, through the same lifecycle.

Each row is one appeal: what was received, and how far the old system took
it. The row is replayed step by step (receive, register, forward, answer,
close, leave without consideration) with the dates the old system recorded,
by the system actor "import:<file>", so deadlines, timeline and audit trail
are exactly what Murojaat itself would have written.

All or nothing: every row is checked first and every problem reported with
its line number; then the whole batch is replayed in one transaction, so a
failure on row 900 leaves none of rows 1-899 behind.

Columns (CSV header or JSON-lines keys); only `received_at`, `kind` and
`text` are always required, the others as the law requires for the applicant:

    received_at          ISO 8601 date-time (with offset) or date, required
    kind                 application | suggestion | complaint
    text, summary        the appeal
    category             category code      territory   SOATO of the district or city
    mahalla              mahalla code       addressed_to organisation code that first received it
    channel, form, language, applicant_type, full_name, address, phone, email, pinfl,
    organisation_name, tin, signatory_name, signatory_position,
    representative_name, representative_document, identity_verification
    external_id          the legacy system's number (kept in the audit trail)
    forwarded_to         organisation code, with forwarded_at (date-time)
    registered_at        date-time
    answered_at          date-time, with answer_text (and answer_form)
    closed_at            date-time (needs answered_at)
    without_consideration_at, without_consideration_reason, conclusion
"""

import csv
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, time
from pathlib import Path

from django.db import transaction
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from murojaat.appeals import actions, intake
from murojaat.audit.chain import audit_record
from murojaat.core.errors import DomainError
from murojaat.organisations.models import Organisation

SUBMISSION_FIELDS = {
    "kind", "text", "summary", "category", "territory", "mahalla", "addressed_to", "applicant_type",
    "full_name", "address", "phone", "email", "pinfl", "organisation_name", "tin", "signatory_name",
    "signatory_position", "representative_name", "representative_document", "identity_verification",
    "channel", "form", "language",
}
HISTORY_FIELDS = {
    "received_at", "external_id", "forwarded_to", "forwarded_at", "registered_at", "answered_at",
    "answer_text", "answer_form", "closed_at", "without_consideration_at", "without_consideration_reason",
    "conclusion",
}
KNOWN_FIELDS = SUBMISSION_FIELDS | HISTORY_FIELDS


@dataclass
class RowError:
    line: int
    message: str


@dataclass
class ParsedRow:
    line: int
    submission: intake.Submission
    history: dict = field(default_factory=dict)


@dataclass
class ImportReport:
    imported: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


def read_rows(path: Path) -> Iterator[tuple[int, dict]]:
    """(line number, row) from a CSV with a header or a JSON-lines file."""
    text = path.read_text(encoding="utf-8-sig")
    if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield number, {"__error__": _("not valid JSON: %(e)s") % {"e": exc.msg}}
                continue
            yield number, row if isinstance(row, dict) else {"__error__": _("each line must be a JSON object")}
        return
    reader = csv.DictReader(io.StringIO(text))
    for row in reader:
        # The header is line 1; a quoted field may span lines, so use the reader's count.
        yield reader.line_num, {k: v for k, v in row.items() if k is not None}


def _moment(value, name: str) -> datetime | None:
    if value in (None, ""):
        return None
    text = str(value).strip()
    parsed = parse_datetime(text)
    if parsed is None:
        day = parse_date(text)
        if day is None:
            raise ValueError(_("%(field)s: not a date or date-time: %(value)r") % {"field": name, "value": text})
        parsed = datetime.combine(day, time(12, 0))
    if timezone.is_naive(parsed):
        parsed = timezone.make_aware(parsed)
    return parsed


def parse_row(number: int, row: dict) -> ParsedRow:
    if "__error__" in row:
        raise ValueError(row["__error__"])
    unknown = set(row) - KNOWN_FIELDS
    if unknown:
        raise ValueError(_("unknown columns: %(names)s") % {"names": ", ".join(sorted(unknown))})
    values = {k: ("" if v is None else v) for k, v in row.items()}
    history = {k: values.get(k, "") for k in HISTORY_FIELDS}
    for name in ("received_at", "forwarded_at", "registered_at", "answered_at", "closed_at",
                 "without_consideration_at"):
        history[name] = _moment(history[name], name)
    if history["received_at"] is None:
        raise ValueError(_("received_at is required"))
    if history["received_at"] > timezone.now():
        raise ValueError(_("received_at is in the future"))
    if history["closed_at"] and not history["answered_at"]:
        raise ValueError(_("closed_at needs answered_at"))
    if history["answered_at"] and len(str(history["answer_text"]).strip()) < 10:
        raise ValueError(_("answered_at needs answer_text of at least 10 characters"))
    if history["answered_at"] and history["without_consideration_at"]:
        raise ValueError(_("an appeal is either answered or left without consideration, not both"))
    if history["forwarded_to"] and not history["forwarded_at"]:
        history["forwarded_at"] = history["received_at"]
    steps = [history[k] for k in ("received_at", "forwarded_at", "registered_at", "answered_at", "closed_at")
             if history[k]]
    if steps != sorted(steps):
        raise ValueError(_("dates are out of order (received, forwarded, registered, answered, closed)"))
    sub_values = {k: str(values[k]).strip() for k in SUBMISSION_FIELDS if k in values and values[k] != ""}
    sub_values.setdefault("channel", "post")
    sub_values.setdefault("form", "written")
    submission = intake.Submission(**sub_values)
    intake.validate(submission)
    return ParsedRow(number, submission, history)


def check_file(path: Path) -> tuple[list[ParsedRow], list[RowError]]:
    rows, errors = [], []
    organisations = set(Organisation.objects.values_list("code", flat=True))
    for number, raw in read_rows(path):
        try:
            parsed = parse_row(number, raw)
            target = parsed.history.get("forwarded_to")
            if target and target not in organisations:
                raise ValueError(_("forwarded_to: unknown organisation %(code)r") % {"code": target})
            rows.append(parsed)
        except DomainError as exc:
            detail = "; ".join(f"{k}: {v}" for k, v in exc.fields.items()) or str(exc.message)
            errors.append(RowError(number, detail))
        except (ValueError, TypeError) as exc:
            errors.append(RowError(number, str(exc)))
    return rows, errors


def replay(parsed: ParsedRow, actor: actions.Actor, source: str) -> None:
    h = parsed.history
    receipt = actions.appeal_submit(submission=parsed.submission, at=h["received_at"])
    appeal = receipt.appeal
    if h["external_id"]:
        audit_record(action="appeal.imported", actor_label=actor.label, object_type="appeal",
                     object_id=str(appeal.pk), payload={"source": source, "external_id": str(h["external_id"])},
                     at=h["received_at"])
    if receipt.duplicate_of is not None:
        return
    if h["forwarded_to"]:
        target = Organisation.objects.get(code=h["forwarded_to"])
        if target.pk != appeal.organisation_id:
            actions.appeal_forward(appeal=appeal, actor=actor, to=target, reason=_("imported"), at=h["forwarded_at"])
    if h["without_consideration_at"]:
        actions.appeal_leave_without_consideration(
            appeal=appeal, actor=actor, reason=h["without_consideration_reason"] or "other_breach",
            conclusion=h["conclusion"] or _("Left without consideration in the previous system."),
            at=h["without_consideration_at"],
        )
        return
    if h["registered_at"] or h["answered_at"]:
        actions.appeal_register(appeal=appeal, actor=actor, at=h["registered_at"] or h["answered_at"])
    if h["answered_at"]:
        actions.appeal_answer(appeal=appeal, actor=actor, text=h["answer_text"], form=h["answer_form"] or "written",
                         at=h["answered_at"])
    if h["closed_at"]:
        actions.appeal_close(appeal=appeal, actor=actor, at=h["closed_at"])


def appeals_import(*, path: Path, progress=None) -> ImportReport:
    """Check every row, then import all of them in one transaction, or none."""
    rows, errors = check_file(path)
    if errors:
        return ImportReport(errors=errors)
    actor = actions.Actor(system=f"import:{path.name}")
    report = ImportReport()
    try:
        with transaction.atomic():
            for parsed in rows:
                try:
                    replay(parsed, actor, path.name)
                except DomainError as exc:
                    detail = "; ".join(f"{k}: {v}" for k, v in exc.fields.items()) or str(exc.message)
                    raise _RowFailed(RowError(parsed.line, detail)) from exc
                report.imported += 1
                if progress is not None:
                    progress(1)
    except _RowFailed as failed:
        return ImportReport(errors=[failed.error])
    return report


class _RowFailed(Exception):
    def __init__(self, error: RowError):
        self.error = error
