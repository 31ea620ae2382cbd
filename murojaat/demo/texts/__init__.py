"""Believable appeal texts for the demo, in uz, uz-cyrl, kaa and ru.

No public corpus of Uzbek appeals exists, so the demo writes its own: each
language module (`uz`, `kaa`, `ru`) holds hand-written templates for every leaf
category of docs/categories.md, and `compose` fills their slots from pools of
street names, given names and numbers. Uzbek Cyrillic is not written by hand:
it is the Uzbek Latin text run through `latin_to_cyrillic`, as a citizen's
Cyrillic would read.

Everything is drawn from the `rng` the caller passes, so a seed gives the same
demo every time.
"""

from murojaat.demo.texts.compose import (
    KINDS,
    LANGUAGES,
    ComposedText,
    compose_answer,
    compose_appeal,
    compose_conclusion,
    compose_rating_comment,
)

__all__ = [
    "KINDS",
    "LANGUAGES",
    "ComposedText",
    "compose_answer",
    "compose_appeal",
    "compose_conclusion",
    "compose_rating_comment",
]
