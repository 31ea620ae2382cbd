"""What a message says (notifications/messages.py)."""

import pytest

from murojaat.notifications.messages import SMS, render


@pytest.mark.parametrize(
    ("language", "ground"),
    [
        ("en", "anonymous: no name or residence, or false data"),
        ("uz", "anonim: ismi yoki yashash joyi ko‘rsatilmagan yoxud soxta ma’lumotlar"),
        ("uz-cyrl", "аноним: исми ёки яшаш жойи кўрсатилмаган ёхуд сохта маълумотлар"),
        ("ru", "анонимное: не указаны имя или место жительства либо ложные сведения"),
    ],
)
def test_leaving_without_consideration_names_the_ground_in_the_readers_words(language, ground):
    # The context keeps the ground's code (it is stored on the row); the
    # message names it in the reader's language when it is sent.
    message = render(event="left_without_consideration", language=language, channel=SMS,
                     context={"tracking_code": "ABC-DEF", "reason": "anonymous"})
    assert message.body.endswith(ground)


def test_a_ground_without_a_label_is_shown_as_given():
    message = render(event="left_without_consideration", language="en", channel=SMS,
                     context={"tracking_code": "ABC-DEF", "reason": "written by hand"})
    assert message.body.endswith("Reason: written by hand")
