from modeltranslation.translator import TranslationOptions, register

from jobcount.models import Edition


@register(Edition)
class EditionTranslationOptions(TranslationOptions):
    fields = ("note",)
    required_languages = {"default": ()}
