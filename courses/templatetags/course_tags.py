"""Template helpers for the course pages."""

from django import template

register = template.Library()


@register.filter
def any_has(items, field: str) -> bool:
    """Whether any of `items` (block values) has a value for `field`: `phrases|any_has:"audio"`."""
    return any(item.get(field) for item in items or ())
