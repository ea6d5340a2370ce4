"""TimeNet settings: one module, driven by environment variables (see docs/deploy.md).

Embedded defaults (SQLite under TIMENET_DATA_DIR, an embedded Redis started by `make run`) need no
configuration; DATABASE_URL and REDIS_URL switch to PostgreSQL and an external Redis.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured

from timenet_core.files import atomic_write

BASE_DIR = Path(__file__).resolve().parent.parent


def env_int(name: str, default: int, minimum: int = 0) -> int:
    raw = os.environ.get(name, "")
    if raw == "":
        return default
    try:
        value = int(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be an integer, got {raw!r}") from exc
    if value < minimum:
        raise ImproperlyConfigured(f"{name} must be >= {minimum}, got {value}")
    return value


def env_float(name: str, default: float, minimum: float = 0.0) -> float:
    raw = os.environ.get(name, "")
    if raw == "":
        return default
    try:
        value = float(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be a number, got {raw!r}") from exc
    if value < minimum:
        raise ImproperlyConfigured(f"{name} must be >= {minimum}, got {value}")
    return value


def env_bool(name: str, default: bool) -> bool:
    raw = os.environ.get(name, "").strip().lower()
    if raw == "":
        return default
    if raw in ("1", "true", "yes", "on"):
        return True
    if raw in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), got {raw!r}")


def data_dir() -> Path:
    path = Path(os.environ.get("TIMENET_DATA_DIR") or BASE_DIR / "var").expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def secret_key(directory: Path) -> str:
    """Env first; else a random key kept in the data dir so sessions survive restarts."""
    if os.environ.get("DJANGO_SECRET_KEY"):
        return os.environ["DJANGO_SECRET_KEY"]
    key_file = directory / "secret_key"
    if not key_file.exists():
        atomic_write(key_file, secrets.token_urlsafe(50), mode=0o600)
    return key_file.read_text().strip()


def database(directory: Path) -> dict:
    url = os.environ.get("DATABASE_URL") or f"sqlite:///{directory / 'timenet.sqlite3'}"
    try:
        config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    except ValueError as exc:
        raise ImproperlyConfigured(f"DATABASE_URL is not a database URL: {exc}") from exc
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config.update(sqlite_options(config["NAME"]))
    return config


def sqlite_options(name: str) -> dict:
    """SQLite tuned for a web server, a Celery worker and beat writing at once.

    WAL lets readers run beside the single writer; IMMEDIATE makes every transaction take the
    write lock when it starts (instead of failing to upgrade a read lock mid-way, which is what
    raises "database is locked" at once); the timeout makes writers queue instead of failing.
    """
    # The test database is a file (not :memory:) so Celery workers in other processes see it.
    test_name = str(Path(name).with_name(Path(name).stem + "-test.sqlite3"))
    return {
        "CONN_MAX_AGE": 0,
        "OPTIONS": {
            "transaction_mode": "IMMEDIATE",
            "timeout": 30,
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=30000;"
            ),
        },
        "TEST": {"NAME": os.environ.get("TIMENET_TEST_SQLITE") or test_name},
    }


def redis_url(directory: Path) -> str:
    """REDIS_URL, else the unix socket of the embedded Redis that `make run` starts."""
    url = os.environ.get("REDIS_URL", "")
    if url and not url.startswith(("redis://", "rediss://", "redis+socket://", "unix://")):
        raise ImproperlyConfigured(f"REDIS_URL must be a redis:// or unix socket URL, got {url!r}")
    if url.startswith("unix://"):
        url = "redis+socket://" + url.removeprefix("unix://")
    return url or f"redis+socket://{directory / 'redis.sock'}"


def system_time_zone() -> str:
    """The machine's zone name (from /etc/localtime), so "today" is the person's local day."""
    try:
        target = os.path.realpath("/etc/localtime")
    except OSError:
        return "UTC"
    marker = "/zoneinfo/"
    return target.split(marker, 1)[1] if marker in target else "UTC"


DATA_DIR = data_dir()
FRAMES_DIR = Path(os.environ.get("TIMENET_FRAMES_DIR") or DATA_DIR / "frames").resolve()
# The key frames are encrypted with (tracker.frame_store): a 0600 file, never in the database;
# in the team profile every web server and worker needs the same file.
TIMENET_FRAME_KEY_FILE = Path(os.environ.get("TIMENET_FRAME_KEY_FILE")
                              or DATA_DIR / "frames.key").resolve()
SECRET_KEY = secret_key(DATA_DIR)
DEBUG = env_bool("TIMENET_DEBUG", False)
ALLOWED_HOSTS = [
    h.strip() for h in os.environ.get("TIMENET_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",")
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_celery_beat",
    "tracker",
    "labeling",
    "notify",
    "privacy",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "timenet_site.urls"
WSGI_APPLICATION = "timenet_site.wsgi.application"
TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "tracker.context_processors.navigation",
                "privacy.context_processors.capture_state",
            ],
        },
    },
]

DATABASES = {"default": database(DATA_DIR)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "en-us"
TIME_ZONE = os.environ.get("TIMENET_TIME_ZONE") or system_time_zone()
USE_I18N = False
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = DATA_DIR / "staticfiles"
STATIC_ROOT.mkdir(exist_ok=True)  # whitenoise warns about a missing root even when unused
# Served by whitenoise from the app/static dirs directly (no collectstatic step needed to run).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "tracker:today"
LOGOUT_REDIRECT_URL = "login"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True

# --- TimeNet ---------------------------------------------------------------------------------
TIMENET_PORT = env_int("TIMENET_PORT", 8000, minimum=1)
TIMENET_CAPTURE_INTERVAL = env_float("TIMENET_CAPTURE_INTERVAL", 10.0, minimum=0.2)
TIMENET_SERVER_URL = os.environ.get("TIMENET_SERVER_URL") or f"http://127.0.0.1:{TIMENET_PORT}"
# --- Profiles (docs/deploy.md) ------------------------------------------------------------------
# "local" (default): one machine, the web server on 127.0.0.1 only. "team": reachable by others,
# so only over TLS (terminated by a reverse proxy, which must set X-Forwarded-Proto and strip a
# client's own): secure cookies, HSTS, HTTP redirected to HTTPS, agents on an https:// URL with
# their device tokens. timenet_site/run.py refuses a non-loopback TIMENET_BIND without it.
TIMENET_PROFILE = os.environ.get("TIMENET_PROFILE", "local").strip().lower() or "local"
if TIMENET_PROFILE not in ("local", "team"):
    raise ImproperlyConfigured(f"TIMENET_PROFILE must be local or team, got {TIMENET_PROFILE!r}")
TIMENET_BIND = os.environ.get("TIMENET_BIND", "127.0.0.1").strip() or "127.0.0.1"
if TIMENET_PROFILE == "team":
    if not TIMENET_SERVER_URL.startswith("https://"):
        raise ImproperlyConfigured("the team profile needs TLS: set TIMENET_SERVER_URL to the "
                                   f"https:// address agents and browsers use (got "
                                   f"{TIMENET_SERVER_URL!r})")
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = True
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]  # the proxy's and make run's plain health probe
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = env_int("TIMENET_HSTS_SECONDS", 31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("TIMENET_HSTS_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("TIMENET_HSTS_PRELOAD", True)
    CSRF_TRUSTED_ORIGINS = [TIMENET_SERVER_URL.rstrip("/")]
# Sign-in attempts (timenet_site/login.py): failures per address and user name per window (s).
TIMENET_LOGIN_MAX_FAILURES = env_int("TIMENET_LOGIN_MAX_FAILURES", 5, minimum=1)
TIMENET_LOGIN_WINDOW = env_int("TIMENET_LOGIN_WINDOW", 300, minimum=1)
# Largest accepted frame upload; the agent sends ~100-300 KB JPEGs, so 8 MB is generous.
TIMENET_MAX_FRAME_BYTES = env_int("TIMENET_MAX_FRAME_BYTES", 8 * 1024 * 1024, minimum=1024)
TIMENET_MAX_FRAME_PIXELS = env_int("TIMENET_MAX_FRAME_PIXELS", 40_000_000, minimum=1)
# A frame never stands for more than this many seconds of usage (agent paused, laptop asleep).
TIMENET_MAX_FRAME_SECONDS = env_float("TIMENET_MAX_FRAME_SECONDS", 60.0, minimum=0.2)
# A frame taken after this many seconds without input counts as away (AFK), as ActivityWatch's
# default of 3 minutes; passive categories (video) are exempt. Read by tracker.rollups.
TIMENET_AWAY_AFTER = env_float("TIMENET_AWAY_AFTER", 180.0, minimum=1.0)
TIMENET_CLASSIFY_BATCH = env_int("TIMENET_CLASSIFY_BATCH", 16, minimum=1)
# A claim older than this is presumed dead (worker killed) and the frame may be claimed again.
TIMENET_CLAIM_LEASE = env_float("TIMENET_CLAIM_LEASE", 120.0, minimum=1.0)
TIMENET_MAX_ATTEMPTS = env_int("TIMENET_MAX_ATTEMPTS", 5, minimum=1)
TIMENET_REQUEUE_EVERY = env_float("TIMENET_REQUEUE_EVERY", 30.0, minimum=1.0)
# Notifications (notify/, docs/notifications.md): a round every N s decides what is due; the
# browser banner waits this long for an agent to show a notification first; older ones expire.
TIMENET_NOTIFY_EVERY = env_float("TIMENET_NOTIFY_EVERY", 60.0, minimum=1.0)
TIMENET_NOTIFY_BROWSER_GRACE = env_float("TIMENET_NOTIFY_BROWSER_GRACE", 60.0)
TIMENET_NOTIFY_MAX_AGE = env_float("TIMENET_NOTIFY_MAX_AGE", 3600.0, minimum=1.0)
TIMENET_MODEL_DIR = os.environ.get("TIMENET_MODEL_DIR", "")
# Retraining and the promotion gate (labeling.retrain, labeling.promotion; rule on /models/).
TIMENET_RETRAIN_NEW_LABELS = env_int("TIMENET_RETRAIN_NEW_LABELS", 50, minimum=1)  # N
TIMENET_RETRAIN_MIN_LABELS = env_int("TIMENET_RETRAIN_MIN_LABELS", 10, minimum=1)
TIMENET_RETRAIN_CHECK_EVERY = env_float("TIMENET_RETRAIN_CHECK_EVERY", 300.0, minimum=1.0)
TIMENET_RETRAIN_HOUR = env_int("TIMENET_RETRAIN_HOUR", 3)  # nightly, local time
TIMENET_RETRAIN_LOCK_TTL = env_float("TIMENET_RETRAIN_LOCK_TTL", 3600.0, minimum=60.0)
TIMENET_PROMOTION_MIN_GOLD = env_int("TIMENET_PROMOTION_MIN_GOLD", 5)
TIMENET_PROMOTION_MAX_CLASS_DROP = env_int("TIMENET_PROMOTION_MAX_CLASS_DROP", 1)
TIMENET_AUTO_ACCEPT_TARGET = env_float("TIMENET_AUTO_ACCEPT_TARGET", 0.98, minimum=0.5)
# Retention (privacy.retention): stored frame images go after N days (0: no age limit);
# labelled frames' images are kept for retraining (keep), follow the age (age) or go at once
# (delete). Per person on the privacy page; these are the defaults. Beat applies it hourly.
TIMENET_RETENTION_DAYS = env_int("TIMENET_RETENTION_DAYS", 30)
TIMENET_RETENTION_LABELLED = os.environ.get("TIMENET_RETENTION_LABELLED", "keep").strip() or "keep"
if TIMENET_RETENTION_LABELLED not in ("keep", "age", "delete"):
    raise ImproperlyConfigured("TIMENET_RETENTION_LABELLED must be keep, age or delete, "
                               f"got {TIMENET_RETENTION_LABELLED!r}")
TIMENET_RETENTION_EVERY = env_float("TIMENET_RETENTION_EVERY", 3600.0, minimum=1.0)
# The shipped model's directory has one owner: ml.meta.REPO_MODEL_DIR (read through
# tracker.model_registry.shipped_model_dir).

# --- Celery (read by timenet_site/celery.py with the CELERY_ namespace) -----------------------
CELERY_BROKER_URL = redis_url(DATA_DIR)
CELERY_RESULT_BACKEND = None  # results live in the database (Observation rows), not in Redis
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_ACKS_LATE = True
# A task whose worker process died (kill -9, OOM) goes back to the queue instead of being lost.
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_BROKER_CONNECTION_TIMEOUT = 5
# Ingest must answer even when Redis is down: the frame row is already committed and the beat
# job re-enqueues it later, so publishing gives up fast instead of hanging the request.
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 1, "interval_start": 0, "interval_step": 0.2}
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600, "socket_timeout": 5}
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
# django-celery-beat keeps the schedule in the database (editable in the admin under "Periodic
# tasks"); the entries below are written there when beat starts.
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_BEAT_SCHEDULE = {
    "requeue-waiting-frames": {
        "task": "tracker.tasks.requeue_waiting_frames",
        "schedule": TIMENET_REQUEUE_EVERY,
    },
    "notify-round": {"task": "notify.tasks.notify_round", "schedule": TIMENET_NOTIFY_EVERY},
    "retrain-on-labels": {"task": "labeling.tasks.retrain_on_labels",
                          "schedule": TIMENET_RETRAIN_CHECK_EVERY},
    "retrain-nightly": {"task": "labeling.tasks.retrain_nightly",
                        "schedule": crontab(hour=TIMENET_RETRAIN_HOUR, minute=0)},
    "privacy-retention": {"task": "privacy.tasks.apply_retention",
                          "schedule": TIMENET_RETENTION_EVERY},
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    # Celery's "Task ... received" / "... succeeded" lines are two per frame (a task per frame);
    # tracker.tasks logs one line per classified batch instead (timenet_site.celery).
    "filters": {"per_task_lines": {"()": "timenet_site.celery.PerTaskLines"}},
    "root": {"handlers": ["console"], "level": os.environ.get("TIMENET_LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"},
                "celery.app.trace": {"filters": ["per_task_lines"]},
                "celery.worker.strategy": {"filters": ["per_task_lines"]}},
}
