"""The platform suites use the simulator's fixtures, platform clients included."""

from __future__ import annotations

from claude_api_client.testing.pytest_plugin import (  # noqa: F401  (fixtures, used by name)
    claude_api,
    claude_aws_client,
    claude_bedrock_client,
    claude_bedrock_mantle_client,
    claude_foundry_client,
    claude_google_cloud_client,
    claude_vertex_client,
)
