"""Fixtures of the helper tests: one simulator per test and clients pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from claude_api_client import Anthropic
from claude_api_client.testing import LocalAPIServer
from claude_api_client.testing.pytest_plugin import (
    claude_api as claude_api,
)

MODEL = "claude-sonnet-4-5"


@pytest.fixture
def server(claude_api: LocalAPIServer) -> LocalAPIServer:
    """The simulator's own fixture, under the name these tests use."""
    return claude_api


@pytest.fixture
def client(server: LocalAPIServer) -> Iterator[Anthropic]:
    with server.client(max_retries=0) as c:
        yield c
