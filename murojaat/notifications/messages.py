"""What each notification says, in the reader's language.

One table entry per event: a subject, a short `text` (the whole SMS, and the
first paragraph of the e-mail, so it always carries the tracking code) and an
optional `more` paragraph for e-mail only. Strings are English sources marked
with gettext_noop and translated at render time under the notification's
language, so a message queued today is worded with the catalogs of the day it
is sent.

Contexts hold plain values only (they are stored as JSON on the row):
tracking_code, due_date (ISO date), body_name (already in the reader's
language), reason (a code with a registered label, or text), rating, merged_into. A key a message needs but the context
lacks renders as empty text rather than failing the send.

Uzbek in Cyrillic script: while a string has no entry in a Cyrillic catalog we
render the Uzbek Latin entry and transliterate it (placeholders untouched).
Karakalpak has no catalog yet; Django then falls back to the default language,
Uzbek Latin, which Karakalpak readers read.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from django.utils.translation import gettext, gettext_noop, override

from murojaat.language.scripts import is_cyrillic, latin_to_cyrillic

SMS = "sms"


@dataclass(frozen=True)
class Template:
    subject: str
    text: str
    more: str = ""


@dataclass(frozen=True)
class Message:
    subject: str
    body: str


APPLICANT_MESSAGES = {
    "received": Template(
        gettext_noop("Your appeal %(tracking_code)s has been received"),
        gettext_noop("Appeal %(tracking_code)s received. Answer due by %(due_date)s."),
        gettext_noop(
            "Keep the tracking code and the access key you were given: with them you can follow "
            "your appeal and read the answer on the Murojaat portal."
        ),
    ),
    "registered": Template(
        gettext_noop("Your appeal %(tracking_code)s has been registered"),
        gettext_noop("Appeal %(tracking_code)s registered by %(body_name)s. Answer due by %(due_date)s."),
    ),
    "forwarded": Template(
        gettext_noop("Your appeal %(tracking_code)s was sent to another body"),
        gettext_noop("Appeal %(tracking_code)s was sent to %(body_name)s. Answer due by %(due_date)s."),
        gettext_noop(
            "The body it was sent to can decide on it. By law the time for an answer counts from the "
            "day that body receives the appeal, so the count has started again."
        ),
    ),
    "extended": Template(
        gettext_noop("More time to answer your appeal %(tracking_code)s"),
        gettext_noop("Appeal %(tracking_code)s: the answer is now due by %(due_date)s."),
        gettext_noop("Reason: %(reason)s"),
    ),
    "further_study": Template(
        gettext_noop("Your suggestion %(tracking_code)s is being studied further"),
        gettext_noop("Suggestion %(tracking_code)s is being studied further. You will be told the result."),
    ),
    "answered": Template(
        gettext_noop("The answer to your appeal %(tracking_code)s is ready"),
        gettext_noop(
            "Appeal %(tracking_code)s is answered. Read the answer and rate it on the Murojaat portal."
        ),
        gettext_noop(
            "On the portal choose “My appeal” and enter the tracking code and your access key. "
            "If you disagree with the answer, you can contest it with the supervising body."
        ),
    ),
    "left_without_consideration": Template(
        gettext_noop("Your appeal %(tracking_code)s was left without consideration"),
        gettext_noop("Appeal %(tracking_code)s was left without consideration. Reason: %(reason)s"),
    ),
    "merged": Template(
        gettext_noop("Your appeal %(tracking_code)s is considered with another one"),
        gettext_noop(
            "Appeal %(tracking_code)s is considered together with appeal %(merged_into)s. One answer covers both."
        ),
    ),
    "closed": Template(
        gettext_noop("Your appeal %(tracking_code)s is closed"),
        gettext_noop("Appeal %(tracking_code)s is closed. Thank you for writing to us."),
    ),
    "contest_received": Template(
        gettext_noop("Your complaint about an answer has been received"),
        gettext_noop(
            "Complaint %(tracking_code)s about an answer received by %(body_name)s. Answer due by %(due_date)s."
        ),
    ),
}

BODY_MESSAGES = {
    "due_tomorrow": Template(
        gettext_noop("Appeal %(tracking_code)s is due tomorrow"),
        gettext_noop("Appeal %(tracking_code)s must be answered by tomorrow, %(due_date)s."),
    ),
    "due_today": Template(
        gettext_noop("Appeal %(tracking_code)s is due today"),
        gettext_noop("Appeal %(tracking_code)s must be answered today, %(due_date)s."),
    ),
    "overdue": Template(
        gettext_noop("Appeal %(tracking_code)s is overdue"),
        gettext_noop("Appeal %(tracking_code)s was due on %(due_date)s and has not been answered."),
        gettext_noop("The supervising body is told of overdue appeals."),
    ),
    "escalated": Template(
        gettext_noop("Overdue appeal %(tracking_code)s of %(body_name)s"),
        gettext_noop(
            "Appeal %(tracking_code)s of %(body_name)s was due on %(due_date)s and has not been answered."
        ),
        gettext_noop("You receive this as the supervising body."),
    ),
    "low_rating": Template(
        gettext_noop("Appeal %(tracking_code)s of %(body_name)s needs your attention"),
        gettext_noop(
            "The applicant rated the answer of %(body_name)s to appeal %(tracking_code)s %(rating)s out of 5."
        ),
        gettext_noop("You receive this as the supervising body."),
    ),
    "low_rating_left_without_consideration": Template(
        gettext_noop("Appeal %(tracking_code)s of %(body_name)s needs your attention"),
        gettext_noop("%(body_name)s left appeal %(tracking_code)s without consideration."),
        gettext_noop("You receive this as the supervising body."),
    ),
    "further_study_notice_overdue": Template(
        gettext_noop("Suggestion %(tracking_code)s: tell the applicant"),
        gettext_noop(
            "Suggestion %(tracking_code)s: the applicant had to be told by %(due_date)s "
            "that it is being studied further."
        ),
    ),
}

FOOTER = gettext_noop("This message was sent by Murojaat. Please do not reply to it.")

MESSAGES = {**APPLICANT_MESSAGES, **BODY_MESSAGES}

# Codes a context carries that the reader is shown in words (the legal ground
# for leaving an appeal without consideration): the app that owns the codes
# registers their labels from its AppConfig.ready(), since notifications
# imports no domain app. The context keeps the code (it is stored on the row)
# and the label is worded when the message is sent, like the rest of it.
_labels: dict[str, dict[str, Mapping[str, str]]] = {}


def template_for(event: str, context: dict) -> Template:
    # The lifecycle flags a body to its supervisor with one event for two
    # reasons; the reader needs to know which.
    if event == "low_rating" and context.get("why") == "left_without_consideration":
        return BODY_MESSAGES["low_rating_left_without_consideration"]
    try:
        return MESSAGES[event]
    except KeyError:
        raise ValueError(f"no message for the notification event {event!r}") from None


def render(*, event: str, language: str, channel: str, context: dict) -> Message:
    template = template_for(event, context)
    if event in _labels:
        named = {key: label_in(labels, context.get(key, ""), language) for key, labels in _labels[event].items()}
        context = {**context, **named}
    values = _Values(context, language)
    subject = translate(template.subject, language) % values
    text = translate(template.text, language) % values
    if channel == SMS:
        return Message(subject=subject, body=text)
    paragraphs = [text]
    if template.more:
        paragraphs.append(translate(template.more, language) % values)
    paragraphs.append(translate(FOOTER, language))
    return Message(subject=subject, body="\n\n".join(paragraphs) + "\n")


@lru_cache(maxsize=2048)
def translate(source: str, language: str) -> str:
    # Cached: the catalogues do not change while a process runs, and switching
    # the active language for every message a worker renders costs more than
    # the rest of rendering it.
    with override(language):
        text = gettext(source)
    if language != "uz-cyrl" or is_cyrillic(_PLACEHOLDER.sub("", text)):
        return text
    with override("uz"):
        latin = gettext(source)
    if latin == source:
        return source  # not translated to Uzbek either: English beats transliterated English
    return _transliterate_around_placeholders(latin)


def register_labels(*, event: str, key: str, labels: Mapping[str, str]) -> None:
    """Show the code in the context's `key` of `event` messages by its label in
    `labels` (lazily translated strings), in the reader's words."""
    _labels.setdefault(event, {})[key] = labels


