# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .managed_agents_credential_refresh_status import (
    ManagedAgentsCredentialRefreshStatus,
)
from .managed_agents_refresh_http_response import ManagedAgentsRefreshHttpResponse


class ManagedAgentsRefreshObject(APIModel):
    """The token refresh tried during a credential test."""

    status: ManagedAgentsCredentialRefreshStatus
    """How the refresh went."""
    http_response: ManagedAgentsRefreshHttpResponse | None = None
    """The token endpoint's error response; only when the refresh failed."""
