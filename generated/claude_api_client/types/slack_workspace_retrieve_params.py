# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.slack_workspace_retrieve_params`: the official path of these types."""

from __future__ import annotations

from ._params.slack_workspace_retrieve_params import (
    SlackWorkspaceRetrieveParams as SlackWorkspaceRetrieveParams,
)

__all__ = [
    "SlackWorkspaceRetrieveParams",
]
