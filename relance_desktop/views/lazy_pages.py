"""Pages of the main window built on their first visit, not at start.

The letters page and « Actions du jour » bring in letters, PDF and dunning code that showing
Today does not need (about a tenth of a second of imports and construction at start). Each
holds an empty placeholder in the stack until it is shown or asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QStackedWidget, QWidget


class LazyPages:
    """Pages of ``stack`` at the given indexes (appended now, in order), each built by its
    function the first time it becomes current or :meth:`page` asks for it."""

    def __init__(self, stack: QStackedWidget, builders: dict[int, Callable[[], QWidget]]) -> None:
        self.stack = stack
        self.builders = dict(builders)
        self.built: dict[int, QWidget] = {}
        self._building = False
        for index in sorted(builders):
            assert stack.count() == index, "lazy pages are appended in the order of the stack"
            stack.addWidget(QWidget())
        stack.currentChanged.connect(self._shown)

    def _shown(self, index: int) -> None:
        if index in self.builders and not self._building:
            self.page(index)

    def page(self, index: int) -> QWidget:
        """The page at ``index``, built the first time."""
        page = self.built.get(index)
        if page is not None:
            return page
        self._building = True
        try:
            page = self.builders[index]()
            self.built[index] = page
            slot = self.stack.widget(index)
            current = self.stack.currentIndex()
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(slot)
            slot.deleteLater()
            self.stack.setCurrentIndex(current)
        finally:
            self._building = False
        return page


def build_letters_page(window: Any) -> QWidget:
    """Page 4: the letters to send."""
    from relance_desktop.views.letters_page import LettersPage

    page = LettersPage(window.session, window)
    page.table.currentCellChanged.connect(lambda *_: window._update_actions())
    page.empty.set_actions([window.import_action, window.new_invoice_action,
                            window.demo_action])  # what fills an empty list
    return page


def build_actions_page(window: Any) -> QWidget:
    """Page 5: « Actions du jour »."""
    from relance_desktop.views.actions_page import ActionsPage

    page = ActionsPage(window.session, window)
    page.table.currentCellChanged.connect(lambda *_: window._update_actions())
    return page
