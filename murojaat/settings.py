"""All of Murojaat's settings, read from the environment in this one module.

Every variable is documented in the README ("Configuration"). A bad value
stops the process at start with a message naming the variable.
"""

from datetime import timedelta
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

from murojaat.core.env import env_bool, env_choice, env_database, env_int, env_list, env_str
from murojaat.core.rates import rates_from

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(env_str("MUROJAAT_VAR_DIR", str(BASE_DIR / "var")))

# "production" turns on every secure default and refuses the development secret.
ENVIRONMENT = env_choice("MUROJAAT_ENV", "development", ("development", "test", "production"))
PRODUCTION = ENVIRONMENT == "production"

DEBUG = env_bool("DEBUG", ENVIRONMENT == "development")
_DEV_SECRET = "dev-only-insecure-secret-key-never-use-in-production-0123456789"
SECRET_KEY = env_str("SECRET_KEY", "" if PRODUCTION else _DEV_SECRET)
if PRODUCTION and (len(SECRET_KEY) < 50 or SECRET_KEY == _DEV_SECRET):
    raise ImproperlyConfigured("SECRET_KEY: production needs a random secret of at least 50 characters")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "murojaat.core",
    "murojaat.jobs",  # the background work every app registers in its jobs.py
    "murojaat.ui",  # before django.forms and admin: its templates override theirs (widgets, error pages)
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.forms",  # our widget templates override Django's (TemplatesSetting renderer)
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",  # lockout after repeated failed sign-ins (see "Abuse resistance" below)
    "ninja",  # serves Swagger UI for /api/v1/docs from our own static files, not a CDN
    "django_tasks",
    "django_tasks_db",
    "murojaat.accounts",
    "murojaat.territories",
    "murojaat.organisations",
    "murojaat.categories",
    "murojaat.deadlines",
    "murojaat.appeals",
    "murojaat.attachments",
    "murojaat.audit",
    "murojaat.notifications",
    "murojaat.language",
    "murojaat.routing",
    "murojaat.statistics",
    "murojaat.search",
    "murojaat.trends",
    "murojaat.demo",
    "murojaat.filing",
    "murojaat.tracking",
    "murojaat.cabinet",
    "murojaat.office",
]

MIDDLEWARE = [
    "murojaat.core.health.HealthCheckMiddleware",  # GET /healthz, before the host check and HTTPS redirect
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages and JSON compressed for slow regional connections (static files
    # come precompressed from WhiteNoise). Django pads each response against
    # BREACH, so pages that carry a CSRF token can be compressed safely.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "murojaat.core.middleware.RejectNulMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "murojaat.ui.middleware.ContentSecurityPolicyMiddleware",
    "axes.middleware.AxesMiddleware",  # turns a locked-out sign-in into our 429 answer
]

ROOT_URLCONF = "murojaat.urls"
WSGI_APPLICATION = "murojaat.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "murojaat.ui.context_processors.shell",
            ],
        },
    },
]

# Widgets render through templates we can override (radios and checkboxes
# the GOV.UK way, in murojaat/ui/templates/django/forms/).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"

DATABASES = {"default": env_database("DATABASE_URL", f"sqlite:///{VAR_DIR / 'murojaat.sqlite3'}")}
if env_str("DATABASE_REPLICA_URL", ""):
    # A read replica of "default": statistics and search reads go there
    # (murojaat/core/db_router.py). Tests read "default" through it.
    DATABASES["replica"] = env_database("DATABASE_REPLICA_URL", "")
    DATABASES["replica"]["TEST"] = {"MIRROR": "default"}
