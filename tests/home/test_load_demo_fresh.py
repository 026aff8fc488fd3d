"""`manage.py load_demo` on a database without the demo (the shared demo of test_load_demo.py
would be in the way)."""

from io import StringIO

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from training.people.models import StaffProfile

from .test_load_demo import PASSWORD, authenticate, load_demo

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def test_adopts_an_existing_admin_account_without_a_profile(monkeypatch):
    monkeypatch.delenv("DEMO_PASSWORD", raising=False)
    User.objects.create_superuser("admin", "admin@example.com", "something-else")
    load_demo()
    admin = User.objects.get(username="admin")
    assert admin.staff_profile.staff_number == "BJL0012"
    assert authenticate(username="admin", password=PASSWORD) is not None


def test_refuses_to_run_without_debug_unless_forced():
    with pytest.raises(CommandError, match="--force"):
        call_command("load_demo", stdout=StringIO())
    assert not StaffProfile.objects.exists()
