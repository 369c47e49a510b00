"""A Word file (.docx) read into a rich-text field from the admin form.

mammoth turns the document's structure (headings, lists, tables, bold, italic, links)
into HTML; the site's sanitiser (core.html) then keeps what rich text allows. Its
messages about what it could not convert are shown to the editor as warnings.

DocxImportAdminMixin, on core.admin.ContentAdmin, adds one optional file field per
language after each rich-text field of the model (``body``, ``long_description``):
the file's text replaces that language's text when the form is saved.
"""

import logging
import re
import zipfile

import mammoth
from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core.html import removed_content, sanitize_html, validate_links

logger = logging.getLogger(__name__)

MAX_DOCX_BYTES = 5 * 1024 * 1024
# What the unpacked parts may add up to: a small file that unpacks to gigabytes
# (a zip bomb) is refused before it is read. Images inside are never unpacked.
MAX_UNPACKED_BYTES = 50 * 1024 * 1024

# Word's Heading 1 is the page's first level under its title (the h1): h2.
STYLE_MAP = """
p[style-name='Title'] => h2:fresh
p[style-name='Heading 1'] => h2:fresh
p[style-name='Heading 2'] => h3:fresh
p[style-name='Heading 3'] => h4:fresh
p[style-name='Heading 4'] => h4:fresh
p[style-name='Heading 5'] => h4:fresh
p[style-name='Heading 6'] => h4:fresh
p[style-name='Subtitle'] => p:fresh
p[style-name='List Paragraph'] => p:fresh
p[style-name='Quote'] => blockquote > p:fresh
p[style-name='Intense Quote'] => blockquote > p:fresh
r[style-name='Emphasis'] => em
r[style-name='Intense Emphasis'] => strong
"""

_UNRECOGNISED_STYLE = re.compile(r"^Unrecognised (\w+) style: (.*) \(Style ID: .*\)$")


def docx_to_html(upload) -> tuple[str, list[str]]:
    """The sanitised HTML of an uploaded .docx and what the editor should know
    about it (in the active language). Raises ValidationError for anything that is
    not a readable .docx, never another error."""
    if upload.size > MAX_DOCX_BYTES:
        raise ValidationError(
            _("The Word file is larger than 5 MB. Make it smaller and try again."),
            code="too_large",
        )
    not_docx = ValidationError(
        _(
            "This file cannot be read as a Word file (.docx). Open it in Word, "
            "choose 'Save as' and the type 'Word document (.docx)', and try again."
        ),
        code="not_docx",
    )
    if not upload.name.lower().endswith(".docx"):
        raise not_docx
    try:
        upload.seek(0)
        with zipfile.ZipFile(upload) as archive:
            parts = archive.infolist()
            names = {part.filename for part in parts}
            unpacked = sum(
                part.file_size
                for part in parts
                if not part.filename.startswith("word/media/")
            )
        if "word/document.xml" not in names or unpacked > MAX_UNPACKED_BYTES:
            raise not_docx
        upload.seek(0)
        result = mammoth.convert_to_html(
            upload,
            style_map=STYLE_MAP,
            # An <img> without its data: rich text holds no images (the sanitiser
            # drops them, and removed_content counts them); never unpacked.
            convert_image=mammoth.images.img_element(lambda image: {}),
        )
    except ValidationError:
        raise
    except Exception as error:  # any failure of the parser on a broken file
        logger.info("Could not read a .docx upload: %r", error)
        raise not_docx from error
    html = sanitize_html(result.value)
    notes = [_describe(message.message) for message in result.messages]
    removed = removed_content(result.value)
    if removed:
        notes.append(
            gettext("Left out of the Word file: %(removed)s.")
            % {"removed": ", ".join(removed)}
        )
    try:
        validate_links(result.value)
    except ValidationError as refused:
        notes += refused.messages
    if not html:
        notes.append(gettext("The Word file has no text."))
    return html, notes


def _describe(message: str) -> str:
    found = _UNRECOGNISED_STYLE.match(message)
    if found:
        return gettext(
            "The style '%(style)s' of the Word file is not known here: its text "
            "became ordinary text."
        ) % {"style": found.group(2)}
    return gettext("Part of the Word file was not taken over (%(detail)s).") % {
        "detail": message
    }


