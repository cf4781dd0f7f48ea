"""The page classes list methods return, at the official package's import path.

One class serves both page styles of the API (`before_id`/`after_id` cursors and `page` tokens),
so the official's cursor-page names are the same classes: ``SyncPageCursor is SyncPage``. The
bidirectional pages (`sessions.list`) are the same class too: it keeps `prev_page` beside
`next_page` and follows `next_page`.
"""

from __future__ import annotations

from ._core._pagination import AsyncPage, SyncPage

__all__ = [
    "AsyncBidirectionalPageCursor",
    "AsyncPage",
    "AsyncPageCursor",
    "SyncBidirectionalPageCursor",
    "SyncPage",
    "SyncPageCursor",
]

SyncPageCursor = SyncPage
AsyncPageCursor = AsyncPage
SyncBidirectionalPageCursor = SyncPage
AsyncBidirectionalPageCursor = AsyncPage
