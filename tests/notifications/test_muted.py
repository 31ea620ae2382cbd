from murojaat.notifications.models import Notification
from murojaat.notifications.services import muted
from tests.appeals.factories import file_appeal, take_to_answer


def test_replayed_history_messages_nobody(world):
    with muted():
        take_to_answer(world, file_appeal(world).appeal)
    assert not Notification.objects.exists()
    file_appeal(world, text="Ikkinchi murojaat: ariq tozalanmagan, yordam bering.")
    assert Notification.objects.filter(event="received").exists()


def test_two_extensions_are_two_messages(world):
    from murojaat.appeals import actions
    from tests.appeals.factories import local

    appeal = file_appeal(world, at=local(2026, 6, 1, 10)).appeal
    actions.appeal_register(appeal=appeal, actor=world.registrar_a)
    actions.appeal_set_extra_study(appeal=appeal, actor=world.head_a, reason="Joyida o‘rganish")
    actions.appeal_extend(appeal=appeal, actor=world.head_a, until=local(2026, 7, 20).date(), reason="Ekspertiza")
    assert Notification.objects.filter(appeal=appeal, event="extended", channel="sms").count() == 2
