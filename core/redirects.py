"""Addresses that never break, with django.contrib.redirects.

A save that changes an object's address in any language (a slug; for a page also its
parent, which moves every page below it) makes a permanent redirect from each old
address to the new one, and rewrites links to the old addresses in every rich-text
field, in the save's own transaction. Redirects answer only where nothing else does
(RedirectFallbackMiddleware acts on a 404, and the page cache stores no 404), so a page
that takes an old address again wins. No redirect points at another one or at itself.
Editors see and change them in the admin, and add one for a deleted page's address.
"""

from django import forms
from django.apps import apps
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.redirects.models import Redirect
from django.contrib.sites.models import Site
from django.db.models import QuerySet, Value
from django.db.models.functions import Replace
from django.db.models.signals import post_save, pre_save
from django.urls import reverse
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from core.i18n import alternates_of
from core.models import RichTextField

MAX_PATH = Redirect._meta.get_field("old_path").max_length


def _redirects():
    return Redirect.objects.filter(site_id=settings.SITE_ID)


def redirects_moved(moves):
    """moves: {old address: new address} of objects that now live at the new ones."""
    moves = {
        old: new
        for old, new in moves.items()
        if old != new and len(old) <= MAX_PATH and len(new) <= MAX_PATH
    }
    _redirects().filter(old_path__in=moves.values()).delete()  # content lives there
    for old, new in moves.items():
        _redirects().filter(new_path=old).update(new_path=new)  # no chains
        Redirect.objects.update_or_create(
            site_id=settings.SITE_ID, old_path=old, defaults={"new_path": new}
        )
    links_moved(moves)


def links_moved(moves):
    """Links in rich text follow moved addresses: one UPDATE per field and address,
    by the database's REPLACE (no row is read into Python). A link to a page below a
    moved one changes with its parent's prefix. Hand-written: no library does it."""
    fields = [
        (model, field.name)
        for model in apps.get_models()
        for field in model._meta.concrete_fields
        if isinstance(field, RichTextField)
    ]
    for old, new in moves.items():
        if any(
            other != old and old.startswith(other) and new == to + old[len(other) :]
            for other, to in moves.items()
        ):
            continue  # rewritten with its parent's address
        before, after = f'href="{old}', f'href="{new}'
        for model, name in fields:
            # A plain QuerySet: modeltranslation's would read "body" as "body_nl".
            QuerySet(model).filter(**{f"{name}__contains": before}).update(
                **{name: Replace(name, Value(before), Value(after))}
            )


FOLLOWED = set()


def follow_moves(model, queryset, below=lambda obj: []):
    """Redirect the old addresses of model's objects when a save moves them.
    queryset(): the objects as their addresses need them loaded; below(obj): the
    objects whose address contains obj's (a page's sub-pages)."""
    FOLLOWED.add(model)

    def before_save(sender, instance, **kwargs):
        stored = queryset().filter(pk=instance.pk).first() if instance.pk else None
        if stored is None or alternates_of(stored) == alternates_of(instance):
            return
        instance._addresses_before = {
            obj.pk: alternates_of(obj) for obj in [stored, *below(stored)]
        }

    def after_save(sender, instance, **kwargs):
        addresses = instance.__dict__.pop("_addresses_before", None)
        if not addresses:
            return
        moves = {}
        for obj in queryset().filter(pk__in=addresses):
            for code, url in alternates_of(obj).items():
                moves[addresses[obj.pk][code]] = url
        redirects_moved(moves)

    uid = f"redirects-{model._meta.label_lower}"
    pre_save.connect(before_save, sender=model, dispatch_uid=uid, weak=False)
    post_save.connect(after_save, sender=model, dispatch_uid=uid, weak=False)


class RedirectForm(forms.ModelForm):
    class Meta:
        model = Redirect
        fields = ("old_path", "new_path")
        labels = {"old_path": _("Old address"), "new_path": _("New address")}
        help_texts = {
            "old_path": _(
                "The address that no longer works, without the domain name, e.g. "
                "/nl/oude-pagina/. It redirects only while no page has this address."
            ),
            "new_path": _(
                "Where visitors go instead: an address on this site, e.g. "
                "/nl/nieuwe-pagina/, or a full address starting with https://. "
                "Empty: the page is gone for good (visitors get “410 Gone”)."
            ),
        }

    def clean_old_path(self):
        path = self.cleaned_data["old_path"].strip()
        if not path.startswith("/"):
            raise forms.ValidationError(
                _("Start the old address with “/”, e.g. /nl/oude-pagina/.")
            )
        if _redirects().filter(old_path=path).exclude(pk=self.instance.pk).exists():
            raise forms.ValidationError(
                _("There already is a redirect from this address: change that one.")
            )
        return path

    def clean_new_path(self):
        path = self.cleaned_data["new_path"].strip()
        if path and not path.startswith(("/", "https://", "http://")):
            raise forms.ValidationError(
                _("Start the new address with “/” or with https://.")
            )
        # Pointing at an address that redirects itself: point at its end.
        found = _redirects().filter(old_path=path).exclude(pk=self.instance.pk)
        return found.values_list("new_path", flat=True).first() or path

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("old_path") and cleaned.get("old_path") == cleaned.get(
            "new_path"
        ):
            self.add_error(
                "new_path",
                _("This leads back to the old address. Choose another address."),
            )
        return cleaned


class RedirectAdmin(admin.ModelAdmin):
    """django.contrib.redirects' admin, for the one site, keeping chains collapsed."""

    form = RedirectForm
    list_display = ("old_address", "new_address")
    search_fields = ("old_path", "new_path")

    @admin.display(description=_("Old address"), ordering="old_path")
    def old_address(self, obj):
        return obj.old_path

    @admin.display(description=_("New address"), ordering="new_path")
    def new_address(self, obj):
        return obj.new_path or "—"

    def save_model(self, request, obj, form, change):
        obj.site_id = settings.SITE_ID
        super().save_model(request, obj, form, change)
        _redirects().filter(new_path=obj.old_path).update(new_path=obj.new_path)


class RedirectOnDeleteMixin:
    """After an item with an address is deleted, the admin offers a redirect from
    that address (the add form, filled in)."""

    def delete_model(self, request, obj):
        address = (
            alternates_of(obj)[settings.LANGUAGE_CODE]
            if type(obj) in FOLLOWED
            else None
        )
        super().delete_model(request, obj)
        if address and request.user.has_perm("redirects.add_redirect"):
            url = reverse("admin:redirects_redirect_add")
            messages.info(
                request,
                format_html(
                    '{} <a href="{}?{}">{}</a>',
                    _("The address %(address)s now leads nowhere.")
                    % {"address": address},
                    url,
                    urlencode({"old_path": address}),
                    _("Redirect it to another page"),
                ),
            )


def register_redirect_admin(site):
    """Ours in place of Django's redirect admin; the one Site row has nothing for
    anyone to change."""
    site.unregister(Redirect)
    site.register(Redirect, RedirectAdmin)
    site.unregister(Site)
