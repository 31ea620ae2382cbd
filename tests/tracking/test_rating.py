"""Rating the answer from the appeal page: only when the lifecycle allows it."""

from django.utils import translation

from murojaat.appeals.models import Appeal
from murojaat.audit.models import AuditEvent
from tests.appeals.factories import file_appeal, take_to_answer
from tests.tracking.helpers import appeal_url, prove


def answered(world, client, **kwargs):
    receipt = file_appeal(world, **kwargs)
    take_to_answer(world, receipt.appeal)
    prove(client, receipt)
    return receipt.appeal


def test_it_offers_a_rating_with_words_once_the_appeal_is_answered(world, client):
    appeal = answered(world, client)
    html = client.get(appeal_url(appeal)).content.decode()
    assert 'id="rating-form"' in html
    for n, words in ((1, "very bad"), (3, "fair"), (5, "very good")):
        assert f'value="{n}"' in html
        assert f"{n} – {words}" in html
    assert 'type="radio"' in html


def test_it_offers_no_rating_while_the_appeal_is_open(world, client):
    receipt = file_appeal(world)
    prove(client, receipt)
    html = client.get(appeal_url(receipt.appeal)).content.decode()
    assert 'id="rating-form"' not in html
    response = client.post(appeal_url(receipt.appeal, "tracking:rate"), {"rating": "5"})
    assert response.status_code == 302
    receipt.appeal.refresh_from_db()
    assert receipt.appeal.rating is None and receipt.appeal.rated_at is None


def test_it_records_the_rating_and_says_thank_you(world, client):
    appeal = answered(world, client)
    response = client.post(
        appeal_url(appeal, "tracking:rate"), {"rating": "4", "comment": " Tez javob "}, follow=True
    )
    html = response.content.decode()
    assert "Thank you for rating the answer." in html
    assert "You rated the answer 4 out of 5 (good)." in html
    assert 'id="rating-form"' not in html
    appeal.refresh_from_db()
    assert (appeal.rating, appeal.rating_comment) == (4, "Tez javob")


def test_a_low_rating_tells_the_citizen_the_body_above_is_told(world, client):
    appeal = answered(world, client)
    response = client.post(appeal_url(appeal, "tracking:rate"), {"rating": "2"}, follow=True)
    assert "the body above" in response.content.decode()
    appeal.refresh_from_db()
    assert appeal.flagged_to_supervisor_at is not None


def test_it_rates_only_once(world, client):
    appeal = answered(world, client)
    client.post(appeal_url(appeal, "tracking:rate"), {"rating": "5"})
    response = client.post(appeal_url(appeal, "tracking:rate"), {"rating": "1"}, follow=True)
    assert "This answer has already been rated." in response.content.decode()
    appeal.refresh_from_db()
    assert appeal.rating == 5


def test_it_refuses_a_missing_or_wrong_rating_and_changes_nothing(world, client):
    appeal = answered(world, client)
    before = (Appeal.objects.values().get(pk=appeal.pk), AuditEvent.objects.count())
    for data in (
        {},
        {"rating": "6"},
        {"rating": "0"},
        {"rating": "abc"},
        {"rating": "3", "comment": "x" * 2001},
    ):
        response = client.post(appeal_url(appeal, "tracking:rate"), data)
        assert response.status_code == 200, data
        html = response.content.decode()
        assert "<title>Error:" in html
        assert 'class="error-summary"' in html
        assert html.count("<h1") == 1
    assert (Appeal.objects.values().get(pk=appeal.pk), AuditEvent.objects.count()) == before


def test_it_keeps_the_comment_after_an_error(world, client):
    appeal = answered(world, client)
    response = client.post(appeal_url(appeal, "tracking:rate"), {"comment": "Javob to‘liq emas"})
    html = response.content.decode()
    assert "Choose a rating from 1 to 5." in html
    assert "Javob to‘liq emas" in html
    assert 'href="#id_rating_0"' in html or 'href="#id_rating"' in html


def test_it_gives_errors_in_the_readers_language(world, client):
    appeal = answered(world, client)
    response = client.post(appeal_url(appeal, "tracking:rate"), {"rating": "9"}, HTTP_ACCEPT_LANGUAGE="ru")
    with translation.override("ru"):
        expected = translation.gettext("Choose a rating from 1 to 5.")
    assert expected == "Выберите оценку от 1 до 5."
    html = response.content.decode()
    assert 'lang="ru"' in html
    assert expected in html


def test_the_signed_in_owner_rates_without_a_key(world, client):
    receipt = file_appeal(world, user=world.citizen)
    take_to_answer(world, receipt.appeal)
    client.force_login(world.citizen)
    response = client.post(appeal_url(receipt.appeal, "tracking:rate"), {"rating": "5"})
    assert response.status_code == 302
    receipt.appeal.refresh_from_db()
    assert receipt.appeal.rating == 5


def test_a_stranger_cannot_rate(world, client):
    receipt = file_appeal(world)
    take_to_answer(world, receipt.appeal)
    response = client.post(appeal_url(receipt.appeal, "tracking:rate"), {"rating": "1"})
    assert response.status_code == 302 and response["Location"].startswith("/track/?code=")
    receipt.appeal.refresh_from_db()
    assert receipt.appeal.rating is None


def test_the_rating_page_works_on_its_own(world, client):
    appeal = answered(world, client)
    html = client.get(appeal_url(appeal, "tracking:rate")).content.decode()
    assert html.count("<h1") == 1
    assert "How good was the answer?" in html
