"""End-to-end journeys reuse the GUI fixtures (offscreen window, scripted dialogs)."""

from tests.gui.conftest import dialog_script, messages, session, window, windows_on_server

__all__ = ["dialog_script", "messages", "session", "window", "windows_on_server"]
