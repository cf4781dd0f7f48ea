"""The resource tests that run against the simulator use its plugin's fixtures (pytest honours
`pytest_plugins` only in the rootdir's conftest, so this folder imports them), and the Admin API
tests name them for what they hold."""

from __future__ import annotations

import pytest

from claude_api_client import Anthropic
from claude_api_client.testing import LocalAPIServer
from claude_api_client.testing.pytest_plugin import (  # noqa: F401  (fixtures, used by name)
    claude_api,
    claude_client,
)


@pytest.fixture
def admin_api(claude_api: LocalAPIServer) -> LocalAPIServer:  # noqa: F811  (the fixture)
    """The simulator, as the Admin API tests' server (one per test)."""
    return claude_api


@pytest.fixture
def admin(claude_client: Anthropic) -> Anthropic:  # noqa: F811  (the fixture)
    """A client of `admin_api` that never sleeps."""
    return claude_client
