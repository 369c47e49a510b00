"""The Atom feed of the projects (core.feeds)."""

from django.urls import reverse
from django.utils.translation import gettext as _

from core.feeds import FEED_SIZE, ContentFeed
from pages.models import Project


class ProjectFeed(ContentFeed):
    def title(self, obj=None):
        return _("Projects of Ghent's social economy")

    def subtitle(self, obj=None):
        return _(
            "Projects with and for the workers and companies of the social economy."
        )

    def link(self, obj=None):
        return self.absolute(reverse("pages:project_list"))

    def items(self, obj=None):
        return Project.objects.visible().order_by("-created_at", "-pk")[:FEED_SIZE]
