"""Labelled texts for training and evaluation: from a file or the database."""

import csv
import json
from pathlib import Path

from murojaat.appeals.models import Appeal, Status
from murojaat.categories.models import Category
from murojaat.organisations.models import Organisation

# Appeals whose routing is final: the body that answered is the right one.
FINAL_STATUSES = (Status.ANSWERED, Status.CLOSED)
LABEL_FIELD_FOR_TARGET = {"category": "category__code", "organisation": "organisation__code"}


def read_labelled_file(path: str | Path, *, text_field: str = "text", label_field: str = "label"):
    """(texts, labels) from a CSV file with a header or a JSON-lines file.
    Rows without text or label are skipped."""
    path = Path(path)
    with path.open(encoding="utf-8-sig", newline="") as handle:
        head = handle.read(1)
        while head.isspace():
            head = handle.read(1)
        handle.seek(0)
        if path.suffix.lower() in (".jsonl", ".ndjson", ".json") or head == "{":
            rows = (json.loads(line) for line in handle if line.strip())
        else:
            rows = csv.DictReader(handle)
        texts, labels = [], []
        for number, row in enumerate(rows, start=1):
            if text_field not in row or label_field not in row:
                raise KeyError(f"row {number} has no field {text_field!r} or {label_field!r}")
            text, label = row[text_field], row[label_field]
            if text and label not in (None, ""):
                texts.append(str(text))
                labels.append(str(label))
    return texts, labels


# The territory as citizens of either language write it (uz-Cyrl folds to uz).
TERRITORY_NAME_FIELDS = ("name_uz", "name_ru")


def routing_text(summary: str, text: str, territory_names=(), *, target: str) -> str:
    """What the router of `target` reads of an appeal: its summary and text,
    and for the body also the names of the territory it is about (the body
    that answers depends on where, and the citizen chose the place). Training
    and suggesting must both read it this way."""
    parts = [summary, text]
    if target == "organisation":
        parts.extend(territory_names)
    return "\n".join(p for p in parts if p)


def appeal_routing_text(appeal, *, target: str) -> str:
    territory = appeal.territory
    names = [getattr(territory, f) for f in TERRITORY_NAME_FIELDS] if territory is not None else []
    return routing_text(appeal.summary, appeal.text, names, target=target)


def appeals_with_final_routing(target: str):
    """(texts, labels) of answered and closed appeals: `routing_text`, and
    the code of their final category or body (after any forwarding)."""
    label = LABEL_FIELD_FOR_TARGET[target]
    rows = (
        Appeal.objects.filter(status__in=FINAL_STATUSES, **{f"{label}__isnull": False})
        .order_by("pk")
        .values_list("summary", "text", *(f"territory__{f}" for f in TERRITORY_NAME_FIELDS), label)
    )
    texts, labels = [], []
    for summary, text, *territory_names, code in rows.iterator(chunk_size=2000):
        texts.append(routing_text(summary, text, territory_names, target=target))
        labels.append(code)
    return texts, labels


NAME_FIELDS = ("name_uz", "name_uz_cyrl", "name_kaa", "name_ru", "name_en")


def label_names(target: str) -> dict[str, list[str]]:
    """The names each label of `target` goes by, for the router's label-name
    score: a category's names in every language; a body's names and those of
    its territory (a district hokimiyat is the body of that district)."""
    if target == "category":
        rows = Category.objects.values_list("code", *NAME_FIELDS)
        return {code: [n for n in names if n] for code, *names in rows}
    territory_fields = tuple(f"territory__{f}" for f in NAME_FIELDS)
    rows = Organisation.objects.values_list("code", *NAME_FIELDS, *territory_fields)
    return {code: [n for n in names if n] for code, *names in rows}
