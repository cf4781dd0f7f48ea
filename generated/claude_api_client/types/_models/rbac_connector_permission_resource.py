# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class RBACConnectorPermissionResource(APIModel):
    """The permission is on a whole connector."""

    connector_id: str
    """ID of the connector."""
    type: Literal["connector"]
    """Always `connector`."""
