"""Top-level helpers the official package offers: preset httpx clients, model warnings, paths."""

from __future__ import annotations

import asyncio
import warnings
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

import claude_api_client
from claude_api_client import _data
from claude_api_client.lib import async_files_from_dir, files_from_dir
from claude_api_client.testing import LocalAPIServer, local_api

HELLO = [{"role": "user", "content": "hi"}]


@pytest.fixture(scope="module")
def api() -> Iterator[LocalAPIServer]:
    with local_api() as server:
        yield server


def test_default_httpx_clients_carry_our_defaults_and_take_overrides() -> None:
    with claude_api_client.DefaultHttpxClient() as client:
        assert client.timeout == claude_api_client.DEFAULT_TIMEOUT
        assert client.follow_redirects is True
    with claude_api_client.DefaultHttpxClient(timeout=3.0, follow_redirects=False) as client:
        assert client.timeout == httpx.Timeout(3.0)
        assert client.follow_redirects is False
    assert issubclass(claude_api_client.DefaultAsyncHttpxClient, httpx.AsyncClient)
    assert claude_api_client.Timeout is httpx.Timeout
    assert claude_api_client.not_given is claude_api_client.NOT_GIVEN


def test_a_preset_client_serves_requests(api: LocalAPIServer) -> None:
    with claude_api_client.DefaultHttpxClient() as http:
        client = api.client(http_client=http)
        message = client.messages.create(model="claude-sonnet-4-5", max_tokens=8, messages=HELLO)
        assert message.role == "assistant"


def test_a_deprecated_model_warns_at_the_callers_line(api: LocalAPIServer) -> None:
    deprecated = sorted(_data.DEPRECATED_MODELS)[0]
    client = api.client()
    with pytest.warns(DeprecationWarning, match=deprecated) as caught:
        client.messages.create(model=deprecated, max_tokens=8, messages=HELLO)
    assert caught[0].filename == __file__
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        client.messages.create(model="claude-sonnet-4-5", max_tokens=8, messages=HELLO)
        client.messages.count_tokens(model=deprecated, messages=HELLO)  # official: silent


def test_thinking_enabled_warns_on_the_models_that_deprecate_it(api: LocalAPIServer) -> None:
    model = _data.MODELS_TO_WARN_WITH_THINKING_ENABLED[0]
    with pytest.warns(UserWarning, match="adaptive"):
        api.client().messages.create(
            model=model,
            max_tokens=2048,
            messages=HELLO,
            thinking={"type": "enabled", "budget_tokens": 1024},
        )


def test_async_files_from_dir_matches_the_sync_helper(tmp_path: Path) -> None:
    skill = tmp_path / "my_skill"
    (skill / "scripts").mkdir(parents=True)
    (skill / "SKILL.md").write_text("---\nname: my-skill\n---\n")
    (skill / "scripts" / "run.py").write_text("print(1)\n")
    found = asyncio.run(async_files_from_dir(skill))
    assert [f[0] for f in found] == [f[0] for f in files_from_dir(skill)]


def test_cursor_page_names_are_the_page_classes() -> None:
    from claude_api_client import pagination

    assert pagination.SyncPageCursor is pagination.SyncPage is claude_api_client.SyncPage
    assert pagination.AsyncPageCursor is pagination.AsyncPage
