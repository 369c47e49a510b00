import pytest
from django.core.management import call_command

LANGUAGES = ("nl", "en", "fr")


@pytest.fixture
def demo_content(db):
    """The demo content, as `make run` loads it."""
    call_command("load_demo_content", verbosity=0)
