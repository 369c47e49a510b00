from modeltranslation.translator import TranslationOptions, register

from pages.models import HomePage


@register(HomePage)
class HomePageTranslationOptions(TranslationOptions):
    fields = ("title", "intro", "key_figure", "key_figure_label", "key_figure_source")
    required_languages = ("nl",)
