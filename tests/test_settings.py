"""Production settings refuse to start without real secrets; each check runs in a fresh process."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOOD_KEY = "k" * 20 + "-" + "a8Zq0vX" * 6


def load_production_settings(**env):
    clean = {key: value for key, value in os.environ.items() if key not in {"SECRET_KEY"}}
    clean.update(env)
    clean["DJANGO_SETTINGS_MODULE"] = "config.settings.production"
    return subprocess.run(  # noqa: S603 - fixed argv, our own interpreter
        [sys.executable, "-c", "import django; django.setup(); print('loaded')"],
        cwd=ROOT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_production_refuses_missing_secret_key():
    result = load_production_settings(ALLOWED_HOSTS="meridian.example.edu")
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_development_key():
    result = load_production_settings(
        SECRET_KEY="dev-only-insecure-key-do-not-use-in-production-0123456789",
        ALLOWED_HOSTS="meridian.example.edu",
    )
    assert result.returncode != 0
    assert "SECRET_KEY must be set" in result.stderr


def test_production_refuses_missing_allowed_hosts():
    env = {"SECRET_KEY": GOOD_KEY, "ALLOWED_HOSTS": ""}
    result = load_production_settings(**env)
    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_starts_with_real_secrets():
    # REDIS_URL is required too (docs/deploy.md); only named here, never connected to.
    result = load_production_settings(
        SECRET_KEY=GOOD_KEY,
        ALLOWED_HOSTS="meridian.example.edu",
        REDIS_URL="redis://127.0.0.1:6379/5",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "loaded"


def test_no_gravatar_and_chinese_first(settings):
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    assert settings.LANGUAGE_CODE == "zh-hans"
    assert [code for code, _ in settings.LANGUAGES] == ["zh-hans", "en"]
    assert settings.WAGTAIL_I18N_ENABLED
