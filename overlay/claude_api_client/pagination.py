"""The page classes list methods return, at the official package's import path.

One class serves both page styles of the API (`before_id`/`after_id` cursors and `page` tokens),
so the official's cursor-page names are the same classes: ``SyncPageCursor is SyncPage``. The
bidirectional pages (`sessions.list`) are the same class too: it keeps `prev_page` beside
`next_page` and follows `next_page`. So are the token pages (the token goes back in the query
parameter the operation's `x-pagination.token` names, `page_token` say) and the report pages of
the cost and usage reports, whose `data_refreshed_at` (like any other field of a page body) reads
as an attribute of the page.
"""

from __future__ import annotations

from ._core._pagination import AsyncPage, PageInfo, SyncPage

__all__ = [
    "AsyncBidirectionalPageCursor",
    "AsyncPage",
    "AsyncPageCursor",
    "AsyncReportPageCursor",
    "AsyncTokenPage",
    "SyncBidirectionalPageCursor",
    "SyncPage",
    "SyncPageCursor",
    "SyncReportPageCursor",
    "SyncTokenPage",
]

# What `next_page_info()` returns; importable from here as in the official package (which
# does not list it in `__all__` either).
_ = PageInfo

SyncPageCursor = SyncPage
AsyncPageCursor = AsyncPage
SyncBidirectionalPageCursor = SyncPage
AsyncBidirectionalPageCursor = AsyncPage
SyncTokenPage = SyncPage
AsyncTokenPage = AsyncPage
SyncReportPageCursor = SyncPage
AsyncReportPageCursor = AsyncPage
