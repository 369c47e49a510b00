from modeltranslation.translator import TranslationOptions, register

from core.models import Document


@register(Document)
class DocumentTranslationOptions(TranslationOptions):
    fields = ("title",)
    required_languages = {"nl": ("title",), "default": ()}
