"""The staff training record, as five small apps (people at the bottom, reports at the top)."""
