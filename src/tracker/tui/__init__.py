"""The terminal UI (Textual). Imported only when the UI opens.

Domain code never imports this package; the UI calls ``tracker.lifecycle.services``
(and the read-only helpers in ``tracker.app.queries``) inside worker threads
and receives plain data.
"""
