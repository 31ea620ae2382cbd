"""Officials search appeals in either script, see only their bodies' appeals, with matches marked."""

import pytest
from django.core.management import call_command
from django.test import Client

from murojaat.search.models import AppealSearchIndex
from murojaat.search.query import appeal_search
from tests.accounts.helpers import api_token
from tests.conftest import PASSWORD

LATIN_WASTE = "Mahallamizdagi chiqindi uch haftadan beri olib ketilmayapti, hidiga chidab bo‘lmaydi."
CYRILLIC_WASTE = "Маҳалламиздаги чиқинди уч ҳафтадан бери олиб кетилмаяпти, ҳидига чидаб бўлмайди."
ROAD = "Ko‘chamizdagi yo‘l uch oydan beri buzilgan, chuqurlar ko‘p. Iltimos, ta’mirlab bering."


def codes(hits):
    return {hit.appeal.tracking_code for hit in hits}


@pytest.mark.parametrize("query", ["chiqindi", "чиқинди", "ЧИҚИНДИ", "Chiqindilar"[:8]])
def test_a_word_in_either_script_finds_texts_in_both(world, filed, query):
    latin = filed(text=LATIN_WASTE)
    cyrillic = filed(text=CYRILLIC_WASTE, language="uz-cyrl")
    road = filed(text=ROAD)

    found = codes(appeal_search(user=world.executor_a, query=query))

    assert found == {latin.tracking_code, cyrillic.tracking_code}
    assert road.tracking_code not in found


def test_a_word_finds_its_suffixed_forms_and_all_words_are_required(world, filed):
    waste = filed(text="Chiqindilarni olib ketishmayapti, konteynerlar to‘lib ketgan.")
    filed(text="Konteynerlar yangi, lekin ko‘cha chiroqlari yonmaydi.")

    assert codes(appeal_search(user=world.executor_a, query="chiqindi konteyner")) == {waste.tracking_code}


def test_the_subject_counts_and_ranks_above_a_mention_in_the_text(world, filed):
    # Filed first, so that a tie broken by newest-first would put it last.
    in_subject = filed(summary="Gaz yo‘q", text="Uch kundan beri uyimizda umuman yo‘q, bolalar sovqotmoqda.")
    in_text = filed(summary="Murojaat", text="Yo‘l buzilgan, yonida gaz quvuri ham bor, tekshirib bering.")
    for _ in range(3):  # ranking weighs how rare a word is; it needs other texts to compare with
        filed(text=ROAD)

    hits = appeal_search(user=world.executor_a, query="gaz")

    assert [h.appeal.tracking_code for h in hits] == [in_subject.tracking_code, in_text.tracking_code]
    assert hits[0].rank > hits[1].rank


def test_an_official_never_finds_another_bodys_appeal(world, filed):
    in_a = filed(text=LATIN_WASTE, territory=world.district_a.soato)
    in_b = filed(text=CYRILLIC_WASTE, territory=world.district_b.soato, addressed_to=world.body_b.code)

    assert codes(appeal_search(user=world.executor_a, query="chiqindi")) == {in_a.tracking_code}
    assert codes(appeal_search(user=world.executor_b, query="chiqindi")) == {in_b.tracking_code}
    # The regional supervisor oversees both districts.
    assert codes(appeal_search(user=world.supervisor, query="chiqindi")) == {in_a.tracking_code, in_b.tracking_code}
    # A citizen holds no role in any body.
    assert appeal_search(user=world.citizen, query="chiqindi") == []


def test_the_snippet_marks_the_match_in_the_applicants_script_and_escapes_the_rest(world, filed):
    filed(text="<script>alert(1)</script> Маҳалламиздаги чиқинди & ахлат олиб кетилмаяпти.")

    (hit,) = appeal_search(user=world.executor_a, query="chiqindi")

    assert "<mark>чиқинди</mark>" in hit.snippet
    assert "&lt;script&gt;" in hit.snippet and "<script>" not in hit.snippet
    assert "&amp; ахлат" in hit.snippet
    assert hit.snippet.count("<mark>") == 1


def test_a_long_text_is_cut_around_the_first_match(world, filed):
    text = " ".join(["Hurmatli hokim,"] * 40) + " bizning ko‘chada chiqindi yig‘ilib qoldi. " + "Rahmat. " * 40
    filed(text=text)

    (hit,) = appeal_search(user=world.executor_a, query="chiqindi")

    assert hit.snippet.startswith("…") and hit.snippet.endswith("…")
    assert "<mark>chiqindi</mark>" in hit.snippet
    assert len(hit.snippet) < 300


def test_reindex_rebuilds_the_index_from_the_appeals(world, filed):
    appeal = filed(text=CYRILLIC_WASTE)
    AppealSearchIndex.objects.all().delete()
    assert appeal_search(user=world.executor_a, query="chiqindi") == []

    call_command("search", "reindex", verbosity=0)

    assert codes(appeal_search(user=world.executor_a, query="chiqindi")) == {appeal.tracking_code}


def test_the_api_answers_officials_only(world, filed):
    appeal = filed(text=CYRILLIC_WASTE, summary="Чиқинди")
    client = Client()
    token = api_token(client, world.executor_a, PASSWORD)

    response = client.get("/api/v1/search", {"q": "chiqindi"}, HTTP_AUTHORIZATION=f"Bearer {token}")
    anonymous = Client().get("/api/v1/search", {"q": "chiqindi"})
    citizen = Client()
    citizen.force_login(world.citizen)

    assert response.status_code == 200, response.content
    (row,) = response.json()
    assert row["tracking_code"].replace("-", "") == appeal.tracking_code
    assert row["summary"] == "Чиқинди" and row["status"] == "received"
    assert "<mark>чиқинди</mark>" in row["snippet"] and row["rank"] > 0
    assert anonymous.status_code == 401
    assert citizen.get("/api/v1/search", {"q": "chiqindi"}).status_code == 404
    assert client.get("/api/v1/search", HTTP_AUTHORIZATION=f"Bearer {token}").json() == []


def test_the_ranking_query_runs_where_the_router_reads_the_search_index(world, filed, monkeypatch):
    """With a replica, the raw ranking SQL goes to it, as the ORM's reads of
    the index do (core/db_router.py); here a stand-in "replica" alias is the
    test database itself, so the search still finds what was filed."""
    from django.db import connection

    from murojaat.core import db_router
    from murojaat.search import query as search_query

    asked, used = [], []

    def read_alias(model):
        asked.append(model)
        return "replica"

    class Connections:
        def __getitem__(self, alias):
            used.append(alias)
            return connection

    monkeypatch.setattr(db_router, "read_alias", read_alias)
    monkeypatch.setattr(search_query, "connections", Connections())
    latin = filed(text=LATIN_WASTE)

    found = codes(appeal_search(user=world.executor_a, query="chiqindi"))

    assert found == {latin.tracking_code}
    assert asked == [AppealSearchIndex] and used == ["replica"]
