"""The admin's word on rich text: what the sanitiser left out of a save."""

from django.conf import settings
from django.contrib import messages
from django.utils.translation import gettext

from core.html import removed_content


class RichTextAdminMixin:
    """After a save, a warning names what the sanitiser (core.html) left out of each
    rich-text field of the admin's rich_text_fields: images, embedded media,
    heading levels the site does not use. It does not stop the save."""

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        for field in getattr(self, "rich_text_fields", ()):
            for code, language in settings.LANGUAGES:
                # The form's value is what the editor sent, before cleaning.
                sent = form.cleaned_data.get(f"{field}_{code}") or ""
                removed = removed_content(sent)
                if removed:
                    messages.warning(
                        request,
                        gettext(
                            "Left out of the %(language)s text, because a page "
                            "cannot show it: %(removed)s."
                        )
                        % {"language": language, "removed": ", ".join(removed)},
                    )
