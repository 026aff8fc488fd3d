"""Demo courses: real content in Chinese and English, loaded by `manage.py load_demo`.

Each module in `courses/demo/content/` defines one COURSE dict (see `loader.py` for its shape).
"""
