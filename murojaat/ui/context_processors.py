"""What every page's shell needs: the reader's display settings, the
`<html lang>` code in BCP 47 form, and the language switcher's choices."""

from django.conf import settings
from django.utils.translation import get_language

from murojaat.accounts.selectors import acting_choices, acting_entity, is_official
from murojaat.ui import display

# Django's codes are lower case; BCP 47 writes the script subtag in title case.
HTML_LANG = {"uz-cyrl": "uz-Cyrl", "uz": "uz-Latn"}


def shell(request):
    code = get_language() or settings.LANGUAGE_CODE
    user = getattr(request, "user", None)
    official = is_official(user)
    can_act = bool(not official and acting_choices(user))
    return {
        "can_act": can_act,
        "acting_as": acting_entity(user, getattr(request, "session", None)) if can_act else None,
        "display": display.from_cookie(request.COOKIES.get(display.COOKIE)),
        "html_lang": HTML_LANG.get(code, code),
        "is_official": official,
        "language_choices": [
            {"code": c, "name": name, "html_lang": HTML_LANG.get(c, c), "current": c == code}
            for c, name in settings.LANGUAGES
        ],
    }
