# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel


class RBACAllConnectorsPermissionResource(APIModel):
    """The permission is on every connector."""

    type: Literal["all_connectors"]
    """Always `all_connectors`."""
