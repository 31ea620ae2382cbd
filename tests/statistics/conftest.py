import pytest

from murojaat.statistics.refresh import counts_rebuild
from tests.statistics.dataset import NOW, build_all


@pytest.fixture
def appeals(world):
    """The hand-counted data set (see dataset.py), counted at NOW."""
    built = build_all(world)
    counts_rebuild(now=NOW)
    return built
