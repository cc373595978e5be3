"""The pages of the main window's stack, by number (shared by the window and its page parts)."""

PAGE_EMPTY, PAGE_RECEIVABLES, PAGE_CUSTOMERS, PAGE_TODAY, PAGE_LETTERS = 0, 1, 2, 3, 4
PAGE_ACTIONS = 5  # « Actions du jour » (views.actions_page)
