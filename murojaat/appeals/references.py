"""The reference rows intake resolves for every appeal, remembered per process.

Categories, territories, mahallas and bodies change a few times a year and
are read by every submission (validation, then routing). Each lookup here
returns what the database returned the last time for up to a minute (see
`core/memo.py` for how writes make a process forget at once, and the others
within that minute). Callers must treat the returned rows as read-only: they
are shared by the threads of a process.
"""

from django.db.models.signals import post_delete, post_save

from murojaat.categories.models import Category
from murojaat.core.memo import process_memo
from murojaat.organisations.jurisdiction import competent_body
from murojaat.organisations.models import Organisation, OrganisationKind
from murojaat.territories.models import Mahalla, Territory

REFERENCES = process_memo("appeal references", ttl=60.0)


def active_category(code: str) -> Category | None:
    return REFERENCES.get(
        ("category", code),
        lambda: Category.objects.filter(code=code, is_active=True).first(),
    )


def territory_by_soato(soato: str) -> Territory | None:
    return REFERENCES.get(
        ("territory", soato),
        lambda: Territory.objects.select_related("parent").filter(soato=soato).first(),
    )


def mahalla_by_code(code: str) -> Mahalla | None:
    return REFERENCES.get(
        ("mahalla", code),
        lambda: Mahalla.objects.select_related("territory__parent").filter(code=code).first(),
    )


def active_body(code: str) -> Organisation | None:
    return REFERENCES.get(
        ("body", code),
        lambda: Organisation.objects.filter(code=code, is_active=True).first(),
    )


def first_receiving_body(*, category, territory, mahalla) -> Organisation | None:
    """The body an appeal with no chosen addressee goes to first, or None when
    nothing in the country can take it (no People's Reception configured)."""
    key = ("route", getattr(category, "pk", None), getattr(territory, "pk", None), getattr(mahalla, "pk", None))
    return REFERENCES.get(key, lambda: _route(category=category, territory=territory, mahalla=mahalla))


def _route(*, category, territory, mahalla) -> Organisation | None:
    if category is not None and territory is not None:
        body = competent_body(category=category, territory=territory, mahalla=mahalla)
        if body is not None:
            return body
    if territory is not None:
        for place in (territory, territory.parent):
            if place is None:
                continue
            body = Organisation.objects.filter(
                kind=OrganisationKind.HOKIMIYAT, territory=place, is_active=True
            ).first()
            if body is not None:
                return body
    # Nothing narrower: the national People's Reception takes it and forwards it.
    return (
        Organisation.objects.filter(kind=OrganisationKind.PEOPLES_RECEPTION, territory__isnull=True, is_active=True)
        .order_by("pk")
        .first()
    )


def connect_signals() -> None:
    for model in (Category, Territory, Mahalla, Organisation):
        label = model._meta.label_lower
        post_save.connect(REFERENCES.forget_now_and_after_commit, sender=model, dispatch_uid=f"references.{label}.saved")
        post_delete.connect(
            REFERENCES.forget_now_and_after_commit, sender=model, dispatch_uid=f"references.{label}.deleted"
        )
