"""The document library in the admin: a title per language, the PDF, and the address
to put in a link in rich text (core.documents)."""

from django.conf import settings
from django.contrib import admin
from django.template.defaultfilters import filesizeformat
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TabbedTranslationAdmin
from reversion_compare.admin import CompareVersionAdmin

from core.admin import all_languages
from core.models import Document


@admin.register(Document)
class DocumentAdmin(CompareVersionAdmin, TabbedTranslationAdmin):
    history_latest_first = True
    list_display = ["title", "file_type", "file_size", "address", "updated_at"]
    search_fields = all_languages("title")
    fields = ["title", "file", "address", "file_size"]
    readonly_fields = ["address", "file_size"]

    @admin.display(description=_("type"))
    def file_type(self, obj):
        return obj.file_type

    @admin.display(description=_("size"), ordering="size")
    def file_size(self, obj):
        return filesizeformat(obj.size) if obj.pk else "—"

    @admin.display(
        description=_("address to link to (copy it into the link of the text)")
    )
    def address(self, obj):
        """The full address, in a read-only field that selects and copies easily;
        links in rich text to it show the document's type and size."""
        if not obj.pk:
            return _("Known once the document is saved.")
        return format_html(
            '<input type="text" readonly value="{}" size="50" aria-label="{}" '
            'class="document-address">',
            settings.SITE_URL.rstrip("/") + obj.get_absolute_url(),
            _("Address of %(document)s") % {"document": obj},
        )
