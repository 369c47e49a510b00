from django import template

from core.drafts import working_copies_for

register = template.Library()


@register.simple_tag
def working_copies(user):
    """The admin dashboard's lines about working copies (core.drafts)."""
    return working_copies_for(user)
