"""The competency framework in the Wagtail admin: competencies with their level descriptors, role
requirements, and the import and export of both, in one "Competency framework" menu group (see
viewsets.py). Every save goes through training.competencies.services.
"""

from wagtail import hooks

# Importing the module also registers the framework's permission policies, which Wagtail wants
# before any view asks for them.
from .viewsets import FrameworkViewSetGroup


@hooks.register("register_admin_viewset")
def register_competency_framework_viewsets():
    return FrameworkViewSetGroup()
