from django import template

from core import dashboard

register = template.Library()


@register.simple_tag(takes_context=True)
def attention_lines(context):
    """The admin index's "What needs attention?" lines (core.dashboard)."""
    return dashboard.attention(context["request"])
