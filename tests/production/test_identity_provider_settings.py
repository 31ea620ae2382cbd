"""Production refuses to start with the demo identity provider or the OneID emulator."""

import subprocess
import sys

import pytest

from tests.production.test_production_settings import production_env


def start(tmp_path, **extra):
    env = production_env(tmp_path, DJANGO_SETTINGS_MODULE="murojaat.settings", **extra)
    return subprocess.run(
        [sys.executable, "-c", "import django; django.setup(); from django.conf import settings; "
         "print(settings.IDENTITY_PROVIDER)"],
        env=env, capture_output=True, text=True, timeout=120,
    )


def test_production_signs_in_with_no_provider_unless_told(tmp_path):
    result = start(tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "none"


def test_production_refuses_the_demo_provider(tmp_path):
    result = start(tmp_path, IDENTITY_PROVIDER="demo")
    assert result.returncode != 0
    assert "IDENTITY_PROVIDER: the demo provider" in result.stderr


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:8765/sso/oauth/Authorization.do", "https://localhost/sso/oauth/Authorization.do"]
)
def test_production_refuses_oneid_pointed_at_the_emulator(tmp_path, url):
    secret = tmp_path / "oneid_secret"
    secret.write_text("s3cret")
    result = start(tmp_path, IDENTITY_PROVIDER="oneid", ONEID_URL=url, ONEID_CLIENT_ID="portal",
                   ONEID_CLIENT_SECRET_FILE=str(secret))
    assert result.returncode != 0
    assert "ONEID_URL: production needs the real OneID" in result.stderr


def test_production_accepts_the_real_oneid_with_its_secret_from_a_file(tmp_path):
    secret = tmp_path / "oneid_secret"
    secret.write_text("s3cret\n")
    result = start(tmp_path, IDENTITY_PROVIDER="oneid", ONEID_CLIENT_ID="portal", ONEID_CLIENT_SECRET_FILE=str(secret))
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "oneid"


def test_oneid_without_its_client_secret_does_not_start(tmp_path):
    result = start(tmp_path, IDENTITY_PROVIDER="oneid", ONEID_CLIENT_ID="portal")
    assert result.returncode != 0
    assert "ONEID_CLIENT_ID, ONEID_CLIENT_SECRET" in result.stderr
