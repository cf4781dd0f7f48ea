# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class RBACConnectorToolPermissionResource(APIModel):
    """The permission is on one tool of a connector."""

    connector_id: str
    """ID of the connector."""
    tool_name: str
    """The tool's name."""
    type: Literal["connector_tool"]
    """Always `connector_tool`."""
