"""The inbox: what needs action, filters, sorting, pages, bulk assignment."""

import re
from datetime import timedelta

import time_machine
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from murojaat.appeals import actions
from murojaat.appeals.models import Appeal, Status
from tests.appeals.factories import file_appeal, take_to_answer
from tests.office.helpers import appeals, due_in

INBOX = reverse("office:inbox")


def codes_on(response) -> list[str]:
    return re.findall(r'href="/office/appeals/([0-9A-Z]+)/"', response.content.decode())


def count_of(response, key: str) -> int:
    match = re.search(
        rf'data-count="{key}"><span class="figure__number">(\d+)</span>', response.content.decode()
    )
    return int(match.group(1))


def test_it_opens_on_the_counts_of_what_needs_action(signed_in, world):
    # At noon, so "in five minutes" is today and "in a day" is tomorrow wherever CI runs it.
    with time_machine.travel(timezone.localtime().replace(hour=12, minute=0), tick=True):
        overdue, today, tomorrow, later = appeals(world, 4)
        due_in(overdue, days=-2)
        due_in(today, minutes=5)
        due_in(tomorrow, days=1)
        due_in(later, days=10)
        response = signed_in(world.registrar_a).get(INBOX)
        assert response.status_code == 200
        assert count_of(response, "overdue") == 1
        assert count_of(response, "tomorrow") == 1
        assert count_of(response, "today") == 1
        # Each count is a link that applies its filter.
        html = response.content.decode()
        assert 'href="/office/?status=open&amp;due=overdue"' in html
        filtered = signed_in(world.registrar_a).get(INBOX + "?status=open&due=overdue")
        assert codes_on(filtered) == [overdue.tracking_code]
        assert codes_on(signed_in(world.registrar_a).get(INBOX + "?due=tomorrow")) == [tomorrow.tracking_code]


def test_it_shows_open_appeals_unless_asked_for_others(signed_in, world):
    open_one, answered = appeals(world, 2)
    take_to_answer(world, answered)
    client = signed_in(world.registrar_a)
    assert codes_on(client.get(INBOX)) == [open_one.tracking_code]
    assert codes_on(client.get(INBOX + "?status=answered")) == [answered.tracking_code]
    assert set(codes_on(client.get(INBOX + "?status=all"))) == {
        open_one.tracking_code,
        answered.tracking_code,
    }


def test_it_filters_by_kind_category_and_territory(signed_in, world):
    complaint, suggestion = appeals(world, 2)
    Appeal.objects.filter(pk=suggestion.pk).update(kind="suggestion")
    gas = file_appeal(
        world,
        category=world.gas.code,
        text="Gaz bosimi juda past, uyda isitish yo‘q. Iltimos yordam bering.",
        full_name="Gaz Egasi",
        phone="+998 91 111 11 11",
        email="gaz@example.uz",
    ).appeal
    Appeal.objects.filter(pk=gas.pk).update(organisation=world.body_a)
    client = signed_in(world.registrar_a)
    assert codes_on(client.get(INBOX + "?kind=suggestion")) == [suggestion.tracking_code]
    assert codes_on(client.get(INBOX + f"?category={world.gas.code}")) == [gas.tracking_code]
    # A group of categories takes in its subcategories.
    assert codes_on(client.get(INBOX + "?category=utilities")) == [gas.tracking_code]
    assert len(codes_on(client.get(INBOX + f"?territory={world.district_a.soato}"))) == 3
    assert len(codes_on(client.get(INBOX + f"?territory={world.region.soato}"))) == 3
    Appeal.objects.filter(pk=complaint.pk).update(territory=world.district_b)
    assert codes_on(client.get(INBOX + f"?territory={world.district_b.soato}")) == [complaint.tracking_code]


def test_it_keeps_the_filters_chosen_in_the_form(signed_in, world):
    appeals(world, 1)
    html = signed_in(world.registrar_a).get(INBOX + "?kind=complaint&due=overdue").content.decode()
    assert '<option value="complaint" selected>' in html
    assert '<option value="overdue" selected>' in html


def test_it_ignores_a_filter_value_it_does_not_know(signed_in, world):
    appeals(world, 2)
    response = signed_in(world.registrar_a).get(INBOX + "?kind=nonsense&due=someday")
    assert response.status_code == 200
    assert len(codes_on(response)) == 2


