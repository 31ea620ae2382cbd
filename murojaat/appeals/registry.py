"""What apps above appeals write with every new appeal, registered by them.

Appeals may not import the apps built on them (search keeps an index entry
per appeal). Such an app registers, in its `AppConfig.ready()`, a function
giving the unsaved rows it needs written with a new appeal. The one door
(`actions.appeal_submit`) always writes them with the appeal, in the same
statement or transaction: a rolled-back appeal leaves none of them, and no
path that files an appeal (web, API, import, demo) can step around them.
"""

from collections.abc import Callable, Iterable

from django.db.models import Model

from murojaat.appeals.models import Appeal

NewAppealRows = Callable[[Appeal], Iterable[Model]]

_with_new_appeal: dict[str, NewAppealRows] = {}


def new_appeal_rows_register(name: str, rows: NewAppealRows) -> None:
    """Have `rows(appeal)` written with every new appeal. By name, so that
    registering again (a second `ready()`) replaces rather than doubles."""
    _with_new_appeal[name] = rows


def new_appeal_rows(appeal: Appeal) -> list[Model]:
    """The registered apps' unsaved rows for `appeal`, in registration order."""
    return [row for rows in _with_new_appeal.values() for row in rows(appeal)]
