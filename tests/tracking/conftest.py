import pytest
from django.test import Client


@pytest.fixture
def client():
    """A browser that asks for English, so the tests read the English texts
    (the site's default language is Uzbek)."""
    return Client(HTTP_ACCEPT_LANGUAGE="en")
