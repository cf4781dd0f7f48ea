"""The page classes list methods return, at the official package's import path.

One class serves both page styles of the API (`before_id`/`after_id` cursors and `page` tokens),
so the official's cursor-page names are the same classes: ``SyncPageCursor is SyncPage``.
"""

from __future__ import annotations

from ._core._pagination import AsyncPage, SyncPage

__all__ = ["AsyncPage", "AsyncPageCursor", "SyncPage", "SyncPageCursor"]

SyncPageCursor = SyncPage
AsyncPageCursor = AsyncPage
