# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class RBACConnectorScopePermissionResource(APIModel):
    """The permission is on one scope of a connector."""

    connector_id: str
    """ID of the connector."""
    scope: str
    """The scope."""
    type: Literal["connector_scope"]
    """Always `connector_scope`."""
