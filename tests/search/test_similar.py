"""Officials are told when a new appeal repeats the applicant's earlier one or
copies someone else's about the same place."""

from datetime import timedelta

from django.utils import timezone

from murojaat.language.keys import search_key
from murojaat.language.scripts import latin_to_cyrillic
from murojaat.search.similar import DUPLICATE, REPEATED, jaccard, shingles, similar_appeals

LETTER = (
    "Hurmatli hokim! Bizning Navbahor mahallamizda uch haftadan beri chiqindi olib ketilmayapti. "
    "Konteynerlar to‘lib ketgan, atrofga hid tarqalmoqda, bolalar o‘ynaydigan maydoncha yonida it va mushuklar "
    "axlatni sochib tashlamoqda. Iltimos, chiqindini tezroq olib ketishni va jadvalga rioya qilishni so‘raymiz."
)
OTHER_MATTER = (
    "Ko‘chamizdagi yo‘l uch oydan beri buzilgan, chuqurlar ko‘p, yomg‘irda suv to‘planib qoladi. "
    "Iltimos, asfaltni ta’mirlab bering, mashinalar o‘tolmayapti."
)


def test_a_cyrillic_retyping_of_a_latin_letter_is_a_duplicate(world, filed):
    first = filed(text=LETTER, full_name="Aliyev Bobur")
    copy = filed(text=latin_to_cyrillic(LETTER), language="uz-cyrl", full_name="Saidova Malika")

    found = similar_appeals(copy)

    assert [(a.pk, reason) for a, _, reason in found] == [(first.pk, DUPLICATE)]
    assert found[0].score > 0.9


def test_a_lightly_edited_copy_is_a_duplicate_and_another_matter_is_not(world, filed):
    first = filed(text=LETTER, full_name="Aliyev Bobur")
    filed(text=OTHER_MATTER, full_name="Karimov Anvar")
    edited = filed(text=LETTER.replace("uch haftadan", "ikki haftadan").replace("Hurmatli hokim!", "Assalomu alaykum."),
                   full_name="Saidova Malika")

    assert [(a.pk, reason) for a, _, reason in similar_appeals(edited)] == [(first.pk, DUPLICATE)]


def test_a_copy_about_another_district_is_not_a_duplicate(world, filed):
    filed(text=LETTER, territory=world.district_a.soato)
    elsewhere = filed(text=LETTER + " Koson.", territory=world.district_b.soato)

    assert similar_appeals(elsewhere) == []


def test_the_same_persons_new_appeal_in_the_same_category_is_repeated(world, filed):
    now = timezone.now()
    first = filed(text=OTHER_MATTER, user=world.citizen, at=now - timedelta(days=40))
    again = filed(text="Yo‘limiz hali ham ta’mirlanmadi, javob ham olmadim. Yana so‘rayman.",
                  user=world.citizen, at=now)

    found = similar_appeals(again)

    assert [(a.pk, reason) for a, _, reason in found] == [(first.pk, REPEATED)]


def test_a_person_is_recognised_by_pinfl_without_an_account(world, filed):
    pinfl = world.outsider.pinfl
    first = filed(text=OTHER_MATTER, pinfl=pinfl, category=world.gas.code)
    again = filed(text=OTHER_MATTER + " Ikkinchi marta yozyapman.", pinfl=pinfl, category=world.roads.code)

    # Another category, but the same text: the same matter.
    assert [(a.pk, reason) for a, _, reason in similar_appeals(again)] == [(first.pk, REPEATED)]


def test_the_same_persons_appeal_on_another_matter_is_not_repeated(world, filed):
    filed(text=OTHER_MATTER, user=world.citizen, category=world.roads.code)
    gas = filed(text="Uyimizda uch kundan beri gaz yo‘q, bosim juda past.", user=world.citizen,
                category=world.gas.code)

    assert similar_appeals(gas) == []


def test_word_pairs_make_a_retyped_letter_identical_and_another_letter_far():
    latin = shingles(search_key(LETTER))
    cyrillic = shingles(search_key(latin_to_cyrillic(LETTER)))

    assert jaccard(latin, cyrillic) == 1.0
    assert jaccard(latin, shingles(search_key(OTHER_MATTER))) < 0.1


def test_signatures_stay_the_same_across_versions():
    """Signatures are stored: a new appeal is compared with ones signed by an
    earlier version of Murojaat, so the hashing may get faster but never change."""
    from murojaat.search.similar import bands, minhashes

    values = minhashes(search_key("Bizning mahallamizda chiqindi olib ketilmayapti"))

    assert values[:4] == [161718328, 677043027, 1827693643, 951717293]
    assert bands(values)[:3] == [-1963413206, 136120844, -418687405]
    assert all(type(v) is int for v in values)
    assert minhashes("") == [0xFFFFFFFF] * 64
