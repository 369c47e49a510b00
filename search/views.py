from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from core.text import MAX_QUERY_LENGTH, clean_query
from search.engine import site_search


@require_safe
def search(request):
    raw = request.GET.get("q", "")
    q = clean_query(raw)
    page, hits = site_search(q, request.GET.get("page")) if q else (None, [])
    context = {
        "q": q,
        "was_cut": len(" ".join(raw.split())) > MAX_QUERY_LENGTH,
        "hits": hits,
        "page_obj": page,
        "total": page.paginator.count if page else 0,
        "searched": bool(q),
        "breadcrumbs": [{"title": _("Search"), "url": request.path}],
    }
    return render(request, "search.html", context)
