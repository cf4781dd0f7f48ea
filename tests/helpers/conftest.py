"""Fixtures of the helper tests: one simulator per test and clients pointed at it."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from claude_api_client import Anthropic
from claude_api_client.testing import LocalAPIServer

MODEL = "claude-sonnet-4-5"


@pytest.fixture
def server() -> Iterator[LocalAPIServer]:
    with LocalAPIServer() as running:
        yield running


@pytest.fixture
def client(server: LocalAPIServer) -> Iterator[Anthropic]:
    with server.client(max_retries=0) as c:
        yield c
