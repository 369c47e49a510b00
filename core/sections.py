"""The page that introduces a part of the site (its fixed role, Page.Key): the
directory, the catalogue and the job count show it above their own content. By the
model's name, so that those apps need not import the pages app."""

from django.apps import apps


def section_page(key):
    """The visible main section with this role, or None."""
    page = apps.get_model("pages", "Page")
    return page.objects.visible().filter(key=key, parent=None).first()
