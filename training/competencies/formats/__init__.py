"""Import and export of the competency framework.

Three kinds of file:

- "csv": one row per competency, with its level descriptors (csv_format.py);
- "case": the framework as a CASE-style JSON document (case.py);
- "requirements-csv": one row per role requirement (csv_format.py).

`framework_export(kind=...)` writes a file that `framework_import(data=..., kind=...)` reads back
to the same framework. Imports are all or nothing and report every problem with its line
(importer.py).
"""

from .base import (
    CASE_JSON,
    COMPETENCIES_CSV,
    CREATE,
    KINDS,
    REQUIREMENTS_CSV,
    UNCHANGED,
    UPDATE,
    Change,
    FrameworkError,
    FrameworkImportError,
    ImportResult,
)
from .importer import EXPORT_FILES, framework_export, framework_import, may_import

__all__ = [
    "CASE_JSON",
    "COMPETENCIES_CSV",
    "CREATE",
    "EXPORT_FILES",
    "KINDS",
    "REQUIREMENTS_CSV",
    "UNCHANGED",
    "UPDATE",
    "Change",
    "FrameworkError",
    "FrameworkImportError",
    "ImportResult",
    "framework_export",
    "framework_import",
    "may_import",
]
