"""The resource tests that run against the simulator use its plugin's fixtures (pytest honours
`pytest_plugins` only in the rootdir's conftest, so this folder imports them)."""

from __future__ import annotations

from claude_api_client.testing.pytest_plugin import (  # noqa: F401  (fixtures, used by name)
    claude_api,
    claude_client,
)
