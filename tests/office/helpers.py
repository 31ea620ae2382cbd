from datetime import timedelta

from django.utils import timezone

from murojaat.appeals.models import Appeal
from tests.appeals.factories import file_appeal


def appeals(world, count: int, **overrides) -> list[Appeal]:
    """`count` distinct appeals (different people and texts, so none is merged as a duplicate)."""
    made = []
    for i in range(count):
        receipt = file_appeal(
            world,
            full_name=f"Aliyev Sardor {i}",
            phone=f"+998 90 000 {i:04d}",
            email=f"a{i}@example.uz",
            text=f"Mustaqillik ko‘chasi {i + 1}-uy oldidagi yo‘l buzilgan, chuqurlar ko‘p. Raqam {i * 7919}.",
            **overrides,
        )
        made.append(receipt.appeal)
    return made


def due_in(appeal: Appeal, **delta) -> Appeal:
    """Move an appeal's deadline (test set-up: the lifecycle owns deadlines in real life)."""
    due = timezone.now() + timedelta(**delta)
    Appeal.objects.filter(pk=appeal.pk).update(due_at=due, extended_until=None)
    appeal.refresh_from_db()
    return appeal
