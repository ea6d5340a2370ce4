"""`manage.py login_link`: a fresh one-time link that logs the owner in once."""

from __future__ import annotations

import re
from io import StringIO

import pytest
from django.core.management import CommandError, call_command


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