class DocxFileField(forms.FileField):
    """An optional .docx upload; cleans to (html, notes) or None."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault(
            "widget",
            forms.ClearableFileInput(
                attrs={
                    "accept": ".docx,application/vnd.openxmlformats-officedocument"
                    ".wordprocessingml.document"
                }
            ),
        )
        super().__init__(*args, **kwargs)

    def to_python(self, data):
        upload = super().to_python(data)
        return None if upload is None else docx_to_html(upload)


def docx_field_name(field: str, code: str) -> str:
    return f"{field}_docx_{code}"


class DocxImportForm:
    """Puts each imported file's HTML in the rich-text field of its language, and
    keeps the editor's notes in ``docx_notes`` for the admin to show."""

    docx_targets: dict[str, str] = {}  # file field → rich-text field, per language
    docx_request = None

    def clean(self):
        cleaned_data = super().clean()
        self.docx_notes = []
        for name, target in self.docx_targets.items():
            imported = cleaned_data.get(name)
            if not imported:
                continue
            html, notes = imported
            cleaned_data[target] = html
            # Also in the form's data, so that a form shown again with an error
            # elsewhere shows the imported text (a file input is always empty);
            # and in the request's, for what stores the posted form as it is (a
            # working copy, core.drafts).
            self.data = self.data.copy()
            self.data[self.add_prefix(target)] = html
            if self.docx_request is not None:
                self.docx_request.POST = self.data
            language = dict(settings.LANGUAGES)[target.rsplit("_", 1)[1]]
            self.docx_notes.append(
                (
                    messages.INFO,
                    gettext("The Word file %(file)s replaced the text (%(language)s).")
                    % {
                        "file": self.files[self.add_prefix(name)].name,
                        "language": language,
                    },
                )
            )
            self.docx_notes += [(messages.WARNING, note) for note in notes]
        return cleaned_data


class DocxImportAdminMixin:
    """On a ModelAdmin with modeltranslation: an optional .docx field per language
    after each of the model's rich-text fields (``docx_import_fields``, by default
    those of ``rich_text_fields`` the model has), for editors who may change it."""

    def docx_import_fields(self):
        model_fields = {field.name for field in self.model._meta.get_fields()}
        names = getattr(self, "rich_text_fields", ())
        default = settings.LANGUAGE_CODE
        return [name for name in names if f"{name}_{default}" in model_fields]

    def _docx_targets(self):
        return {
            docx_field_name(field, code): f"{field}_{code}"
            for field in self.docx_import_fields()
            for code, _name in settings.LANGUAGES
        }

    def _docx_allowed(self, request, obj):
        if obj is None:
            return self.has_add_permission(request)
        return self.has_change_permission(request, obj)

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        targets = self._docx_targets()
        if not targets or not self._docx_allowed(request, obj):
            return fieldsets
        # After the last language of each rich-text field: its .docx fields.
        last = f"_{settings.LANGUAGES[-1][0]}"
        after = {
            f"{field}{last}": [
                docx_field_name(field, code) for code, _name in settings.LANGUAGES
            ]
            for field in self.docx_import_fields()
        }
        patched = []
        for name, options in fieldsets:
            fields = []
            for field in options.get("fields", ()):
                if field in targets:
                    continue
                fields.append(field)
                fields += after.get(field, [])
            patched.append((name, {**options, "fields": fields}))
        return patched

    def get_form(self, request, obj=None, change=False, **kwargs):
        targets = self._docx_targets()
        if targets:
            base = kwargs.get("form") or self.form
            attributes = {"docx_targets": targets, "docx_request": request}
            for name, target in targets.items():
                code = target.rsplit("_", 1)[1]
                attributes[name] = DocxFileField(
                    label=gettext("Import a Word file (.docx)") + f" [{code}]",
                    help_text=_(
                        "Optional: when you save, the text of this Word file "
                        "replaces the text of this language. Headings, lists, "
                        "tables and links are kept; images are not."
                    ),
                )
                # modeltranslation's tabs group the languages by this class.
                attributes[name].widget.attrs["class"] = (
                    f"mt mt-field-{target.rsplit('_', 1)[0]}_docx-{code}"
                )
            kwargs["form"] = type(base.__name__, (DocxImportForm, base), attributes)
        return super().get_form(request, obj, change=change, **kwargs)

    def save_form(self, request, form, change):
        # Here rather than in save_model, which a working copy (core.drafts) ends
        # early.
        for level, note in getattr(form, "docx_notes", ()):
            messages.add_message(request, level, note)
        return super().save_form(request, form, change)
