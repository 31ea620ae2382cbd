"""MEDIA_STORAGE=s3 puts attachments in S3-compatible storage; the default stays the file system.

Each case starts the real settings in a subprocess with a given environment and
reports the storage that attachments would use. Nothing touches the network:
building the storage object opens no connection.
"""

import json
import os
import subprocess
import sys
import textwrap

import pytest

SCRIPT = textwrap.dedent(
    """
    import json

    import django

    django.setup()
    from django.conf import settings
    from django.core.files.storage import default_storage
    from django.core.files.storage import storages as configured_storages

    from murojaat.attachments.models import Attachment

    # Attachments use the default storage, so STORAGES["default"] is where they go.
    out = {"config": settings.STORAGES["default"],
           "attachments_use_default": Attachment._meta.get_field("file").storage is default_storage}
    try:
        import boto3  # noqa: F401
        import storages  # noqa: F401
    except ImportError:
        out["installed"] = False
    else:
        out["installed"] = True
        storage = configured_storages["default"]
        out["class"] = f"{type(storage).__module__}.{type(storage).__name__}"
        out["resolved"] = {
            name: getattr(storage, name, None)
            for name in ("bucket_name", "endpoint_url", "access_key", "secret_key", "location", "file_overwrite",
                         "querystring_auth", "base_location")
        }
    print(json.dumps(out, default=str))
    """
)


def resolve(tmp_path, **environ):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AWS_", "MEDIA_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="murojaat.settings",
        MUROJAAT_ENV="development",
        MUROJAAT_VAR_DIR=str(tmp_path),
        **environ,
    )
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120
    )
    return result


def test_it_keeps_attachments_on_the_file_system_by_default(tmp_path):
    result = resolve(tmp_path)
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert out["config"] == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert out["attachments_use_default"] is True


def test_it_switches_attachments_to_s3_with_options_from_the_environment(tmp_path):
    secret = tmp_path / "s3-secret"
    secret.write_text("s3cr3t-from-a-file\n")
    result = resolve(
        tmp_path,
        MEDIA_STORAGE="s3",
        AWS_STORAGE_BUCKET_NAME="murojaat-attachments",
        AWS_S3_ENDPOINT_URL="http://127.0.0.1:9000",
        AWS_ACCESS_KEY_ID="murojaat-app",
        AWS_SECRET_ACCESS_KEY_FILE=str(secret),
        AWS_LOCATION="qashqadaryo",
    )
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    config = out["config"]
    assert config["BACKEND"] == "storages.backends.s3.S3Storage"
    assert config["OPTIONS"]["bucket_name"] == "murojaat-attachments"
    assert config["OPTIONS"]["endpoint_url"] == "http://127.0.0.1:9000"
    assert config["OPTIONS"]["secret_key"] == "s3cr3t-from-a-file"
    assert config["OPTIONS"]["file_overwrite"] is False
    if not out["installed"]:
        pytest.skip(
            "django-storages[s3] is not installed (pip install '.[s3]'): settings checked, class not built"
        )
    assert out["class"] == "storages.backends.s3.S3Storage"
    assert out["resolved"] | {"base_location": None} == {
        "bucket_name": "murojaat-attachments",
        "endpoint_url": "http://127.0.0.1:9000",
        "access_key": "murojaat-app",
        "secret_key": "s3cr3t-from-a-file",
        "location": "qashqadaryo",
        "file_overwrite": False,
        "querystring_auth": True,
        "base_location": None,
    }


def test_it_refuses_s3_without_a_bucket_naming_the_variable(tmp_path):
    result = resolve(tmp_path, MEDIA_STORAGE="s3")
    assert result.returncode != 0
    assert "AWS_STORAGE_BUCKET_NAME" in result.stderr


def test_it_refuses_an_unknown_storage_naming_the_variable(tmp_path):
    result = resolve(tmp_path, MEDIA_STORAGE="floppy")
    assert result.returncode != 0
    assert "MEDIA_STORAGE" in result.stderr
