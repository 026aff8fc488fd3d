"""Admin views (filled in by its owner)."""
