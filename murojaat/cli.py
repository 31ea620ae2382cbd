"""The `murojaat` console command: Django's management commands with our settings."""

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "murojaat.settings")
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    args = sys.argv[1:]
    try:
        if args and "-" in args[0] and not args[0].startswith("-"):
            args[0] = _command_name(args[0])
        execute_from_command_line(["murojaat", *args])
    except ImproperlyConfigured as exc:
        # A bad environment variable: say which, without a traceback.
        print(f"murojaat: configuration error: {exc}", file=sys.stderr)
        sys.exit(2)


def _command_name(name: str) -> str:
    """`murojaat import-mahallas` runs the command module import_mahallas:
    people type hyphens, Python modules are named with underscores."""
    import django
    from django.core.management import get_commands

    django.setup()
    commands = get_commands()
    if name in commands:
        return name
    underscored = name.replace("-", "_")
    return underscored if underscored in commands else name


if __name__ == "__main__":
    main()
