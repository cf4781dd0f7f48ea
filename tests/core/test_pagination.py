from __future__ import annotations

import asyncio
import json

import httpx
import pydantic
import pytest

from _support.pages import cursor_pages, token_pages
from claude_api_client._core._exceptions import APIResponseValidationError
from claude_api_client._core._pagination import AsyncPage, AsyncPaginator, PageSpec, SyncPage

from ._helpers import Recorder, async_client, get, sync_client

IDS = [f"m{n}" for n in range(1, 10)]  # m1 … m9
PAGE = 3


class Item(pydantic.BaseModel):
    id: str
    _request_id: str | None = pydantic.PrivateAttr(default=None)


class ItemPage(pydantic.BaseModel):
    """A page model as the generator writes one (the style is the body's, not the spec's)."""

    data: list[Item]
    has_more: bool | None = None
    first_id: str | None = None
    last_id: str | None = None
    next_page: str | None = None


SPEC = PageSpec(page=lambda: ItemPage)
TOKEN_SPEC = SPEC


cursor_server = cursor_pages(IDS, lambda i: {"id": i, "extra": "kept"}, size=PAGE)
token_server = token_pages(IDS, size=PAGE)


def test_forwards_across_three_pages() -> None:
    recorder = Recorder([cursor_server])
    page = sync_client(recorder).request_page(get(params={"limit": 3}), SPEC)
    assert isinstance(page, SyncPage)
    assert [item.id for item in page.data] == ["m1", "m2", "m3"]
    assert (page.has_more, page.first_id, page.last_id) == (True, "m1", "m3")
    assert page.has_next_page() and page.next_page_params() == {"after_id": "m3"}
    assert page.request_id == "req_3_0" and page.data[0]._request_id == "req_3_0"
    assert [item.id for item in page] == IDS
    assert recorder.params() == [
        {"limit": "3"},
        {"limit": "3", "after_id": "m3"},
        {"limit": "3", "after_id": "m6"},
    ]
    pages = list(page.iter_pages())
    assert len(pages) == 3
    last = pages[-1]
    assert not last.has_next_page() and last.next_page_params() is None
    # As the official pages: asked anyway, the last page follows its cursor (an empty page).
    assert last.next_page_info() is not None and last.next_page_info().params == {"after_id": "m9"}
    beyond = last.get_next_page()
    assert beyond.data == [] and not beyond.has_next_page()
    with pytest.raises(RuntimeError):  # no cursor at all: nothing to follow
        beyond.get_next_page()


def test_next_page_info_is_the_cursor_the_page_points_on_with() -> None:
    """`next_page_info()` as the official pages give it: a `PageInfo` of the query parameters,
    whatever `has_more` says; None only for a page without a cursor."""
    from claude_api_client.pagination import PageInfo

    forwards = sync_client(Recorder([cursor_server])).request_page(get(params={"limit": 3}), SPEC)
    info = forwards.next_page_info()
    assert isinstance(info, PageInfo) and info.params == {"after_id": "m3"}
    backwards = sync_client(Recorder([cursor_server])).request_page(
        get(params={"before_id": "m9", "limit": 3}), SPEC
    )
    assert backwards.next_page_info().params == {"before_id": "m6"}  # type: ignore[union-attr]
    tokens = sync_client(Recorder([token_server])).request_page(get(params={"limit": 3}), SPEC)
    assert tokens.next_page_info().params == {"page": "page_1"}  # type: ignore[union-attr]
    last_token_page = list(tokens.iter_pages())[-1]
    assert last_token_page.next_page_info() is None
    with pytest.raises(RuntimeError):
        last_token_page.get_next_page()


