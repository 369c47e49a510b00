"""Settings from the environment; production settings pass check --deploy."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

PRODUCTION = {
    "DJANGO_DEBUG": "0",
    "DJANGO_SECRET_KEY": "a-long-production-like-secret-" + "x" * 40,
    "DJANGO_ALLOWED_HOSTS": "sociale-economie.example.gent",
}


def run_manage(*args, **env_overrides):
    return run_manage_like([sys.executable, "manage.py", *args], **env_overrides)


def run_manage_like(command, **env_overrides):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith("DJANGO_") or key == "DJANGO_SETTINGS_MODULE"
    }
    env.setdefault("DJANGO_SETTINGS_MODULE", "gentse_se.settings")
    env.update(env_overrides)
    return subprocess.run(
        command,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def run_python(code, **env_overrides):
    """Run Python code with Django set up under the given environment."""
    return run_manage_like(
        [sys.executable, "-c", "import django; django.setup()\n" + code],
        **env_overrides,
    )


def test_check_deploy_is_clean_with_production_settings():
    result = run_manage(
        "check",
        "--deploy",
        "--fail-level",
        "DEBUG",
        DJANGO_SOCIAL_ECONOMY_DESK_EMAIL="sociale.economie@example.gent",
        **PRODUCTION,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "WARNINGS" not in result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_check_deploy_warns_without_the_desk_address():
    result = run_manage("check", "--deploy", **PRODUCTION)
    assert "companies.W001" in result.stdout + result.stderr
    assert "DJANGO_SOCIAL_ECONOMY_DESK_EMAIL" in result.stdout + result.stderr


@pytest.mark.parametrize("missing", ["DJANGO_SECRET_KEY", "DJANGO_ALLOWED_HOSTS"])
def test_start_up_stops_without_secret_key_or_hosts(missing):
    env = {k: v for k, v in PRODUCTION.items() if k != missing}
    result = run_manage("check", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert missing in result.stderr


def test_debug_runs_without_secret_key_on_a_fixed_key():
    script = "from django.conf import settings; print(settings.SECRET_KEY)"
    result = run_python(script, DJANGO_DEBUG="1")
    assert result.returncode == 0, result.stderr
    again = run_python(script, DJANGO_DEBUG="1")
    assert result.stdout == again.stdout  # never a random key
    assert "insecure" in result.stdout


def test_https_protections_are_on_by_default_without_debug():
    script = (
        "from django.conf import settings as s; "
        "print(s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE,"
        " s.CSRF_COOKIE_SECURE, s.SESSION_COOKIE_NAME)"
    )
    result = run_python(script, **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "True",
        "31536000",
        "True",
        "True",
        "__Host-sessionid",
    ]


def test_settings_read_database_cache_admin_url_and_media_from_the_environment(
    tmp_path,
):
    script = (
        "from django.conf import settings as s; "
        "print(s.DATABASES['default']['ENGINE'], s.DATABASES['default']['NAME'],"
        " s.CACHES['default']['BACKEND'], s.ADMIN_URL, s.MEDIA_ROOT)"
    )
    result = run_python(
        script,
        DATABASE_URL="postgres://u:p@db.example:5432/gentse",
        REDIS_URL="redis://127.0.0.1:6379/3",
        DJANGO_ADMIN_URL="achterkant",
        MEDIA_ROOT=str(tmp_path),
        **PRODUCTION,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "django.db.backends.postgresql",
        "gentse",
        "django.core.cache.backends.redis.RedisCache",
        "achterkant/",
        str(tmp_path),
    ]


@pytest.mark.parametrize(
    "value, options",
    [
        (None, "-c random_page_cost=1.1"),
        ("1.5", "-c random_page_cost=1.5"),
        ("server", None),
    ],
)
def test_postgresql_connections_set_the_planners_random_page_cost(value, options):
    script = (
        "from django.conf import settings as s; "
        "print(s.DATABASES['default'].get('OPTIONS', {}).get('options'))"
    )
    env = {"DATABASE_URL": "postgres://u:p@db.example:5432/gentse", **PRODUCTION}
    if value is not None:
        env["DJANGO_DB_RANDOM_PAGE_COST"] = value
    result = run_python(script, **env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(options)


def test_bad_random_page_cost_stops_start_up_with_a_clear_message():
    result = run_manage(
        "check",
        DATABASE_URL="postgres://u:p@db.example:5432/gentse",
        DJANGO_DB_RANDOM_PAGE_COST="fast",
        **PRODUCTION,
    )
    assert result.returncode != 0
    assert "DJANGO_DB_RANDOM_PAGE_COST must be a number" in result.stderr


def test_bad_boolean_stops_start_up_with_a_clear_message():
    result = run_manage("check", DJANGO_DEBUG="maybe")
    assert result.returncode != 0
    assert "DJANGO_DEBUG must be" in result.stderr


def test_collectstatic_builds_the_production_manifest(tmp_path):
    result = run_manage(
        "collectstatic",
        "--no-input",
        "-v",
        "0",
        DJANGO_STATIC_ROOT=str(tmp_path),
        DJANGO_STATIC_MANIFEST="1",
        **PRODUCTION,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    manifest = tmp_path / "staticfiles.json"
    assert manifest.exists()
    assert '"gent/css/main.css"' in manifest.read_text()
    assert list(tmp_path.glob("gent/css/main.*.css.br"))


def test_every_variable_in_the_deploy_guide_is_documented_and_read():
    import re

    guide = (ROOT / "docs" / "deploy.md").read_text()
    example = (ROOT / ".env.example").read_text()
    code = (ROOT / "gentse_se" / "settings.py").read_text() + (
        ROOT / "gentse_se" / "gunicorn.conf.py"
    ).read_text()
    names = set(
        re.findall(
            r"`((?:DJANGO|SENTRY)_[A-Z0-9_]+|DATABASE_URL|REDIS_URL|"
            r"MEDIA_ROOT|WEB_CONCURRENCY)`",
            guide,
        )
    )
    names.discard("DJANGO_SECURE_HSTS_SECONDS")  # read below with its sisters
    assert len(names) > 20
    for name in sorted(names):
        assert f"{name}=" in example, f"{name} missing from .env.example"
        assert f'"{name}"' in code, f"{name} is not read by the settings"


def test_s3_admins_sentry_and_proxy_settings_take_effect(tmp_path):
    fake = tmp_path / "sentry_sdk.py"
    fake.write_text(
        "CALLS = []\ndef init(**kwargs):\n    print('SENTRY', kwargs['dsn'])\n"
    )
    script = (
        "from django.conf import settings as s; "
        "print(s.STORAGES['default']['BACKEND'], "
        "s.STORAGES['default']['OPTIONS']['bucket_name'], "
        "s.LOGGING['loggers']['django.request']['handlers'], "
        "s.TRUSTED_PROXY_COUNT)"
    )
    result = run_python(
        script,
        DJANGO_MEDIA_S3_BUCKET="gentse-media",
        DJANGO_ADMINS="ops@example.gent",
        SENTRY_DSN="https://key@sentry.example/1",
        DJANGO_TRUSTED_PROXY_COUNT="1",
        PYTHONPATH=str(tmp_path),
        **PRODUCTION,
    )
    assert result.returncode == 0, result.stderr
    assert "SENTRY https://key@sentry.example/1" in result.stdout
    assert (
        "storages.backends.s3.S3Storage gentse-media ['console', 'mail_admins'] 1"
        in (result.stdout)
    )


def test_page_cache_is_on_in_production_and_off_while_developing():
    script = "from django.conf import settings; print(settings.PAGE_CACHE)"
    assert run_python(script, **PRODUCTION).stdout.split() == ["True"]
    assert run_python(script, DJANGO_DEBUG="1").stdout.split() == ["False"]
    forced = run_python(script, DJANGO_DEBUG="1", DJANGO_PAGE_CACHE="1")
    assert forced.stdout.split() == ["True"]


def test_the_project_starts_from_a_folder_outside_the_repository(tmp_path):
    """Every app is packaged (pyproject.toml): Django starts with the project's
    settings wherever the virtualenv's Python runs, and the demo app, which is not
    packaged, is not installed in production."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(PRODUCTION, DJANGO_SETTINGS_MODULE="gentse_se.settings")
    env.pop("PYTHONPATH", None)
    script = (
        "import django; django.setup(); from django.apps import apps; "
        "print(' '.join(sorted(a.label for a in apps.get_app_configs() "
        "if a.label in {'core','pages','companies','jobcount','search','demo'})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["companies", "core", "jobcount", "pages", "search"]
