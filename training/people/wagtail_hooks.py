"""The staff directory in the Wagtail admin.

Two parts live here: the viewsets for org units, job roles and staff (in the "Staff directory"
menu group), and the roster import view. Both save through training.people.services.
"""

from wagtail import hooks  # noqa: F401

# --- viewsets ---------------------------------------------------------------------------------

# --- roster import ----------------------------------------------------------------------------
