import pytest

from tests.accounts.helpers import sign_in_verified


@pytest.fixture
def signed_in(client):
    """`signed_in(user)`: the test client as that official, second factor given."""

    def sign_in(user):
        client.defaults["HTTP_ACCEPT_LANGUAGE"] = "en"  # messages read in English below
        sign_in_verified(client, user)
        return client

    return sign_in
