"""Pages of the reports app: the manager's team dashboard (HR's register comes later)."""
