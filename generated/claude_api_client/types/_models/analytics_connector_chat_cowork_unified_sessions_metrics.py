# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel


class AnalyticsConnectorChatCoworkUnifiedSessionsMetrics(APIModel):
    """Connector use in Cowork sessions, counted with chat."""

    distinct_session_connector_used_count: int | None = None
    """Sessions that used the connector."""
