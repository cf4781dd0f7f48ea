"""Fake list endpoints over a fixed list of ids, in the API's two page styles (for a Recorder)."""

from __future__ import annotations

from collections.abc import Callable

import httpx

__all__ = ["Item", "cursor_pages", "token_pages"]

Item = Callable[[str], dict[str, object]]
Handler = Callable[[httpx.Request], httpx.Response]


def _plain(item_id: str) -> dict[str, object]:
    return {"id": item_id}


def cursor_pages(ids: list[str], item: Item = _plain, *, size: int = 3) -> Handler:
    """`after_id` pages forwards, `before_id` backwards (the items just before it); the body
    says `has_more`, `first_id`, `last_id`. The request id names the page (`req_<n>_<start>`)."""

    def handle(request: httpx.Request) -> httpx.Response:
        params = request.url.params
        assert "page" not in params  # a cursor list is never asked for by token
        limit = int(params.get("limit", size))
        if "before_id" in params:
            end = ids.index(params["before_id"])
            start = max(0, end - limit)
            has_more = start > 0
        else:
            start = ids.index(params["after_id"]) + 1 if "after_id" in params else 0
            end = min(len(ids), start + limit)
            has_more = end < len(ids)
        chunk = ids[start:end]
        body = {
            "data": [item(i) for i in chunk],
            "has_more": has_more,
            "first_id": chunk[0] if chunk else None,
            "last_id": chunk[-1] if chunk else None,
        }
        return httpx.Response(200, json=body, headers={"request-id": f"req_{len(chunk)}_{start}"})

    return handle


def token_pages(
    ids: list[str], item: Item = _plain, *, size: int = 3, prefix: str = "page_"
) -> Handler:
    """`page=<prefix><n>` pages of `size`; the body carries `next_page` (null on the last)."""

    def handle(request: httpx.Request) -> httpx.Response:
        params = request.url.params
        assert "after_id" not in params and "before_id" not in params
        number = int(params.get("page", f"{prefix}0").removeprefix(prefix))
        chunk = ids[number * size : (number + 1) * size]
        following = f"{prefix}{number + 1}" if (number + 1) * size < len(ids) else None
        return httpx.Response(200, json={"data": [item(i) for i in chunk], "next_page": following})

    return handle
