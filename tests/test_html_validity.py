"""Every page type, in every language, is valid HTML for the Nu HTML Checker (npm
vnu-jar, run with Java): zero errors. Skipped without Java, except in CI."""

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.core.management import call_command

from companies.models import Company
from pages.models import Page, Project
from tests.factories import image_file
from tests.helpers import LANGUAGES
from tests.public_urls import public_urls

ROOT = Path(__file__).resolve().parent.parent
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"


@pytest.fixture
def vnu():
    java = shutil.which("java")
    if java is None or not VNU.exists():
        reason = "the Nu HTML Checker needs Java and node_modules/vnu-jar (make assets)"
        if os.environ.get("CI"):
            pytest.fail(reason + "; CI requires it.")
        pytest.skip(reason)
    return [java, "-Xss4m", "-jar", str(VNU)]


def add_images():
    """The demo content has none: a page, a project and a company get an image, so
    that their <picture> is checked too (in English and French its alternative text
    falls back to Dutch, with lang="nl")."""
    for obj in (
        Page.objects.get(key="people"),
        Project.objects.published().first(),
        Company.objects.get(slug="ryhove"),
    ):
        obj.image = image_file()
        obj.image_alt_nl = "Een groene rechthoek"
        obj.save()


def test_every_page_type_is_valid_html(client, db, vnu, tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("load_demo_content", "--examples", verbosity=0)
    add_images()
    files = []
    for language in LANGUAGES:
        for page_type, url in public_urls(language).items():
            response = client.get(url)
            assert response.status_code == 200, url
            path = tmp_path / f"{language}-{page_type}.html"
            path.write_bytes(response.content)
            files.append(path)
    not_found = tmp_path / "nl-404.html"
    not_found.write_bytes(client.get("/nl/bestaat-niet/").content)
    files.append(not_found)
    result = subprocess.run(
        [*vnu, "--format", "json", "--errors-only", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or '{"messages": []}')["messages"]
    errors = [
        f"{Path(m.get('url', '')).name}:{m.get('lastLine')}: {m.get('message')}"
        for m in messages
        if m.get("type") == "error"
    ]
    assert errors == [], "\n".join(errors)
