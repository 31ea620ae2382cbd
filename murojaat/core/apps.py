from django.apps import AppConfig
from django.conf import locale


class CoreConfig(AppConfig):
    name = "murojaat.core"
    label = "core"
    verbose_name = "Murojaat"

    def ready(self) -> None:
        # Django knows "uz" but not Uzbek in Cyrillic script nor Karakalpak;
        # without these entries get_language_info() fails for them.
        locale.LANG_INFO.setdefault(
            "uz-cyrl", {"bidi": False, "code": "uz-cyrl", "name": "Uzbek (Cyrillic)", "name_local": "Ўзбекча"}
        )
        locale.LANG_INFO.setdefault(
            "kaa", {"bidi": False, "code": "kaa", "name": "Karakalpak", "name_local": "Qaraqalpaqsha"}
        )
