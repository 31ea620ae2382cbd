"""A small set of appeals built through the real intake and lifecycle, counted by hand.

"now" is 1 March 2026, 12:00 Tashkent. January's cohort (received 1-31 January):

    A1  5 Jan  complaint   web     woman 35-44  answered 10 Jan (5 days, on time), rated 5
    A2  6 Jan  application mobile  man 25-34    answered 30 Jan (24 days, due 21 Jan: late), rated 2
    A3  7 Jan  complaint   web     woman 25-34  due 22 Jan, extended to 10 Feb, answered 1 Feb (25 days)
    A4  8 Jan  complaint   web     man 45-54    sent to body A, forwarded to body B 9 Jan, answered by B 15 Jan (7 days)
    A5 12 Jan  complaint   post    man 55+      left without consideration 13 Jan
    A6 14 Jan  complaint   web     woman 18-24  merged into A7
    A7 20 Jan  complaint   web     woman <18    open, due 4 Feb: overdue now
    A8 31 Jan 23:30 Tashkent (18:30 UTC)  application telegram  man 35-44  repeated of A1, open, overdue now

February's cohort:

    A9  25 Feb  suggestion  web  woman 35-44  open, not overdue yet
    A10  1 Feb 00:30 Tashkent (31 Jan 19:30 UTC)  complaint contesting A1's answer, to the regional body
    A11  3 Feb  application web  legal entity  answered 4 Feb (1 day), rated 4
"""

from dataclasses import dataclass
from datetime import date

from murojaat.appeals import actions
from tests.appeals.factories import file_appeal, local, take_to_answer

NOW = local(2026, 3, 1, 12, 0)
ANSWER = "Murojaatingiz ko‘rib chiqildi, yo‘l ta’mirlanadi. Rahmat."


@dataclass
class Appeals:
    a1: object
    a2: object
    a3: object
    a4: object
    a5: object
    a6: object
    a7: object
    a8: object
    a9: object = None
    a10: object = None
    a11: object = None


def person(sex: str, born: int) -> dict:
    return {"sex": sex, "birth_date": date(born, 6, 1)}


def file(world, at, **overrides):
    return file_appeal(world, at=at, **overrides).appeal


def build_january(world) -> Appeals:
    """The January cohort, with every step that happens in January."""
    a1 = file(world, local(2026, 1, 5, 10), **person("female", 1990))
    take_to_answer(world, a1, at=local(2026, 1, 10, 11))
    a2 = file(world, local(2026, 1, 6, 10), kind="application", channel="mobile", **person("male", 2000))
    a3 = file(world, local(2026, 1, 7, 10), **person("female", 1995))
    actions.appeal_register(appeal=a3, actor=world.registrar_a, at=local(2026, 1, 7, 12))
    actions.appeal_extend(appeal=a3, actor=world.head_a, until=date(2026, 2, 10), reason="Expertiza kerak",
                     at=local(2026, 1, 20, 9))
    a4 = file(world, local(2026, 1, 8, 10), **person("male", 1975))
    actions.appeal_forward(appeal=a4, actor=world.registrar_a, to=world.body_b, reason="Koson tumaniga tegishli",
                      at=local(2026, 1, 9, 10))
    actions.appeal_register(appeal=a4, actor=world.head_b, at=local(2026, 1, 9, 11))
    actions.appeal_answer(appeal=a4, actor=world.head_b, text=ANSWER, at=local(2026, 1, 15, 10))
    a5 = file(world, local(2026, 1, 12, 10), channel="post", **person("male", 1960))
    actions.appeal_leave_without_consideration(
        appeal=a5, actor=world.head_a, reason="other_breach",
        conclusion="Murojaatda qonun talablari buzilgan, xulosa tasdiqlandi.", at=local(2026, 1, 13, 10),
    )
    a6 = file(world, local(2026, 1, 14, 10), **person("female", 2005))
    a7 = file(world, local(2026, 1, 20, 10), **person("female", 2010))
    actions.appeal_merge(appeal=a6, actor=world.registrar_a, into=a7, at=local(2026, 1, 21, 10))
    a8 = file(world, local(2026, 1, 31, 23, 30), kind="application", channel="telegram", **person("male", 1988))
    return Appeals(a1, a2, a3, a4, a5, a6, a7, a8)


def build_later(world, appeals: Appeals) -> Appeals:
    """What happens from February on (some of it back-dated into January)."""
    actions.appeal_register(appeal=appeals.a2, actor=world.registrar_a, at=local(2026, 1, 7, 9))
    actions.appeal_answer(appeal=appeals.a2, actor=world.head_a, text=ANSWER, at=local(2026, 1, 30, 10))
    actions.appeal_mark_repeated(appeal=appeals.a8, actor=world.registrar_a, earlier=appeals.a1,
                            at=local(2026, 2, 2, 10))
    actions.appeal_answer(appeal=appeals.a3, actor=world.head_a, text=ANSWER, at=local(2026, 2, 1, 10))
    actions.appeal_rate(appeal=appeals.a1, rating=5, at=local(2026, 1, 11, 10))
    actions.appeal_rate(appeal=appeals.a2, rating=2, at=local(2026, 2, 1, 10))
    appeals.a10 = actions.appeal_contest(
        appeal=appeals.a1, text="Javob qoniqarli emas, yo‘l hali ham ta’mirlanmagan.", at=local(2026, 2, 1, 0, 30)
    ).appeal
    appeals.a11 = file(
        world, local(2026, 2, 3, 10), kind="application", applicant_type="legal_entity", full_name="",
        organisation_name="“Qarshi Savdo” MChJ", signatory_name="Aliyev Bobur", address="Qarshi, Navoiy 5",
    )
    take_to_answer(world, appeals.a11, at=local(2026, 2, 4, 10))
    actions.appeal_rate(appeal=appeals.a11, rating=4, at=local(2026, 2, 5, 10))
    appeals.a9 = file(world, local(2026, 2, 25, 10), kind="suggestion", **person("female", 1989))
    return appeals


def build_all(world) -> Appeals:
    return build_later(world, build_january(world))
