# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.organization.analytics.connector_list_params`: the official path of these types."""

from __future__ import annotations

from ...._params.beta_connector_list_params import BetaConnectorListParams as ConnectorListParams

__all__ = [
    "ConnectorListParams",
]
