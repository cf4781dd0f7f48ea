# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.organization.analytics.connector_list_params`: the official path of these types."""

from __future__ import annotations

from ..._params.connector_list_params import ConnectorListParams as ConnectorListParams

__all__ = [
    "ConnectorListParams",
]
