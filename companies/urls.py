from django.urls import path
from django.utils.translation import gettext_lazy as _

from companies import feeds, views

app_name = "companies"

urlpatterns = [
    path(_("companies/"), views.company_list, name="list"),
    path(_("companies/<slug:slug>/"), views.company_detail, name="detail"),
    path(_("companies/<slug:slug>/quote/"), views.quote_request, name="quote"),
    path(_("preview/company/<int:pk>/"), views.company_preview, name="preview"),
    path(_("buy-social/"), views.buy_social, name="buy_social"),
    path(_("vacancies/"), views.vacancy_list, name="vacancies"),
    path(_("vacancies/<int:pk>/"), views.vacancy_detail, name="vacancy"),
    path(_("vacancies/feed/"), feeds.VacancyFeed(), name="vacancy_feed"),
    path(
        _("vacancies/feed/<slug:sector>/"),
        feeds.VacancyFeed(),
        name="vacancy_sector_feed",
    ),
    path(_("preview/vacancy/<int:pk>/"), views.vacancy_preview, name="vacancy_preview"),
    path(_("buy-social/request/"), views.quote_need, name="need"),
    path(
        _("buy-social/request/sent/<str:token>/"), views.quote_sent, name="quote_sent"
    ),
    path(_("buy-social/answer/<str:token>/"), views.quote_answer, name="quote_answer"),
]