def label_in(labels: Mapping[str, str], code: str, language: str) -> str:
    """A code's label in the reader's words; a code without one is shown as given."""
    label = labels.get(code)
    if label is None:
        return code
    with override(language):
        text = str(label)
    if language == "uz-cyrl" and not is_cyrillic(text):
        with override("uz"):
            latin = str(label)
        with override("en"):
            english = str(label)
        if latin != english:
            text = latin_to_cyrillic(latin)
    return text


def format_date(value: str | date, language: str) -> str:
    """DD.MM.YYYY, as dates are written in Uzbekistan in every script and in Russian."""
    if isinstance(value, str):
        if not value:
            return ""
        value = date.fromisoformat(value[:10])
    return value.strftime("%d.%m.%Y")


_PLACEHOLDER = re.compile(r"%\(\w+\)s")


def _transliterate_around_placeholders(text: str) -> str:
    pieces, last = [], 0
    for match in _PLACEHOLDER.finditer(text):
        pieces.append(latin_to_cyrillic(text[last : match.start()]))
        pieces.append(match.group())
        last = match.end()
    pieces.append(latin_to_cyrillic(text[last:]))
    return "".join(pieces)


class _Values(dict):
    """The context as `%` sees it: dates in the reader's format, missing keys empty."""

    def __init__(self, context: dict, language: str):
        super().__init__(context)
        self.language = language

    def __getitem__(self, key):
        value = super().get(key, "")
        if key.endswith("date"):
            return format_date(value or "", self.language)
        return "" if value is None else value
