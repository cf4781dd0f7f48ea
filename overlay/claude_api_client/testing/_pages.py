"""The two page styles of list operations, over an in-memory list of objects with an `id`.

- cursor: `after_id` / `before_id` / `limit` in, `data`, `has_more`, `first_id`, `last_id` out;
- page: an opaque `page` token and `limit` in, `data` and `next_page` out (and `prev_page` where
  the page schema has it).
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Sequence
from typing import Any

from ._protocol import APIFailure

__all__ = ["cursor_page", "keyed_page", "token_page", "with_prev_page"]


def _position(items: Sequence[dict[str, Any]], item_id: str, name: str) -> int:
    for index, item in enumerate(items):
        if item["id"] == item_id:
            return index
    raise APIFailure(400, "invalid_request_error", f"{name}: no object with id {item_id!r}")


def cursor_page(items: Sequence[dict[str, Any]], query: dict[str, Any]) -> dict[str, Any]:
    """A page in the cursor style; `before_id` pages backwards, `after_id` forwards."""
    limit = int(query.get("limit") or 20)
    after, before = query.get("after_id"), query.get("before_id")
    if after is not None and before is not None:
        raise APIFailure(400, "invalid_request_error", "after_id: cannot be used with before_id")
    if before is not None:
        end = _position(items, before, "before_id")
        start = max(0, end - limit)
        page, has_more = list(items[start:end]), start > 0
    else:
        start = _position(items, after, "after_id") + 1 if after is not None else 0
        page = list(items[start : start + limit])
        has_more = start + limit < len(items)
    return {
        "data": page,
        "has_more": has_more,
        "first_id": page[0]["id"] if page else None,
        "last_id": page[-1]["id"] if page else None,
    }


def _token(offset: int) -> str:
    return "page_" + base64.urlsafe_b64encode(str(offset).encode()).decode().rstrip("=")


def _offset(token: str) -> int:
    try:
        raw = token.removeprefix("page_")
        return int(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)).decode())
    except (ValueError, UnicodeDecodeError):
        raise APIFailure(400, "invalid_request_error", "page: not a page token") from None


def token_page(
    items: Sequence[dict[str, Any]], query: dict[str, Any], param: str = "page"
) -> dict[str, Any]:
    """A page in the token style: `next_page` is null on the last page; the token comes back in
    the query parameter `param` (`x-pagination.token`)."""
    limit = int(query.get("limit") or 20)
    token = query.get(param)
    start = _offset(token) if token else 0
    page = list(items[start : start + limit])
    more = start + limit < len(items)
    return {"data": page, "has_more": more, "next_page": _token(start + limit) if more else None}


def with_prev_page(page: dict[str, Any], query: dict[str, Any]) -> dict[str, Any]:
    """A token page that also names the preceding page (`prev_page`, null on the first)."""
    limit = int(query.get("limit") or 20)
    start = _offset(query["page"]) if query.get("page") else 0
    return {**page, "prev_page": _token(max(0, start - limit)) if start > 0 else None}


def keyed_page(
    items: Sequence[dict[str, Any]], key: Callable[[dict[str, Any]], str], query: dict[str, Any]
) -> dict[str, Any]:
    """A page in the page style of objects that have no `id` (`key` gives the token's cursor)."""
    page = token_page([{**item, "id": key(item)} for item in items], query)
    originals = {key(item): item for item in items}
    page["data"] = [originals[item["id"]] for item in page["data"]]
    return page