DATABASE_ROUTERS = ["murojaat.core.db_router.ReplicaRouter"]
for _db in DATABASES.values():
    if _db["ENGINE"] == "django.db.backends.sqlite3":
        # WAL lets readers go on while one writer commits; IMMEDIATE takes the write
        # lock at BEGIN so two writers queue instead of failing with "locked".
        _db["OPTIONS"] = {
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=10000;",
            "transaction_mode": "IMMEDIATE",
        }
    else:
        _db["CONN_MAX_AGE"] = env_int("DATABASE_CONN_MAX_AGE", 60, minimum=0)
        _db.setdefault("OPTIONS", {})
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Uzbek in Latin script is the default; Uzbek Cyrillic, Karakalpak,
# Russian and English. Codes are BCP 47 as browsers send them.
LANGUAGE_CODE = "uz"
LANGUAGES = [
    ("uz", "O‘zbekcha"),
    ("uz-cyrl", "Ўзбекча"),
    ("kaa", "Qaraqalpaqsha"),
    ("ru", "Русский"),
    ("en", "English"),
]
LOCALE_PATHS = [BASE_DIR / "murojaat" / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = env_str("TIME_ZONE", "Asia/Tashkent")

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
if not PRODUCTION:
    # WhiteNoise warns on every request when the folder is missing; in
    # production `collectstatic` creates it.
    STATIC_ROOT.mkdir(parents=True, exist_ok=True)
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if PRODUCTION
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}
# Attachments in S3-compatible object storage (django-storages; `pip install
# murojaat[s3]`), shared by every app machine. The bucket stays private: files
# are only ever streamed through the application, after its permission check.
MEDIA_STORAGE = env_choice("MEDIA_STORAGE", "filesystem", ("filesystem", "s3"))
if MEDIA_STORAGE == "s3":
    if not env_str("AWS_STORAGE_BUCKET_NAME", ""):
        raise ImproperlyConfigured("AWS_STORAGE_BUCKET_NAME: required when MEDIA_STORAGE=s3")
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env_str("AWS_STORAGE_BUCKET_NAME", ""),
            # Empty means AWS itself; MinIO, Ceph and the like give their URL.
            "endpoint_url": env_str("AWS_S3_ENDPOINT_URL", "") or None,
            "region_name": env_str("AWS_S3_REGION_NAME", "") or None,
            # Empty keys let boto3 find credentials itself (instance role, ~/.aws).
            "access_key": env_str("AWS_ACCESS_KEY_ID", "") or None,
            "secret_key": env_str("AWS_SECRET_ACCESS_KEY", "") or None,
            "location": env_str("AWS_LOCATION", ""),
            "default_acl": None,  # the bucket's own policy, which must be private
            "file_overwrite": False,
            "querystring_auth": True,
            "querystring_expire": 300,
        },
    }

# Background work: Django's tasks interface with the database backend, run by
# `murojaat worker`. Tests switch to the immediate backend.
TASKS = {
    "default": {
        "BACKEND": env_choice(
            "TASKS_BACKEND",
            "django_tasks_db.DatabaseBackend",
            (
                "django_tasks_db.DatabaseBackend",
                "django_tasks.backends.immediate.ImmediateBackend",
                "django_tasks.backends.dummy.DummyBackend",
            ),
        ),
        "QUEUES": ["default", "notifications"],
    }
}

# Mail to applicants. The default writes each message to a file under var/mail.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.filebased.EmailBackend")
EMAIL_FILE_PATH = str(VAR_DIR / "mail")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25, minimum=1, maximum=65535)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Murojaat <no-reply@murojaat.local>")

# SMS to applicants: "console" prints, "file" appends to var/sms.log, "eskiz"
# sends through Eskiz.uz (needs ESKIZ_EMAIL and ESKIZ_PASSWORD).
SMS_BACKEND = env_choice("SMS_BACKEND", "file", ("console", "file", "eskiz"))
SMS_FILE_PATH = VAR_DIR / "sms.log"
ESKIZ_ENABLED = SMS_BACKEND == "eskiz"
ESKIZ_EMAIL = env_str("ESKIZ_EMAIL", "")
ESKIZ_PASSWORD = env_str("ESKIZ_PASSWORD", "")
ESKIZ_SENDER = env_str("ESKIZ_SENDER", "4546")
ESKIZ_BASE_URL = env_str("ESKIZ_BASE_URL", "https://notify.eskiz.uz/api")
if ESKIZ_ENABLED and not (ESKIZ_EMAIL and ESKIZ_PASSWORD):
    raise ImproperlyConfigured("ESKIZ_EMAIL, ESKIZ_PASSWORD: both are required when SMS_BACKEND=eskiz")
NOTIFICATION_MAX_ATTEMPTS = env_int("NOTIFICATION_MAX_ATTEMPTS", 6, minimum=1, maximum=50)

