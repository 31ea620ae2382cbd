import pytest

from murojaat.accounts.identity.emulator import OneIdEmulator
from tests.accounts.oneid import RETURN_URI


@pytest.fixture
def oneid(settings):
    """The emulator on a free port of 127.0.0.1, and the settings pointing at it."""
    emulator = OneIdEmulator(client_id="murojaat-test", client_secret="test-secret", redirect_uris=[RETURN_URI])
    emulator.start()
    settings.IDENTITY_PROVIDER = "demo"
    settings.ONEID_URL = emulator.url
    settings.ONEID_CLIENT_ID = "murojaat-test"
    settings.ONEID_CLIENT_SECRET = "test-secret"
    settings.ONEID_SCOPE = "murojaat-test"
    settings.IDENTITY_REDIRECT_URI = ""
    yield emulator
    emulator.stop()
