"""The call sheet: prepare, introduce, listen, negotiate, conclude, document — one customer.

One non-modal window per customer, beside the main window. The call is a draft in the company
file from the first thing typed or recorded: notes are saved at most a second after each change,
so closing the window or a crash loses at most that second. Everything agreed (promise, plan,
dispute, call-back, payment said to be made, new contact) is written at once, linked to the call.

The window (:mod:`.sheet`) is assembled from one part per step or concern: the preparation
(:mod:`.prepare`), the script steps (:mod:`.script_steps`), the negotiation (:mod:`.negotiate`),
the timer and its guards (:mod:`.timer`), the draft (:mod:`.draft`) and what is put in writing
(:mod:`.writing`).
"""

from relance_desktop.views.call_sheet.draft import AUTOSAVE_MS
from relance_desktop.views.call_sheet.sheet import CallSheet

__all__ = ["AUTOSAVE_MS", "CallSheet"]