# Signing in with a national identity provider (accounts/identity/): "oneid"
# speaks OneID's protocol to ONEID_URL; "oidc" is any standard OpenID Connect
# provider (another country's IdP) by configuration; "demo" is OneID's protocol
# against the local emulator that `make demo` and the tests start; "none" hides
# the button. Secrets may be given as NAME_FILE. Production refuses the demo
# provider and a OneID URL on this machine (the emulator). Tests turn it on
# with the emulator they start (tests/accounts/conftest.py).
IDENTITY_PROVIDER = env_choice(
    "IDENTITY_PROVIDER", "demo" if ENVIRONMENT == "development" else "none", ("none", "oneid", "oidc", "demo")
)
ONEID_DEMO_PORT = env_int("ONEID_DEMO_PORT", 8765, minimum=1, maximum=65535)
ONEID_URL = env_str(
    "ONEID_URL",
    f"http://127.0.0.1:{ONEID_DEMO_PORT}/sso/oauth/Authorization.do"
    if IDENTITY_PROVIDER == "demo"
    else "https://sso.egov.uz/sso/oauth/Authorization.do",
)
ONEID_CLIENT_ID = env_str("ONEID_CLIENT_ID", "murojaat-demo" if IDENTITY_PROVIDER == "demo" else "")
ONEID_CLIENT_SECRET = env_str("ONEID_CLIENT_SECRET", "demo-secret" if IDENTITY_PROVIDER == "demo" else "")
# OneID's "scope" is an identifier the operator issues, often the client id.
ONEID_SCOPE = env_str("ONEID_SCOPE", ONEID_CLIENT_ID)
# The exact redirect URI registered with the provider (empty: built from the request).
IDENTITY_REDIRECT_URI = env_str("IDENTITY_REDIRECT_URI", "")
# The sign-in page's form posts to us and is redirected to the provider: the
# content security policy's form-action must allow the provider's origin (added
# from its URL) and any origin its sign-in redirects through (OneID's
# sso.egov.uz answers 307 to id.egov.uz).
IDENTITY_FORM_ACTION = env_list(
    "IDENTITY_FORM_ACTION", ["https://id.egov.uz"] if IDENTITY_PROVIDER == "oneid" else []
)
IDENTITY_TIMEOUT_SECONDS = env_int("IDENTITY_TIMEOUT_SECONDS", 10, minimum=1, maximum=60)
OIDC_AUTHORIZE_URL = env_str("OIDC_AUTHORIZE_URL", "")
OIDC_TOKEN_URL = env_str("OIDC_TOKEN_URL", "")
OIDC_USERINFO_URL = env_str("OIDC_USERINFO_URL", "")
OIDC_CLIENT_ID = env_str("OIDC_CLIENT_ID", "")
OIDC_CLIENT_SECRET = env_str("OIDC_CLIENT_SECRET", "")
OIDC_PROVIDER_NAME = env_str("OIDC_PROVIDER_NAME", "OpenID Connect")
OIDC_SCOPE = env_str("OIDC_SCOPE", "openid profile")
# The userinfo claim that carries the national identifier (PINFL in Uzbekistan).
OIDC_NATIONAL_ID_CLAIM = env_str("OIDC_NATIONAL_ID_CLAIM", "sub")
if IDENTITY_PROVIDER == "oneid" and not (ONEID_CLIENT_ID and ONEID_CLIENT_SECRET):
    raise ImproperlyConfigured("ONEID_CLIENT_ID, ONEID_CLIENT_SECRET: both are required when IDENTITY_PROVIDER=oneid")
if IDENTITY_PROVIDER == "oidc" and not all(
    (OIDC_AUTHORIZE_URL, OIDC_TOKEN_URL, OIDC_USERINFO_URL, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET)
):
    raise ImproperlyConfigured(
        "OIDC_AUTHORIZE_URL, OIDC_TOKEN_URL, OIDC_USERINFO_URL, OIDC_CLIENT_ID, OIDC_CLIENT_SECRET: "
        "all are required when IDENTITY_PROVIDER=oidc"
    )
if PRODUCTION and IDENTITY_PROVIDER == "demo":
    raise ImproperlyConfigured("IDENTITY_PROVIDER: the demo provider (the OneID emulator) is not for production")
if PRODUCTION and IDENTITY_PROVIDER == "oneid":
    from urllib.parse import urlsplit as _urlsplit

    _oneid = _urlsplit(ONEID_URL)
    if _oneid.scheme != "https" or _oneid.hostname in ("127.0.0.1", "localhost", "::1"):
        raise ImproperlyConfigured("ONEID_URL: production needs the real OneID over https, not the emulator")

# Deadlines under the Law "On appeals of individuals and legal entities"
# (ZRU-445). The law counts calendar days and rolls a deadline that falls on a
# day off forward; both are settings for countries or bodies that differ.
DEADLINE_DAY_MODE = env_choice("DEADLINE_DAY_MODE", "calendar", ("calendar", "working"))
DEADLINE_ROLL_FORWARD = env_bool("DEADLINE_ROLL_FORWARD", True)
# ISO weekdays (1 = Monday) on which bodies work; Saturday and Sunday are off.
WORKING_WEEKDAYS = [int(d) for d in env_list("WORKING_WEEKDAYS", ["1", "2", "3", "4", "5"])]
if not WORKING_WEEKDAYS or any(d < 1 or d > 7 for d in WORKING_WEEKDAYS):
    raise ImproperlyConfigured("WORKING_WEEKDAYS: expected ISO weekday numbers 1-7 separated by commas")
