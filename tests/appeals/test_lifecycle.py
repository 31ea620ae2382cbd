"""The lifecycle as data (appeals/lifecycle.py): which steps an official is offered, and the states
the database's indexes count as open. Random sequences of steps: tests/properties/test_lifecycle_machine.py."""

from murojaat.appeals import lifecycle
from murojaat.appeals.models import Appeal
from tests.appeals.factories import file_appeal


def test_allowed_actions_follow_the_role_and_state(world):
    appeal = file_appeal(world).appeal
    assert set(lifecycle.allowed_actions(appeal, world.registrar_a)) == {"register", "forward", "merge",
                                                                          "mark_repeated"}
    assert lifecycle.allowed_actions(appeal, world.executor_a) == []
    assert "leave_without_consideration" in lifecycle.allowed_actions(appeal, world.head_a)
    assert lifecycle.allowed_actions(appeal, world.supervisor) == []


def test_the_open_appeals_index_covers_exactly_the_open_statuses():
    index = next(i for i in Appeal._meta.indexes if i.name == "appeal_open_by_due")
    assert set(dict(index.condition.children)["status__in"]) == {str(s) for s in lifecycle.OPEN}
