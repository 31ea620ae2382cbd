"""Configuration comes from the environment; a bad value stops the start with the variable's name."""

import os
import subprocess
import sys

import pytest

from murojaat.core import env

MUROJAAT = os.path.join(os.path.dirname(sys.executable), "murojaat")


def run(*args, **environ):
    full_env = {**os.environ, **environ}
    full_env.pop("DJANGO_SETTINGS_MODULE", None)
    return subprocess.run([MUROJAAT, *args], capture_output=True, text=True, env=full_env, timeout=120)


@pytest.mark.parametrize(
    "name, value",
    [
        ("DATABASE_URL", "mysql://x"),
        ("DEADLINE_DAY_MODE", "lunar"),
        ("DEADLINE_ROLL_FORWARD", "maybe"),
        ("ATTACHMENT_MAX_COUNT", "many"),
        ("WORKING_WEEKDAYS", "1,2,9"),
        ("SMS_BACKEND", "pigeon"),
    ],
)
def test_a_bad_value_stops_the_command_naming_the_variable(name, value):
    result = run("check", **{name: value})
    assert result.returncode == 2
    assert name in result.stderr and "Traceback" not in result.stderr


def test_production_refuses_the_development_secret():
    result = run("check", MUROJAAT_ENV="production", ALLOWED_HOSTS="murojaat.uz")
    assert result.returncode == 2 and "SECRET_KEY" in result.stderr


def test_eskiz_needs_its_credentials():
    result = run("check", SMS_BACKEND="eskiz")
    assert result.returncode == 2 and "ESKIZ_EMAIL" in result.stderr


def test_hyphenated_command_names_work():
    result = run("import-mahallas", "--help")
    assert result.returncode == 0 and "import_mahallas" in result.stdout


def test_a_secret_can_come_from_a_file(tmp_path, monkeypatch):
    secret = tmp_path / "secret"
    secret.write_text("from-a-file\n")
    monkeypatch.setenv("SOME_SECRET_FILE", str(secret))
    assert env.env_str("SOME_SECRET", "default") == "from-a-file"


def test_typed_readers(monkeypatch):
    monkeypatch.setenv("N", "12")
    assert env.env_int("N", 1, minimum=1) == 12
    monkeypatch.setenv("N", "0")
    with pytest.raises(Exception, match="N: must be at least 1"):
        env.env_int("N", 1, minimum=1)
    monkeypatch.setenv("B", "off")
    assert env.env_bool("B", True) is False
    monkeypatch.setenv("L", "a, b,,c")
    assert env.env_list("L", []) == ["a", "b", "c"]
