"""Competency framework, levels, role requirements and staff competency records."""