def test_it_sorts_by_deadline_and_by_receipt_both_ways(signed_in, world):
    first, second, third = appeals(world, 3)
    due_in(first, days=9)
    due_in(second, days=3)
    due_in(third, days=6)
    client = signed_in(world.registrar_a)
    by_due = client.get(INBOX)
    assert codes_on(by_due) == [second.tracking_code, third.tracking_code, first.tracking_code]
    assert 'aria-sort="ascending"><a href="/office/?status=open&amp;sort=-due_at"' in by_due.content.decode()
    assert codes_on(client.get(INBOX + "?sort=-due_at")) == [
        first.tracking_code,
        third.tracking_code,
        second.tracking_code,
    ]
    newest_first = client.get(INBOX + "?sort=-received_at")
    assert codes_on(newest_first) == [third.tracking_code, second.tracking_code, first.tracking_code]
    assert 'aria-sort="descending"' in newest_first.content.decode()
    assert codes_on(client.get(INBOX + "?sort=received_at")) == [
        first.tracking_code,
        second.tracking_code,
        third.tracking_code,
    ]


def test_it_shows_twenty_five_a_page_and_links_the_next(signed_in, world):
    made = appeals(world, 27)
    client = signed_in(world.registrar_a)
    first = client.get(INBOX + "?sort=received_at")
    assert len(codes_on(first)) == 25
    html = first.content.decode()
    assert "Page 1 of 2" in html
    assert 'href="/office/?status=open&amp;sort=received_at&amp;page=2" rel="next"' in html
    second = client.get(INBOX + "?sort=received_at&page=2")
    assert codes_on(second) == [a.tracking_code for a in made[25:]]
    assert client.get(INBOX + "?page=99").status_code == 200


def test_it_keeps_its_query_count_whatever_the_number_of_rows(signed_in, world):
    client = signed_in(world.registrar_a)
    appeals(world, 2)
    client.get(INBOX)
    with CaptureQueriesContext(connection) as few:
        client.get(INBOX)
    more = appeals(world, 20)
    for appeal in more[:10]:
        actions.appeal_register(appeal=appeal, actor=world.registrar_a)
        actions.appeal_assign(appeal=appeal, actor=world.registrar_a, executor=world.executor_a)
    with CaptureQueriesContext(connection) as many:
        response = client.get(INBOX)
    assert len(codes_on(response)) == 22
    assert len(many) == len(few)
    # session, user, second-factor device, memberships (visible bodies, roles),
    # counts, categories, territories, executors, page count, page rows.
    assert len(many) == 12, [q["sql"] for q in many.captured_queries]


def test_it_assigns_several_appeals_at_once_and_says_what_was_refused(signed_in, world):
    one, two, answered = appeals(world, 3)
    take_to_answer(world, answered)
    for appeal in (one, two):
        actions.appeal_register(appeal=appeal, actor=world.registrar_a)
    elsewhere = file_appeal(
        world,
        territory=world.district_b.soato,
        full_name="Koson Odam",
        phone="+998 93 333 33 33",
        email="k@example.uz",
        text="Koson tumanida ko‘cha chiroqlari yonmayapti, qorong‘i.",
    ).appeal
    client = signed_in(world.registrar_a)
    page = client.get(INBOX)
    assert f'value="{world.executor_a.username}"' in page.content.decode()
    assert 'name="appeals"' in page.content.decode()
    response = client.post(
        reverse("office:bulk_assign"),
        {
            "appeals": [
                one.tracking_code,
                two.tracking_code,
                answered.tracking_code,
                elsewhere.tracking_code,
            ],
            "executor": world.executor_a.username,
            "next": INBOX + "?kind=complaint",
        },
        follow=True,
    )
    assert response.redirect_chain[-1][0] == INBOX + "?kind=complaint"
    html = response.content.decode()
    for appeal in (one, two):
        appeal.refresh_from_db()
        assert appeal.assignee == world.executor_a and appeal.status == Status.IN_PROGRESS
    assert "Assigned to Executor_A" in html
    assert "not assigned: “assign” is not possible while the appeal is “answered”." in html
    assert "not assigned: No such appeal among yours." in html
    answered.refresh_from_db()
    assert answered.status == Status.ANSWERED
    elsewhere.refresh_from_db()
    assert elsewhere.assignee is None


def test_it_refuses_bulk_assignment_to_someone_outside_the_body(signed_in, world):
    one = appeals(world, 1)[0]
    actions.appeal_register(appeal=one, actor=world.registrar_a)
    response = signed_in(world.registrar_a).post(
        reverse("office:bulk_assign"),
        {"appeals": [one.tracking_code], "executor": world.executor_b.username},
        follow=True,
    )
    assert (
        "The executor must be an executor or the head of the body that has the appeal."
        in response.content.decode()
    )
    one.refresh_from_db()
    assert one.assignee is None and one.status == Status.REGISTERED


