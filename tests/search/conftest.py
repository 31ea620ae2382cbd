import pytest

from tests.appeals.factories import file_appeal


@pytest.fixture
def filed(world, django_capture_on_commit_callbacks):
    """File an appeal through intake and let its indexing run, as in production:
    the after-commit hook, or the worker's next round for a queued entry."""
    from murojaat.search.index import index_pending

    def file(**overrides):
        with django_capture_on_commit_callbacks(execute=True):
            appeal = file_appeal(world, **overrides).appeal
        index_pending()
        return appeal

    return file
