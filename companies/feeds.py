"""Atom feeds of the vacancies: all of them, and per sector (core.feeds)."""

from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _

from companies.models import Sector, Vacancy
from core.feeds import FEED_SIZE, ContentFeed


class VacancyFeed(ContentFeed):
    def get_object(self, request, sector=None):
        if sector is None:
            return None
        found = Sector.objects.filter(slug=sector).first()
        if found is None:
            raise Http404
        return found

    def title(self, obj=None):
        if obj is None:
            return _("Vacancies in Ghent's social economy")
        return _("Vacancies in Ghent's social economy: %(sector)s") % {
            "sector": obj.name
        }

    def subtitle(self, obj=None):
        return _("New jobs at the companies of the social economy in Ghent.")

    def link(self, obj=None):
        url = reverse("companies:vacancies")
        return self.absolute(url if obj is None else f"{url}?sector={obj.slug}")

    def items(self, obj=None):
        vacancies = Vacancy.objects.visible().select_related("company")
        if obj is not None:
            vacancies = vacancies.in_sectors([obj.slug])
        return vacancies.order_by("-posted_on", "-pk")[:FEED_SIZE]

    def item_title(self, item):
        return _("%(title)s at %(company)s") % {
            "title": item.title,
            "company": item.company.name,
        }

    def item_description(self, item):
        return item.description

    def item_author_name(self, item):
        return item.company.name
