"""Keeping personal data out of the logs.

The code logs ids, tracking codes, counts and the names of limits, never a
person's name, PINFL, phone, e-mail or the text of an appeal. What it cannot
control is the text of an exception it logs: PostgreSQL repeats the values of
a row that broke a constraint ("DETAIL: Key (pinfl)=(…) already exists",
"Failing row contains (…)"), a mail server names the refused address, an SMS
gateway may echo the number. This filter, on every log handler (settings
LOGGING), blanks those before a line is written:

- the values PostgreSQL quotes in DETAIL lines, keeping the column names;
- e-mail addresses;
- runs of 9 or more digits, with or without spaces, dashes or a leading +
  (phone numbers, PINFL, TIN, passport and account numbers).

Names and appeal texts have no shape to recognise; they reach a log only
through such quoted rows, which the first rule covers.
"""

import logging
import re

_PARENS = r"\((?:[^()]|\([^()]*\))*\)"
_PG_KEY = re.compile(rf"(Key {_PARENS})={_PARENS}")
# A row's text may hold anything, newlines included: blank up to the next
# part of the traceback.
_PG_ROW = re.compile(
    r"(Failing row contains ).*?(?=\nThe above exception|\nDuring handling|\nTraceback|\Z)", re.DOTALL
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NUMBER = re.compile(r"(?<![\w])\+?\(?\d(?:[\s\-()]*\d){8,}(?![\w])")


def redact(text: str) -> str:
    if not text:
        return text
    text = _PG_KEY.sub(r"\1=(…)", text)
    text = _PG_ROW.sub(r"\1(…).", text)
    text = _EMAIL.sub("[e-mail]", text)
    return _NUMBER.sub("[number]", text)


_formatter = logging.Formatter()


class RedactPersonalData(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: let the handler report it as usual
            return True
        record.msg, record.args = redact(message), None
        if record.exc_info and not record.exc_text:
            record.exc_text = _formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
