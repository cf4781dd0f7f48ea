"""Pagination through the resources: cursor (after_id / before_id) and page token (next_page),
forwards and backwards across three pages, sync and async; the body decides the style."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx

from _support.pages import Item, cursor_pages, token_pages
from claude_api_client import AsyncPage, SyncPage
from claude_api_client._core._options import RequestOptions
from claude_api_client._core._pagination import PageSpec
from claude_api_client.types import FileMetadata, MessageBatch, Skill, SkillPage

from ._local import Recorder, core_client, mock_async_client, mock_client

PAGE = 3


def file_item(item_id: str) -> dict[str, object]:
    return {
        "id": item_id,
        "type": "file",
        "filename": f"{item_id}.txt",
        "mime_type": "text/plain",
        "size_bytes": 1,
        "created_at": "2025-04-14T12:00:00Z",
    }


def skill_item(item_id: str) -> dict[str, object]:
    return {
        "id": item_id,
        "type": "skill",
        "source": {"type": "custom"},
        "created_at": "2025-10-30T23:58:27Z",
        "updated_at": "2025-10-30T23:58:27Z",
    }


def batch_item(item_id: str) -> dict[str, object]:
    return {
        "id": item_id,
        "type": "message_batch",
        "processing_status": "ended",
        "request_counts": {
            "processing": 0,
            "succeeded": 1,
            "errored": 0,
            "canceled": 0,
            "expired": 0,
        },
        "created_at": "2025-01-01T00:00:00Z",
        "expires_at": "2025-01-02T00:00:00Z",
        "ended_at": "2025-01-01T01:00:00Z",
        "cancel_initiated_at": None,
        "archived_at": None,
        "results_url": None,
    }


def cursor_server(ids: list[str], make: Item) -> Callable[[httpx.Request], httpx.Response]:
    return cursor_pages(ids, make, size=PAGE)


def token_server(ids: list[str], make: Item) -> Callable[[httpx.Request], httpx.Response]:
    return token_pages(ids, make, size=PAGE, prefix="tok_")


IDS = [f"id_{n}" for n in range(9)]


# --- cursor style ------------------------------------------------------------------------------


def test_batches_cursor_forwards_three_pages() -> None:
    recorder = Recorder([cursor_server(IDS, batch_item)])
    page = mock_client(recorder).messages.batches.list(limit=PAGE)
    assert isinstance(page, SyncPage)
    assert [b.id for b in page.data] == IDS[:3]
    assert all(isinstance(b, MessageBatch) for b in page.data)
    assert page.has_next_page()
    assert [b.id for b in page] == IDS
    assert recorder.params() == [
        {"limit": "3"},
        {"limit": "3", "after_id": "id_2"},
        {"limit": "3", "after_id": "id_5"},
    ]


def test_cursor_backwards_with_before_id_three_pages() -> None:
    ids = [*IDS, "id_9"]
    recorder = Recorder([cursor_server(ids, batch_item)])
    page = mock_client(recorder).messages.batches.list(before_id="id_9", limit=PAGE)
    pages = list(page.iter_pages())
    assert [[b.id for b in p.data] for p in pages] == [
        ["id_6", "id_7", "id_8"],
        ["id_3", "id_4", "id_5"],
        ["id_0", "id_1", "id_2"],
    ]
    assert not pages[-1].has_next_page()
    assert recorder.params() == [
        {"before_id": "id_9", "limit": "3"},
        {"before_id": "id_6", "limit": "3"},
        {"before_id": "id_3", "limit": "3"},
    ]


def test_beta_files_list_is_cursor_paged() -> None:
    recorder = Recorder([cursor_server(IDS, file_item)])
    page = mock_client(recorder).beta.files.list(limit=PAGE, betas=["files-api-2025-04-14"])
    second = page.get_next_page()
    third = second.get_next_page()
    assert [f.id for f in third.data] == IDS[6:]
    assert isinstance(third.data[0], FileMetadata)
    assert not third.has_next_page()
    assert [r.headers["anthropic-beta"] for r in recorder.requests] == ["files-api-2025-04-14"] * 3
    assert recorder.params()[2] == {"limit": "3", "after_id": "id_5"}


# --- page-token style --------------------------------------------------------------------------


def test_skills_list_follows_next_page_three_pages() -> None:
    recorder = Recorder([token_server(IDS, skill_item)])
    page = mock_client(recorder).skills.list(limit=PAGE)
    assert page.next_page == "tok_1"
    items = list(page)
    assert [s.id for s in items] == IDS
    assert all(isinstance(s, Skill) for s in items)
    assert recorder.params() == [
        {"limit": "3"},
        {"limit": "3", "page": "tok_1"},
        {"limit": "3", "page": "tok_2"},
    ]


def test_files_list_ga_follows_next_page_although_declared_cursor() -> None:
    # The GA answer pages by token; the beta one (above) by cursor: the body decides.
    recorder = Recorder([token_server(IDS, file_item)])
    page = mock_client(recorder).files.list(limit=PAGE)
    pages = list(page.iter_pages())
    assert [len(p.data) for p in pages] == [3, 3, 3]
    assert [f.id for p in pages for f in p.data] == IDS
    assert recorder.params()[1:] == [
        {"limit": "3", "page": "tok_1"},
        {"limit": "3", "page": "tok_2"},
    ]


def test_a_token_style_operation_still_follows_a_cursor_body() -> None:
    recorder = Recorder([cursor_server(IDS, skill_item)])
    options = RequestOptions(method="get", path="/v1/skills", params={"limit": PAGE})
    page = core_client(recorder).request_page(options, PageSpec(page=lambda: SkillPage))
    assert [s.id for s in page] == IDS
    assert recorder.params()[2] == {"limit": "3", "after_id": "id_5"}


def test_a_repeated_token_stops_instead_of_looping() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"data": [skill_item("x")], "next_page": "same"})

    recorder = Recorder([handle])
    page = mock_client(recorder).skills.list()
    assert [s.id for s in page] == ["x", "x"]  # the first page, then the token once
    assert len(recorder.requests) == 2


def test_has_more_false_ends_even_with_a_token() -> None:
    def handle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, json={"data": [skill_item("x")], "next_page": "more", "has_more": False}
        )

    page = mock_client(Recorder([handle])).skills.list()
    assert not page.has_next_page()


# --- async -------------------------------------------------------------------------------------


def test_async_both_styles_forwards_and_backwards() -> None:
    ids = [*IDS, "id_9"]

    async def main() -> None:
        cursor = Recorder([cursor_server(ids, batch_item)])
        async with mock_async_client(cursor) as client:
            found = [b.id async for b in client.messages.batches.list(limit=PAGE)]
            assert found == ids
            first = await client.messages.batches.list(before_id="id_9", limit=PAGE)
            assert isinstance(first, AsyncPage)
            pages = [p async for p in first.iter_pages()]
            assert [p.data[0].id for p in pages] == ["id_6", "id_3", "id_0"]
        assert cursor.params()[-1] == {"before_id": "id_3", "limit": "3"}

        token = Recorder([token_server(IDS, skill_item)])
        async with mock_async_client(token) as client:
            assert [s.id async for s in client.beta.skills.list(limit=PAGE)] == IDS
        assert token.params()[1] == {"limit": "3", "page": "tok_1"}

        files = Recorder([token_server(IDS, file_item)])
        async with mock_async_client(files) as client:
            files_page = await client.files.list(limit=PAGE)
            second = await files_page.get_next_page()
            third = await second.get_next_page()
            assert [f.id for f in third.data] == IDS[6:]
            assert not third.has_next_page()
        assert files.params()[2] == {"limit": "3", "page": "tok_2"}

    asyncio.run(main())


# --- bidirectional pages (sessions.list) --------------------------------------------------------


def test_bidirectional_pages_keep_prev_page_and_follow_next_page() -> None:
    from claude_api_client.pagination import (
        AsyncBidirectionalPageCursor,
        SyncBidirectionalPageCursor,
    )
    from claude_api_client.testing import local_api

    assert SyncBidirectionalPageCursor is SyncPage and AsyncBidirectionalPageCursor is AsyncPage
    with local_api() as api:
        beta = api.client().beta
        env = beta.environments.create(name="dev", config={"type": "cloud"})
        agent = beta.agents.create(name="helper", model="claude-sonnet-4-5")
        made = [beta.sessions.create(agent=agent.id, environment_id=env.id).id for _ in range(5)]
        first = beta.sessions.list(limit=2)
        assert isinstance(first, SyncBidirectionalPageCursor)
        assert first.prev_page is None and first.next_page is not None
        second = first.get_next_page()
        assert second.prev_page is not None
        back = beta.sessions.list(limit=2, page=second.prev_page)
        assert [s.id for s in back.data] == [s.id for s in first.data]
        assert sorted(s.id for s in first) == sorted(made)


def test_a_page_token_goes_back_in_the_parameter_the_operation_names() -> None:
    # the official `TokenPage` sends `next_page` back as `page_token` (`x-pagination.token`)
    def handle(request: httpx.Request) -> httpx.Response:
        token = request.url.params.get("page_token")
        body = {"data": [skill_item(token or "first")], "next_page": None if token else "tok_1"}
        return httpx.Response(200, json={**body, "data_refreshed_at": "2026-09-01T00:00:00Z"})

    recorder = Recorder([handle])
    spec = PageSpec(page=lambda: SkillPage, token="page_token")
    first = core_client(recorder).request_page(
        RequestOptions(method="get", path="/v1/skills"), spec
    )
    assert [s.id for s in first] == ["first", "tok_1"]
    assert recorder.params() == [{}, {"page_token": "tok_1"}]
    # any other field of the page body reads as an attribute of the page
    assert first.data_refreshed_at == "2026-09-01T00:00:00Z"
