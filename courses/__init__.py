"""Wagtail pages for the course catalog, courses and lessons, and the lesson block library."""
