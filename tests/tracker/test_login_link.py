"""`manage.py login_link`: a fresh one-time link that logs the owner in once."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from io import StringIO
from pathlib import Path
from types import SimpleNamespace

import pytest
from django.core.management import CommandError, call_command

ROOT = Path(__file__).resolve().parents[2]


def link_path(out: str) -> str:
    return re.search(r"one-time login link: http://[^/]+(/\S+)", out).group(1)


def test_the_link_logs_the_owner_in_once(db, client, django_user_model):
    owner = django_user_model.objects.create_superuser("timenet", password=None)
    out = StringIO()
    call_command("login_link", stdout=out)
    path = link_path(out.getvalue())
    assert client.get(path).status_code == 302
    assert client.session["_auth_user_id"] == str(owner.pk)
    client.logout()
    assert client.get(path).status_code == 403  # used: last_login moved, the token is dead


def test_an_unknown_user_and_a_fresh_install_are_clear_errors(db, django_user_model):
    with pytest.raises(CommandError, match="start TimeNet once"):
        call_command("login_link")
    django_user_model.objects.create_superuser("timenet", password=None)
    with pytest.raises(CommandError, match="no user named 'nobody'"):
        call_command("login_link", user="nobody")


def test_an_empty_data_dir_is_one_line_and_exit_status_2(tmp_path):
    """A shell without make run's TIMENET_DATA_DIR: say so, no traceback, no database made."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL",
                                                            "DJANGO_SETTINGS_MODULE")}
    env["TIMENET_DATA_DIR"] = str(tmp_path)
    done = subprocess.run([sys.executable, "manage.py", "login_link"], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr and "one-time login link" not in done.stdout
    assert f"no TimeNet database in DATA_DIR {tmp_path}" in done.stderr
    assert "set TIMENET_DATA_DIR to the folder make run used" in done.stderr
    assert not (tmp_path / "timenet.sqlite3").exists()


@pytest.mark.parametrize("data_dir, port, expected", [
    (None, 8000, ".venv/bin/python manage.py login_link"),
    ("/x y", 8611,
     "TIMENET_DATA_DIR='/x y' TIMENET_PORT=8611 .venv/bin/python manage.py login_link"),
    (None, 8611, "TIMENET_PORT=8611 .venv/bin/python manage.py login_link"),
])
def test_make_run_prints_the_command_with_its_own_data_dir_and_port(data_dir, port, expected):
    from timenet_site.run import login_link_hint
    from timenet_site.settings import BASE_DIR

    settings = SimpleNamespace(DATA_DIR=Path(data_dir) if data_dir else BASE_DIR / "var",
                               TIMENET_PORT=port)
    assert login_link_hint(settings) == expected
