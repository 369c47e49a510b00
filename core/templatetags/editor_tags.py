"""The "Edit this page" link that logged-in editors see on the public site."""

from django import template
from django.conf import settings
from django.contrib.auth import get_permission_codename
from django.urls import NoReverseMatch, reverse

register = template.Library()


@register.inclusion_tag("includes/edit_link.html", takes_context=True)
def edit_link(context, obj):
    """A link to obj's change form, for a staff user who may change it. The user is
    looked up only when the request carries a session cookie: an anonymous page
    reads no session, so it sets no cookie, varies on nothing more and stays in the
    page cache (core.pagecache, which passes requests with a session by)."""
    request = context.get("request")
    if (
        obj is None
        or request is None
        or settings.SESSION_COOKIE_NAME not in request.COOKIES
    ):
        return {}
    user = request.user
    opts = obj._meta
    codename = get_permission_codename("change", opts)
    if not (user.is_active and user.is_staff):
        return {}
    if not user.has_perm(f"{opts.app_label}.{codename}"):
        return {}
    try:
        url = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
    except NoReverseMatch:
        return {}
    return {"url": url}
