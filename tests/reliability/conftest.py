"""The reliability suite runs against the local simulator.

pytest only honours `pytest_plugins` in the rootdir's conftest, so this folder opts in to the
simulator's plugin by importing its fixtures (the same effect, scoped to this folder).
"""

from __future__ import annotations

from claude_api_client.testing.pytest_plugin import (  # noqa: F401  (fixtures, used by name)
    async_claude_client,
    claude_api,
    claude_client,
)
