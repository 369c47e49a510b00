from django.conf import settings
from django.core.checks import Tags, Warning, register


@register(Tags.compatibility, deploy=True)
def desk_address(app_configs, **kwargs):
    """Without the desk's address, a need that no company can take reaches nobody."""
    if settings.DEBUG or settings.SOCIAL_ECONOMY_DESK_EMAIL:
        return []
    return [
        Warning(
            "DJANGO_SOCIAL_ECONOMY_DESK_EMAIL is not set: quote requests reach only "
            "the companies, and a need that no company can take reaches nobody.",
            hint="Set it to the address of the city's social-economy desk.",
            id="companies.W001",
        )
    ]
