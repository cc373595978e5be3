"""ui_generated."""
