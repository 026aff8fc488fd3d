import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def english_messages():
    """The format tests compare messages with their English source text."""
    with translation.override("en"):
        yield
