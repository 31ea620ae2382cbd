from datetime import datetime
from zoneinfo import ZoneInfo

from murojaat.appeals import actions, intake

TASHKENT = ZoneInfo("Asia/Tashkent")


def local(*args) -> datetime:
    return datetime(*args, tzinfo=TASHKENT)


def submission(world, **overrides) -> intake.Submission:
    fields = dict(
        kind="complaint",
        text="Ko‘chamizdagi yo‘l uch oydan beri buzilgan, chuqurlar ko‘p. Iltimos, ta’mirlab bering.",
        summary="Yo‘l buzilgan",
        category=world.roads.code,
        territory=world.district_a.soato,
        full_name="Karimova Dilnoza Akmalovna",
        address="Qarshi tumani, Mustaqillik ko‘chasi 12",
        phone="+998 90 123 45 67",
        email="dilnoza@example.uz",
        channel="web",
        language="uz",
    )
    fields.update(overrides)
    return intake.Submission(**fields)


def file_appeal(world, *, at=None, user=None, **overrides):
    return actions.appeal_submit(submission=submission(world, **overrides), user=user, at=at)


def take_to_answer(world, appeal, *, at=None):
    actions.appeal_register(appeal=appeal, actor=world.registrar_a, at=at)
    actions.appeal_assign(appeal=appeal, actor=world.registrar_a, executor=world.executor_a, at=at)
    actions.appeal_answer(appeal=appeal, actor=world.executor_a, at=at,
                     text="Yo‘l 2026-yil may oyida ta’mirlandi. Murojaatingiz uchun rahmat.")
    return appeal
