import pytest
from django.core.management import call_command


@pytest.fixture
def demo_content(db):
    """The demo content, as `make run` loads it."""
    call_command("load_demo_content", verbosity=0)


@pytest.fixture
def editor(db):
    """An account in the Redacteurs group, as `create_editor` makes it."""
    from django.contrib.auth.models import Group, User

    from core.permissions import EDITOR_GROUP

    user = User.objects.create_user(
        "redacteur", "r@example.org", "een-lang-wachtwoord-voor-tests", is_staff=True
    )
    user.groups.add(Group.objects.get(name=EDITOR_GROUP))
    return user


@pytest.fixture
def editor_client(editor):
    from django.test import Client

    client = Client()
    client.force_login(editor, backend="django.contrib.auth.backends.ModelBackend")
    return client


@pytest.fixture
def publisher(db):
    """An account in the Eindredacteurs group: approves and publishes."""
    from django.contrib.auth.models import Group, User

    from core.permissions import PUBLISHER_GROUP

    user = User.objects.create_user(
        "eindredacteur", "e@example.org", "nog-een-lang-wachtwoord", is_staff=True
    )
    user.groups.add(Group.objects.get(name=PUBLISHER_GROUP))
    return user


@pytest.fixture
def publisher_client(publisher):
    from django.test import Client

    client = Client()
    client.force_login(publisher, backend="django.contrib.auth.backends.ModelBackend")
    return client
