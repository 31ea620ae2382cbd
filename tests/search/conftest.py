import pytest

from tests.appeals.factories import file_appeal


@pytest.fixture
def filed(world, django_capture_on_commit_callbacks):
    """File an appeal through intake and let the after-commit indexing run, as in production."""

    def file(**overrides):
        with django_capture_on_commit_callbacks(execute=True):
            return file_appeal(world, **overrides).appeal

    return file
