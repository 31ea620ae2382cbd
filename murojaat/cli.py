"""The `murojaat` console command: Django's management commands with our settings."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "murojaat.settings")
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:
        execute_from_command_line(["murojaat", *sys.argv[1:]])
    except ImproperlyConfigured as exc:
        # A bad environment variable: say which, without a traceback.
        print(f"murojaat: configuration error: {exc}", file=sys.stderr)
        sys.exit(2)


if __name__ == "__main__":
    main()
