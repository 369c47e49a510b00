from django.shortcuts import render
from django.views.decorators.http import require_safe

from pages.models import HomePage


@require_safe
def home(request):
    return render(request, "pages/home.html", {"home": HomePage.load()})
