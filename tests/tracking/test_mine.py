"""/my/appeals/: a signed-in citizen's appeals."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from murojaat.appeals import codes
from tests.appeals.factories import file_appeal, local, take_to_answer

MINE = "/my/appeals/"


def test_it_asks_to_sign_in(client, db):
    response = client.get(MINE)
    assert response.status_code == 302
    assert response["Location"].startswith("/login/")


def test_it_lists_only_the_citizens_own_appeals_newest_first(world, client):
    older = file_appeal(world, user=world.citizen, at=local(2026, 1, 5, 10), summary="Birinchi")
    newer = file_appeal(
        world,
        user=world.citizen,
        at=local(2026, 2, 5, 10),
        summary="Ikkinchi",
        text="Ikkinchi murojaat: ko‘cha chiroqlari yonmayapti, iltimos tuzating.",
    )
    theirs = file_appeal(
        world, user=world.outsider, summary="Begona", text="Boshqa odamning murojaati, suv yo‘q."
    )
    anonymous = file_appeal(world, summary="Kalitli", text="Kirmasdan yuborilgan murojaat: gaz bosimi past.")
    take_to_answer(world, older.appeal)
    client.force_login(world.citizen)
    response = client.get(MINE)
    html = response.content.decode()
    assert html.index("Ikkinchi") < html.index("Birinchi")
    assert "Begona" not in html and "Kalitli" not in html
    for receipt in (older, newer):
        assert f'href="/track/{codes.display(receipt.appeal.tracking_code)}/"' in html
    for receipt in (theirs, anonymous):
        assert codes.display(receipt.appeal.tracking_code) not in html
    assert "Answered" in html and "Complaint" in html
    assert "tag--done" in html


def test_it_shows_the_first_words_when_there_is_no_summary(world, client):
    file_appeal(world, user=world.citizen, summary="")
    client.force_login(world.citizen)
    html = client.get(MINE).content.decode()
    assert "Ko‘chamizdagi yo‘l uch oydan beri buzilgan" in html


def test_it_says_how_to_write_an_appeal_when_there_is_none(world, client):
    client.force_login(world.outsider)
    html = client.get(MINE).content.decode()
    assert 'id="no-appeals"' in html
    assert 'href="/appeal/new/"' in html
    assert html.count("<h1") == 1


def test_it_pages_through_many_appeals(world, client):
    for i in range(23):
        file_appeal(
            world,
            user=world.citizen,
            summary=f"Murojaat {i:02d}",
            text=f"Murojaat matni raqam {i}: ko‘chada muammo bor, iltimos hal qiling.",
        )
    client.force_login(world.citizen)
    first = client.get(MINE)
    assert len(first.context["rows"]) == 20
    assert 'rel="next"' in first.content.decode()
    second = client.get(MINE + "?page=2")
    assert len(second.context["rows"]) == 3
    assert client.get(MINE + "?page=99").status_code == 200


def test_it_pins_the_queries_of_the_list(world, client):
    for i in range(5):
        file_appeal(
            world, user=world.citizen, text=f"Murojaat matni raqam {i}: ko‘chada muammo bor, hal qiling."
        )
    client.force_login(world.citizen)
    client.get(MINE)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(MINE).status_code == 200
    # session, user, memberships, count, page
    assert len(queries) == 5, [q["sql"] for q in queries]
