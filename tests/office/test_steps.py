"""Each step through its page: it succeeds and says so, or the lifecycle
refuses it, the page says why and the appeal is as it was."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from murojaat.appeals import actions, lifecycle
from murojaat.appeals.models import Appeal, Status
from murojaat.office.models import AnswerTemplate
from tests.appeals.factories import take_to_answer
from tests.office.helpers import appeals

ANSWER = "Yo‘lingiz 2026-yil iyun oyida ta’mirlanadi. Murojaatingiz uchun rahmat."


def url(appeal, action, query=""):
    return reverse("office:step", args=[appeal.tracking_code, action]) + query


def appeal_page(appeal):
    return reverse("office:appeal", args=[appeal.tracking_code])


def snapshot(appeal) -> dict:
    row = Appeal.objects.get(pk=appeal.pk)
    return {f.attname: getattr(row, f.attname) for f in Appeal._meta.concrete_fields}


def registered(world):
    appeal = appeals(world, 1)[0]
    actions.appeal_register(appeal=appeal, actor=world.registrar_a)
    return appeal


def in_progress(world):
    appeal = registered(world)
    actions.appeal_assign(appeal=appeal, actor=world.registrar_a, executor=world.executor_a)
    return appeal


@pytest.fixture
def before():
    """`before(appeal)` then `unchanged()`: the appeal was left as it was."""
    state = {}

    def take(appeal):
        state["appeal"], state["row"] = appeal, snapshot(appeal)

    take.unchanged = lambda: snapshot(state["appeal"]) == state["row"]
    return take


# --- register and close: buttons on the appeal page ------------------------


def test_it_registers_from_the_appeal_page(signed_in, world):
    appeal = appeals(world, 1)[0]
    response = signed_in(world.registrar_a).post(url(appeal, "register"), follow=True)
    assert response.redirect_chain[-1][0] == appeal_page(appeal)
    assert "The appeal is registered." in response.content.decode()
    appeal.refresh_from_db()
    assert appeal.status == Status.REGISTERED


def test_it_refuses_registration_by_an_executor(signed_in, world, before):
    appeal = appeals(world, 1)[0]
    before(appeal)
    response = signed_in(world.executor_a).post(url(appeal, "register"), follow=True)
    assert (
        "Your role in" in response.content.decode()
        and "does not allow this step." in response.content.decode()
    )
    assert before.unchanged()


def test_it_closes_an_answered_appeal(signed_in, world):
    appeal = take_to_answer(world, appeals(world, 1)[0])
    response = signed_in(world.executor_a).post(url(appeal, "close"), follow=True)
    assert "The appeal is closed." in response.content.decode()
    appeal.refresh_from_db()
    assert appeal.status == Status.CLOSED


def test_it_refuses_to_close_an_appeal_not_answered(signed_in, world, before):
    appeal = in_progress(world)
    before(appeal)
    response = signed_in(world.head_a).post(url(appeal, "close"), follow=True)
    assert "“close” is not possible while the appeal is “under consideration”." in response.content.decode()
    assert before.unchanged()


def test_it_needs_a_post_to_take_a_step(signed_in, world):
    appeal = appeals(world, 1)[0]
    response = signed_in(world.registrar_a).get(url(appeal, "register"))
    assert response.status_code == 302
    appeal.refresh_from_db()
    assert appeal.status == Status.RECEIVED


# --- forward -----------------------------------------------------------------


def test_it_finds_bodies_by_search_without_javascript(signed_in, world):
    appeal = appeals(world, 1)[0]
    client = signed_in(world.registrar_a)
    suggested = client.get(url(appeal, "forward")).content.decode()
    assert world.regional_hokimiyat.name in suggested  # the supervising body
    assert f'value="{world.body_a.code}"' not in suggested  # not the body that has it
    found = client.get(url(appeal, "forward", "?q=koson")).content.decode()
    assert f'value="{world.body_b.code}"' in found
    assert f'value="{world.gas_supplier.code}"' not in found
    assert "1 body matches “koson”." in found
    # Typed in Cyrillic, found in Latin.
    assert f'value="{world.body_b.code}"' in client.get(url(appeal, "forward", "?q=Косон")).content.decode()
    # An apostrophe as people type it.
    assert (
        f'value="{world.gas_supplier.code}"'
        in client.get(url(appeal, "forward", "?q=hududgaz")).content.decode()
    )


def test_it_forwards_to_the_chosen_body(signed_in, world):
    appeal = appeals(world, 1)[0]
    client = signed_in(world.registrar_a)
    response = client.post(
        url(appeal, "forward", "?q=koson"), {"to": world.body_b.code, "reason": "Koson tumani."}, follow=True
    )
    appeal.refresh_from_db()
    assert appeal.organisation == world.body_b
    # The appeal left this official's bodies: back to the inbox.
    assert response.redirect_chain[-1][0] == reverse("office:inbox")
    assert "The appeal was forwarded to" in response.content.decode()


def test_it_asks_for_a_body_when_none_is_chosen(signed_in, world, before):
    appeal = appeals(world, 1)[0]
    before(appeal)
    response = signed_in(world.registrar_a).post(url(appeal, "forward"), {"reason": "x"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Error:" in html and "Choose the body to forward to." in html
    assert ">\nx</textarea>" in html  # what was typed is kept
    assert before.unchanged()


def test_it_refuses_a_forward_by_an_executor(signed_in, world, before):
    appeal = appeals(world, 1)[0]
    before(appeal)
    client = signed_in(world.executor_a)
    assert client.get(url(appeal, "forward")).status_code == 302  # no form for a step not open
    response = client.post(url(appeal, "forward", "?q=koson"), {"to": world.body_b.code})
    assert "does not allow this step." in response.content.decode()
    assert before.unchanged()


# --- assign ------------------------------------------------------------------


def test_it_assigns_an_executor_of_the_body(signed_in, world):
    appeal = registered(world)
    client = signed_in(world.registrar_a)
    form = client.get(url(appeal, "assign")).content.decode()
    assert f'value="{world.executor_a.username}"' in form and f'value="{world.head_a.username}"' in form
    assert f'value="{world.executor_b.username}"' not in form
    response = client.post(url(appeal, "assign"), {"executor": world.executor_a.username}, follow=True)
    assert "Executor_A is now the executor." in response.content.decode()
    appeal.refresh_from_db()
    assert appeal.assignee == world.executor_a and appeal.status == Status.IN_PROGRESS


def test_it_refuses_to_assign_someone_not_offered(signed_in, world, before):
    appeal = registered(world)
    before(appeal)
    response = signed_in(world.registrar_a).post(
        url(appeal, "assign"), {"executor": world.executor_b.username}
    )
    assert "Select a valid choice." in response.content.decode() or "Choose" in response.content.decode()
    assert before.unchanged()


# --- extend, extra study, further study --------------------------------------


def test_it_extends_the_deadline(signed_in, world):
    appeal = in_progress(world)
    until = timezone.localdate(appeal.due_at) + timedelta(days=10)
    response = signed_in(world.head_a).post(
        url(appeal, "extend"), {"until": until.isoformat(), "reason": "Ekspertiza kerak."}, follow=True
    )
    assert "The deadline is extended." in response.content.decode()
    appeal.refresh_from_db()
    assert timezone.localdate(appeal.extended_until) >= until


def test_it_refuses_an_extension_beyond_a_month(signed_in, world, before):
    appeal = in_progress(world)
    before(appeal)
    until = timezone.localdate(appeal.due_at) + timedelta(days=60)
    response = signed_in(world.head_a).post(
        url(appeal, "extend"), {"until": until.isoformat(), "reason": "Uzoq."}
    )
    assert response.status_code == 200
    assert "<title>Error:" in response.content.decode()
    assert before.unchanged()


def test_it_refuses_an_extension_by_a_registrar(signed_in, world, before):
    appeal = in_progress(world)
    before(appeal)
    until = timezone.localdate(appeal.due_at) + timedelta(days=5)
    response = signed_in(world.registrar_a).post(
        url(appeal, "extend"), {"until": until.isoformat(), "reason": "x"}
    )
    assert "does not allow this step." in response.content.decode()
    assert before.unchanged()


def test_it_sets_the_term_for_extra_study(signed_in, world):
    appeal = in_progress(world)
    response = signed_in(world.head_a).post(
        url(appeal, "set_extra_study"), {"reason": "Tekshiruv kerak."}, follow=True
    )
    assert "The term is now one month." in response.content.decode()
    appeal.refresh_from_db()
    assert appeal.term == "extra_study"


def test_it_refuses_extra_study_for_a_suggestion(signed_in, world, before):
    appeal = in_progress(world)
    Appeal.objects.filter(pk=appeal.pk).update(kind="suggestion")
    before(appeal)
    response = signed_in(world.head_a).post(url(appeal, "set_extra_study"), {"reason": "Tekshiruv kerak."})
    assert "A suggestion already has one month" in response.content.decode()
    assert before.unchanged()


def test_it_tells_of_further_study_for_a_suggestion_only(signed_in, world, before):
    suggestion, complaint = in_progress(world), in_progress(world)
    Appeal.objects.filter(pk=suggestion.pk).update(kind="suggestion")
    client = signed_in(world.executor_a)
    done = client.post(url(suggestion, "notify_further_study"), {"note": ""}, follow=True)
    assert "needs further study" in done.content.decode()
    suggestion.refresh_from_db()
    assert suggestion.further_study_notified_at is not None
    before(complaint)
    refused = client.post(url(complaint, "notify_further_study"), {"note": ""})
    assert "Only suggestions are studied further" in refused.content.decode()
    assert before.unchanged()


# --- answer ------------------------------------------------------------------


def test_it_answers_with_a_template_to_start_from(signed_in, world):
    appeal = in_progress(world)
    template = AnswerTemplate.objects.create(organisation=world.body_a, title="Yo‘l ta’miri", text=ANSWER)
    AnswerTemplate.objects.create(organisation=world.body_b, title="Boshqa tuman", text="Koson javobi")
    client = signed_in(world.executor_a)
    form = client.get(url(appeal, "answer")).content.decode()
    assert "Yo‘l ta’miri" in form and "Boshqa tuman" not in form
    prefilled = client.get(url(appeal, "answer", f"?template={template.pk}")).content.decode()
    assert ANSWER in prefilled[prefilled.index("<textarea") :]
    response = client.post(url(appeal, "answer"), {"text": ANSWER, "form": "electronic"}, follow=True)
    assert "The answer is sent to the applicant." in response.content.decode()
    appeal.refresh_from_db()
    assert appeal.status == Status.ANSWERED and appeal.answer_text == ANSWER


def test_it_refuses_a_too_short_answer_and_keeps_it(signed_in, world, before):
    appeal = in_progress(world)
    before(appeal)
    response = signed_in(world.executor_a).post(url(appeal, "answer"), {"text": "Ha.", "form": "electronic"})
    html = response.content.decode()
    assert "Too short." in html and "Write the answer (at least 10 characters)." in html
    assert ">\nHa.</textarea>" in html
    assert before.unchanged()


def test_it_refuses_an_answer_by_an_executor_not_assigned(signed_in, world, before):
    appeal = in_progress(world)
    from murojaat.accounts.models import Membership, Role

    other = type(world.executor_a).objects.create_user(username="executor_a2", password="x")
    Membership.objects.create(user=other, organisation=world.body_a, role=Role.EXECUTOR)
    before(appeal)
    response = signed_in(other).post(url(appeal, "answer"), {"text": ANSWER, "form": "electronic"})
    assert "Only the assigned executor or the head may answer this appeal." in response.content.decode()
    assert before.unchanged()


# --- leave without consideration ----------------------------------------------

CONCLUSION = "Murojaatda ism va yashash joyi ko‘rsatilmagan, javob berish imkoni yo‘q."


def test_it_leaves_without_consideration_with_a_conclusion(signed_in, world):
    appeal = registered(world)
    response = signed_in(world.head_a).post(
        url(appeal, "leave_without_consideration"),
        {"reason": "anonymous", "conclusion": CONCLUSION},
        follow=True,
    )
    assert "left without consideration" in response.content.decode()
    appeal.refresh_from_db()
    assert appeal.status == Status.LEFT_WITHOUT_CONSIDERATION and appeal.conclusion == CONCLUSION


def test_it_refuses_to_leave_without_consideration_with_a_short_conclusion(signed_in, world, before):
    appeal = registered(world)
    before(appeal)
    response = signed_in(world.head_a).post(
        url(appeal, "leave_without_consideration"), {"reason": "anonymous", "conclusion": "Yo‘q."}
    )
    assert "Write the conclusion (at least 20 characters)." in response.content.decode()
    assert before.unchanged()


# --- repeated and merged ---------------------------------------------------------


def test_it_marks_a_repeat_of_an_earlier_appeal(signed_in, world):
    earlier, later = appeals(world, 2)
    client = signed_in(world.registrar_a)
    form = client.get(url(later, "mark_repeated", f"?code={earlier.tracking_code}")).content.decode()
    assert f'value="{earlier.tracking_code}"' in form
    response = client.post(url(later, "mark_repeated"), {"tracking_code": earlier.tracking_code}, follow=True)
    assert "marked as a repeat of" in response.content.decode()
    later.refresh_from_db()
    assert later.is_repeated and later.repeated_of == earlier


def test_it_refuses_to_mark_a_repeat_of_an_appeal_it_cannot_see(signed_in, world, before):
    later = appeals(world, 1)[0]
    before(later)
    response = signed_in(world.registrar_a).post(
        url(later, "mark_repeated"), {"tracking_code": "AAAA-AAAA-AAAA"}
    )
    assert "No such appeal among those you can see." in response.content.decode()
    assert before.unchanged()


def test_it_merges_a_duplicate(signed_in, world):
    first, duplicate = appeals(world, 2)
    response = signed_in(world.head_a).post(
        url(duplicate, "merge"), {"tracking_code": first.tracking_code}, follow=True
    )
    assert "merged into" in response.content.decode()
    duplicate.refresh_from_db()
    assert duplicate.status == Status.MERGED and duplicate.merged_into == first


def test_it_refuses_to_merge_an_appeal_into_itself(signed_in, world, before):
    appeal = appeals(world, 1)[0]
    before(appeal)
    response = signed_in(world.head_a).post(url(appeal, "merge"), {"tracking_code": appeal.tracking_code})
    assert "Choose another appeal to merge with." in response.content.decode()
    assert before.unchanged()


def test_it_shows_a_refusal_in_the_reader_s_language(signed_in, world, before):
    appeal = in_progress(world)
    before(appeal)
    client = signed_in(world.head_a)
    response = client.post(url(appeal, "close"), follow=True, HTTP_ACCEPT_LANGUAGE="ru")
    assert '<html lang="ru"' in response.content.decode()
    from django.utils import translation

    with translation.override("ru"):
        expected = str(lifecycle.ACTION_LABELS["close"])
    assert expected in response.content.decode()
    assert before.unchanged()


def test_it_has_a_page_for_every_step_a_role_may_take(signed_in, world):
    from murojaat.office.step_pages import STEPS

    assert set(STEPS) >= {
        n for n, t in lifecycle.TRANSITIONS.items() if not t.by_applicant and not t.by_system_only
    }
