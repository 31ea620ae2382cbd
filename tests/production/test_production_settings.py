"""Production settings pass Django's deployment checks; load balancers can ask /healthz."""

import os
import secrets
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MUROJAAT = os.path.join(os.path.dirname(sys.executable), "murojaat")


def production_env(tmp_path, **extra):
    # DJANGO_ALLOW_ASYNC_UNSAFE: set by the browser tests' conftest (Playwright's
    # sync API runs an event loop) in the same test process; never in production.
    ignored = ("DJANGO_SETTINGS_MODULE", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE")
    env = {k: v for k, v in os.environ.items() if k not in ignored}
    secret = tmp_path / "secret_key"
    secret.write_text(secrets.token_urlsafe(64))
    env.update(
        MUROJAAT_ENV="production",
        SECRET_KEY_FILE=str(secret),
        ALLOWED_HOSTS="murojaat.example.uz",
        BEHIND_TLS_PROXY="1",
        MUROJAAT_VAR_DIR=str(tmp_path),
        **extra,
    )
    env.pop("SECRET_KEY", None)
    return env


def test_the_deployment_check_is_clean_in_production(tmp_path):
    result = subprocess.run(
        [MUROJAAT, "check", "--deploy", "--fail-level", "WARNING"],
        env=production_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_production_turns_the_rate_limits_and_lockout_on(tmp_path):
    code = (
        "from django.conf import settings; print(settings.RATE_LIMITS_ENABLED, settings.AXES_ENABLED, "
        "settings.TRUSTED_PROXY_COUNT, settings.STORAGES['staticfiles']['BACKEND'])"
    )
    env = production_env(tmp_path, DJANGO_SETTINGS_MODULE="murojaat.settings")
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "True",
        "True",
        "1",
        "whitenoise.storage.CompressedManifestStaticFilesStorage",
    ]


def test_the_production_script_is_valid_bash_and_explains_itself():
    script = ROOT / "scripts" / "production.sh"
    assert subprocess.run(["bash", "-n", str(script)]).returncode == 0
    usage = subprocess.run(["bash", str(script)], capture_output=True, text=True, timeout=30)
    assert usage.returncode == 2
    for word in ("start", "run", "stop", "status", "PostgreSQL", "granian"):
        assert word in usage.stdout


def test_task_workers_started_as_the_production_script_does_run_below_the_web_app():
    """Each process gets a session of its own (setsid), and Linux shares the
    CPU between sessions equally whatever the processes' nice: the worker's
    session must carry the lower priority itself (/proc/PID/autogroup)."""
    script = ROOT / "scripts" / "below-web.sh"
    assert '"$ROOT/scripts/below-web.sh" "$WORKER_NICE" "$BIN/murojaat" worker' in (
        ROOT / "scripts" / "production.sh"
    ).read_text()
    worker = subprocess.Popen(["setsid", str(script), "10", "sleep", "30"])
    try:
        for _ in range(100):  # until below-web.sh has exec'd sleep
            stat = Path(f"/proc/{worker.pid}/stat").read_text()
            if "(sleep)" in stat:
                break
            time.sleep(0.05)
        assert int(stat.rsplit(")", 1)[1].split()[16]) == 10  # the process's nice
        autogroup = Path(f"/proc/{worker.pid}/autogroup")
        if autogroup.exists():  # kernels built without autogroups have only nice
            assert autogroup.read_text().split()[-1] == "10"  # "/autogroup-N nice 10"
    finally:
        worker.kill()
        worker.wait()


@pytest.mark.django_db
def test_healthz_answers_a_load_balancer_over_plain_http_by_address(client, settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.ALLOWED_HOSTS = ["murojaat.example.uz"]
    response = client.get("/healthz", HTTP_HOST="10.20.30.40:8000")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}
    assert response["Cache-Control"] == "no-store"


@pytest.mark.django_db
def test_healthz_says_unavailable_when_the_database_is_not_there(client, monkeypatch):
    from django.db import connections

    def broken(*args, **kwargs):
        raise OSError("connection refused")

    monkeypatch.setattr(connections["default"], "cursor", broken)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "databases": ["default"]}


def test_the_production_scripts_environment_names_production_for_management_commands(tmp_path):
    # `env $(scripts/production.sh env) murojaat ...` runs a command as the app
    # runs: with production's settings (no DEBUG), its var directory and secrets.
    result = subprocess.run(
        ["bash", str(ROOT / "scripts" / "production.sh"), "env"],
        env={**os.environ, "PROD_DIR": str(tmp_path)},
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr
    printed = dict(line.split("=", 1) for line in result.stdout.splitlines())
    assert printed["MUROJAAT_ENV"] == "production"
    assert printed["MUROJAAT_VAR_DIR"] == str(tmp_path / "var")
    assert printed["DATABASE_URL_FILE"] == str(tmp_path / "secrets" / "database_url")
