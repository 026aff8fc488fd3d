"""The small two-language catalog of tests/courses/, for the site-wide tests here."""

from tests.courses.conftest import (  # noqa: F401  (the small catalog, reused)
    catalog,
    courses,
    english,
    home,
    home_en,
    japanese,
    lang_en_competency,
    locales,
)