def test_it_asks_to_choose_appeals_and_an_executor(signed_in, world):
    one = appeals(world, 1)[0]
    client = signed_in(world.registrar_a)
    nothing = client.post(reverse("office:bulk_assign"), {"executor": world.executor_a.username}, follow=True)
    assert "Choose at least one appeal to assign." in nothing.content.decode()
    nobody = client.post(reverse("office:bulk_assign"), {"appeals": [one.tracking_code]}, follow=True)
    assert "Choose the executor." in nobody.content.decode()


def test_it_offers_no_bulk_assignment_to_an_executor(signed_in, world):
    appeals(world, 1)
    html = signed_in(world.executor_a).get(INBOX).content.decode()
    assert 'name="appeals"' not in html
    assert "Assign selected" not in html


def test_it_shows_a_supervisor_the_appeals_of_the_bodies_below(signed_in, world):
    a = appeals(world, 1)[0]
    b = file_appeal(
        world,
        territory=world.district_b.soato,
        full_name="Koson Odam",
        phone="+998 93 333 33 33",
        email="k@example.uz",
        text="Koson tumanida ko‘cha chiroqlari yonmayapti, qorong‘i.",
    ).appeal
    assert set(codes_on(signed_in(world.supervisor).get(INBOX))) == {a.tracking_code, b.tracking_code}


def test_it_tags_overdue_rows(signed_in, world):
    late = due_in(appeals(world, 1)[0], days=-1)
    html = signed_in(world.registrar_a).get(INBOX).content.decode()
    row = html[html.index(late.tracking_code) :]
    assert "tag--overdue" in row[: row.index("</tr>")]
    assert late.effective_due_at < late.received_at + timedelta(days=365)


def test_the_page_and_the_api_give_the_same_appeals_and_counts_for_the_same_filters(signed_in, world):
    from django.test import Client

    from murojaat.appeals import codes, lifecycle
    from tests.accounts.helpers import api_token
    from tests.conftest import PASSWORD

    with time_machine.travel(timezone.localtime().replace(hour=12, minute=0), tick=True):
        mine, overdue, answered = appeals(world, 3)
        elsewhere, suggestion = appeals(world, 2, territory=world.district_b.soato)
        Appeal.objects.filter(pk=suggestion.pk).update(kind="suggestion")
        due_in(overdue, days=-1)
        due_in(elsewhere, minutes=5)
        due_in(suggestion, days=1)
        actions.appeal_register(appeal=mine, actor=world.registrar_a)
        actions.appeal_assign(appeal=mine, actor=world.registrar_a, executor=world.executor_a)
        take_to_answer(world, answered)
        official = world.supervisor
        api = Client()
        bearer = {"HTTP_AUTHORIZATION": f"Bearer {api_token(api, official, PASSWORD)}"}
        page = signed_in(official)
        open_statuses = "&".join(f"status={s}" for s in lifecycle.OPEN)
        # (the page's query string, the API's) for the same question.
        same = [
            ("?status=open", "?" + open_statuses),
            ("?status=all", "?"),
            ("?status=answered", "?status=answered"),
            ("?status=all&due=overdue", "?due=overdue"),
            ("?status=all&due=week&sort=-due_at", "?due=week&sort=-due_at"),
            ("?status=all&category=roads-transport", "?category=roads-transport"),
            ("?status=all&category=road-repair&sort=received_at", "?category=road-repair&sort=received_at"),
            (f"?status=all&territory={world.region.soato}", f"?territory={world.region.soato}"),
            (f"?status=open&territory={world.district_b.soato}", f"?{open_statuses}&territory={world.district_b.soato}"),
            ("?status=all&kind=suggestion", "?kind=suggestion"),
        ]
        for page_query, api_query in same:
            shown = codes_on(page.get(INBOX + page_query))
            listed = api.get("/api/v1/appeals" + api_query, **bearer).json()
            assert shown and shown == [codes.normalise(i["tracking_code"]) for i in listed["items"]], page_query
            assert listed["count"] == len(shown), page_query
        inbox = page.get(INBOX)
        summary = api.get("/api/v1/appeals/summary", **bearer).json()
        assert (summary["overdue"], summary["due_today"], summary["due_tomorrow"]) == (
            count_of(inbox, "overdue"),
            count_of(inbox, "today"),
            count_of(inbox, "tomorrow"),
        ) == (1, 1, 1)
        assert summary["open"] == 4

        executor = world.executor_a
        bearer = {"HTTP_AUTHORIZATION": f"Bearer {api_token(api, executor, PASSWORD)}"}
        shown = codes_on(signed_in(executor).get(INBOX + "?status=all&mine=on"))
        listed = api.get("/api/v1/appeals?assigned_to_me=true", **bearer).json()["items"]
        assert shown == [codes.normalise(i["tracking_code"]) for i in listed]
        assert set(shown) == {mine.tracking_code, answered.tracking_code}
