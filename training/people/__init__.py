"""Org units, staff profiles, job roles, the audit log and who may see whom (policies.py)."""
