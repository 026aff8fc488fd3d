import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
application = get_wsgi_application()

# Everything loaded so far (Django, Wagtail, the apps' modules) lives as long as the process.
# Frozen, it is left out of the garbage collector's full passes, which otherwise walk all of it
# in the middle of a request: the team matrix's p95 fell from 325 to 224 ms with this
# (bench/team_matrix.py --gc-freeze, bench/README.md).
gc.collect()
gc.freeze()
