"""`copy()` / `with_options()` of every platform client: its own settings kept, the common ones
merged exactly as `Anthropic.copy` merges them (one shared implementation)."""

from __future__ import annotations

from typing import Any

import pytest

from claude_api_client.testing import LocalAPIServer
from claude_api_client.testing.pytest_plugin import PLATFORMS, platform_client

MESSAGES: list[Any] = [{"role": "user", "content": "hello"}]


@pytest.mark.parametrize("platform", sorted(PLATFORMS))
def test_copy_keeps_the_platform_and_merges_the_rest(
    claude_api: LocalAPIServer, platform: str
) -> None:
    with platform_client(platform, claude_api, default_headers={"x-a": "1"}, timeout=7.0) as client:
        copy = client.with_options(default_headers={"x-b": "2"}, max_retries=5)
        assert type(copy) is type(client)
        assert (copy.max_retries, copy.timeout, copy.base_url) == (5, 7.0, client.base_url)
        assert copy.http_client is client.http_client  # the connection pool is shared
        assert {"x-a": "1", "x-b": "2"}.items() <= copy.default_headers.items()
        replaced = client.copy(set_default_headers={"x-c": "3"})
        assert "x-a" not in replaced.default_headers and replaced.default_headers["x-c"] == "3"
        with pytest.raises(ValueError, match="not both"):
            client.copy(default_headers={}, set_default_headers={})
        with pytest.raises(TypeError, match="unexpected argument"):
            client.copy(no_such_setting=1)
        # The copy authenticates and routes like the original.
        message = copy.messages.create(model="claude-x", max_tokens=5, messages=MESSAGES)
        assert message.id
        assert claude_api.requests[-1].headers["x-b"] == "2"