def test_backwards_when_the_first_request_had_before_id() -> None:
    recorder = Recorder([cursor_server])
    page = sync_client(recorder).request_page(get(params={"before_id": "m9", "limit": 3}), SPEC)
    assert [item.id for item in page] == ["m6", "m7", "m8", "m3", "m4", "m5", "m1", "m2"]
    assert recorder.params() == [
        {"before_id": "m9", "limit": "3"},
        {"before_id": "m6", "limit": "3"},
        {"before_id": "m3", "limit": "3"},
    ]


def test_page_token_style() -> None:
    recorder = Recorder([token_server])
    page = sync_client(recorder).request_page(get("/v1/files", params={"limit": 3}), TOKEN_SPEC)
    assert page.next_page == "page_1" and page.has_next_page()
    assert [item.id for item in page] == IDS
    assert recorder.params() == [
        {"limit": "3"},
        {"limit": "3", "page": "page_1"},
        {"limit": "3", "page": "page_2"},
    ]


def test_empty_list() -> None:
    recorder = Recorder(
        [
            httpx.Response(
                200, json={"data": [], "has_more": False, "first_id": None, "last_id": None}
            )
        ]
    )
    page = sync_client(recorder).request_page(get(), SPEC)
    assert page.data == [] and not page.has_next_page() and list(page) == []


def test_unknown_item_fields_are_kept() -> None:
    page = sync_client(Recorder([cursor_server])).request_page(get(), SPEC)
    assert page.data[0].model_extra is None or page.data[0].model_dump() == {"id": "m1"}


def test_a_body_that_is_not_a_page() -> None:
    recorder = Recorder([httpx.Response(200, json={"items": []})])
    with pytest.raises(APIResponseValidationError, match="no `data` list"):
        sync_client(recorder).request_page(get(), SPEC)
    recorder = Recorder([httpx.Response(200, json={"data": [{"name": "no id"}]})])
    with pytest.raises(APIResponseValidationError) as info:
        sync_client(recorder).request_page(get(), SPEC)
    assert isinstance(info.value.error, pydantic.ValidationError)


def test_raw_page_through_page_cast() -> None:
    recorder = Recorder([cursor_server])
    client = sync_client(recorder)
    options = get(params={"limit": 3})
    raw = client.request_raw(options, client.page_cast(options, SPEC))
    page = raw.parse()
    assert isinstance(page, SyncPage) and [item.id for item in page] == IDS


def test_async_pages_forwards_and_backwards() -> None:
    async def main() -> None:
        recorder = Recorder([cursor_server])
        client = async_client(recorder)
        pager = client.request_page(get(params={"limit": 3}), SPEC)
        assert isinstance(pager, AsyncPaginator)
        assert recorder.requests == []  # nothing sent until awaited or iterated
        page = await pager
        assert isinstance(page, AsyncPage)
        assert [item.id for item in page.data] == ["m1", "m2", "m3"]
        assert [item.id async for item in page] == IDS
        assert len([p async for p in page.iter_pages()]) == 3

        recorder.requests.clear()
        ids = [item.id async for item in client.request_page(get(params={"limit": 3}), SPEC)]
        assert ids == IDS
        assert len(recorder.requests) == 3

        recorder.requests.clear()
        backwards = client.request_page(get(params={"before_id": "m9", "limit": 3}), SPEC)
        ids = [item.id async for item in backwards]
        assert ids == ["m6", "m7", "m8", "m3", "m4", "m5", "m1", "m2"]
        assert [p.get("before_id") for p in recorder.params()] == ["m9", "m6", "m3"]

        token_client = async_client(Recorder([token_server]))
        token_pages = token_client.request_page(get(params={"limit": 3}), TOKEN_SPEC)
        first = await token_pages
        second = await first.get_next_page()
        assert [item.id for item in second.data] == ["m4", "m5", "m6"]

    asyncio.run(main())


def test_page_request_bodies_are_plain_json() -> None:
    # Sanity: the test server speaks the documented shape.
    body = json.loads(cursor_server(httpx.Request("GET", "http://t/v1/models")).content)
    assert set(body) == {"data", "has_more", "first_id", "last_id"}
