# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from claude_api_client._core._model_base import APIModel

from .managed_agents_billing_error import ManagedAgentsBillingError
from .managed_agents_credential_host_unreachable_error import (
    ManagedAgentsCredentialHostUnreachableError,
)
from .managed_agents_mcp_authentication_failed_error import (
    ManagedAgentsMcpAuthenticationFailedError,
)
from .managed_agents_mcp_connection_failed_error import (
    ManagedAgentsMcpConnectionFailedError,
)
from .managed_agents_model_overloaded_error import ManagedAgentsModelOverloadedError
from .managed_agents_model_rate_limited_error import ManagedAgentsModelRateLimitedError
from .managed_agents_model_request_failed_error import (
    ManagedAgentsModelRequestFailedError,
)
from .managed_agents_unknown_error import ManagedAgentsUnknownError
from .timestamp import Timestamp


class ManagedAgentsSessionErrorEvent(APIModel):
    """Session error event."""

    type: Literal["session.error"]
    """Always `session.error`."""
    id: str
    """ID of the session error event."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    error: Annotated[
        ManagedAgentsUnknownError
        | ManagedAgentsModelOverloadedError
        | ManagedAgentsModelRateLimitedError
        | ManagedAgentsModelRequestFailedError
        | ManagedAgentsMcpConnectionFailedError
        | ManagedAgentsMcpAuthenticationFailedError
        | ManagedAgentsBillingError
        | ManagedAgentsCredentialHostUnreachableError,
        Field(discriminator="type"),
    ]
    """What went wrong."""
