from django.urls import path
from django.utils.translation import gettext_lazy as _

from companies import views

app_name = "companies"

urlpatterns = [
    path(_("companies/"), views.company_list, name="list"),
    path(_("companies/<slug:slug>/"), views.company_detail, name="detail"),
    path(_("companies/<slug:slug>/quote/"), views.quote_request, name="quote"),
    path(_("companies/<slug:slug>/quote/sent/"), views.quote_sent, name="quote_sent"),
    path(_("buy-social/"), views.buy_social, name="buy_social"),
]
