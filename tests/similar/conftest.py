from tests.search.conftest import filed  # noqa: F401  (the same after-commit indexing)
