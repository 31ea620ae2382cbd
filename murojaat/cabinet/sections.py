"""The cabinet's sections: what each wing holds open for a person.

The appeals are one section; applications and petitions (later issues) add
theirs from their own AppConfig.ready(), so the cabinet imports nothing above
it. A section gives a title, a function (user, acting) -> rows (dicts; `acting`
is the company the person acts for, or None), and a template
that renders them.
"""

from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    rows: Callable
    template: str
    order: int = 100


_SECTIONS: dict[str, Section] = {}


def register_section(key: str, title, rows: Callable, *, template: str, order: int = 100) -> None:
    _SECTIONS[key] = Section(key, title, rows, template, order)


def sections() -> list[Section]:
    return sorted(_SECTIONS.values(), key=lambda s: (s.order, s.key))
