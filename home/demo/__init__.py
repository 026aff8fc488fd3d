"""Demo data for `manage.py load_demo`: a realistic library, its staff and the home pages.

`staff` and `site` hold the data; `loader` writes it, idempotently, through the services.
"""
