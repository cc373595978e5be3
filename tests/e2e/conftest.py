"""End-to-end journeys reuse the GUI fixtures (offscreen window, scripted dialogs)."""

from tests.gui.conftest import dialog_script, messages, session, window

__all__ = ["dialog_script", "messages", "session", "window"]