WORKDAY_START_HOUR = env_int("WORKDAY_START_HOUR", 9, minimum=0, maximum=23)
WORKDAY_END_HOUR = env_int("WORKDAY_END_HOUR", 18, minimum=1, maximum=24)
HOLIDAYS_COUNTRY = env_str("HOLIDAYS_COUNTRY", "UZ")

# Attachments to appeals.
ATTACHMENT_MAX_BYTES = env_int("ATTACHMENT_MAX_BYTES", 10 * 1024 * 1024, minimum=1024)
ATTACHMENT_MAX_COUNT = env_int("ATTACHMENT_MAX_COUNT", 5, minimum=0, maximum=50)
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DATA_UPLOAD_MAX_MEMORY_SIZE", 12 * 1024 * 1024, minimum=1024)

# Official API tokens expire; citizens use tracking code + access key.
API_TOKEN_TTL_HOURS = env_int("API_TOKEN_TTL_HOURS", 12, minimum=1, maximum=24 * 30)

# Security defaults that production turns on.
SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", PRODUCTION)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", PRODUCTION)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", PRODUCTION)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31536000 if PRODUCTION else 0, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = PRODUCTION
SECURE_HSTS_PRELOAD = PRODUCTION
BEHIND_TLS_PROXY = env_bool("BEHIND_TLS_PROXY", False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if BEHIND_TLS_PROXY else None
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Sessions end after 8 hours of inactivity (a working day), and with the browser
# for officials (see murojaat/accounts/views.py).
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 8 * 3600, minimum=300)
SESSION_SAVE_EVERY_REQUEST = False

# Content security policy: everything from our own origin, no inline script,
# no inline style, no plug-ins, no framing (murojaat/ui/middleware.py; the
# shape django-csp 4 reads).
_SELF, _NONE = "'self'", "'none'"
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [_SELF],
        "script-src": [_SELF],
        "style-src": [_SELF],
        "img-src": [_SELF, "data:"],
        "font-src": [_SELF],
        "connect-src": [_SELF],
        "object-src": [_NONE],
        "base-uri": [_SELF],
        "form-action": [_SELF],
        "frame-ancestors": [_NONE],
    }
}

# Abuse resistance (murojaat/core/ratelimit.py, rates.py): limits per address
# and per account on filing, signing in, second-factor codes and appeal
# lookups; on by default in production only, so tests and the demo never trip
# them unless they turn them on.
RATE_LIMITS_ENABLED = env_bool("RATE_LIMITS_ENABLED", PRODUCTION)
try:
    RATE_LIMITS = rates_from(env_str("RATE_LIMITS", ""))
except ValueError as exc:
    raise ImproperlyConfigured(f"RATE_LIMITS: {exc}") from None
# Proxies in front of the app that append the client's address to
# X-Forwarded-For; without this every client would share the proxy's address.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1 if BEHIND_TLS_PROXY else 0, minimum=0, maximum=5)
# Lockout after repeated wrong passwords (django-axes), per user name: an
# office of officials behind one address is not locked out by one person's typos.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_ENABLED = RATE_LIMITS_ENABLED
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5, minimum=1, maximum=100)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_LOCKOUT_MINUTES", 15, minimum=1, maximum=24 * 60))
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True  # the audit trail records sign-ins
AXES_CLIENT_IP_CALLABLE = "murojaat.core.ratelimit.client_address"
AXES_CLIENT_STR_CALLABLE = "murojaat.core.ratelimit.axes_client_str"
AXES_LOCKOUT_CALLABLE = "murojaat.core.ratelimit.lockout_response"
AXES_VERBOSE = False
# axes.W006 asks to lock out by address too: the "login.address" rate limit
# covers addresses, without locking a whole office out.
SILENCED_SYSTEM_CHECKS = ["axes.W006"]

CSRF_FAILURE_VIEW = "murojaat.ui.views.csrf_failure"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "/"
# Issuer shown in authenticator apps next to the official's account.
OTP_TOTP_ISSUER = env_str("OTP_TOTP_ISSUER", "Murojaat")

LOG_LEVEL = env_choice("LOG_LEVEL", "INFO", ("DEBUG", "INFO", "WARNING", "ERROR"))
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    # No personal data in logs, even inside an exception's text (murojaat/core/redaction.py).
    "filters": {"redact": {"()": "murojaat.core.redaction.RedactPersonalData"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain", "filters": ["redact"]}},
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

# Demo accounts share one password; README lists the user names.
DEMO_PASSWORD = env_str("DEMO_PASSWORD", "murojaat-demo-2026")
