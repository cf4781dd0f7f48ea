# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal

from claude_api_client._core._model_base import APIModel

from .managed_agents_compaction_limit_reached_error import (
    ManagedAgentsCompactionLimitReachedError,
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
from .managed_agents_mount_path_conflict_error_object import (
    ManagedAgentsMountPathConflictErrorObject,
)
from .managed_agents_s3_access_denied_error_object import (
    ManagedAgentsS3AccessDeniedErrorObject,
)
from .managed_agents_s3_copy_error_object import ManagedAgentsS3CopyErrorObject
from .managed_agents_s3_mount_error_object import ManagedAgentsS3MountErrorObject
from .managed_agents_s3_not_found_error_object import ManagedAgentsS3NotFoundErrorObject
from .managed_agents_tool_use_limit_reached_error import (
    ManagedAgentsToolUseLimitReachedError,
)
from .managed_agents_unknown_error import ManagedAgentsUnknownError
from .managed_agents_working_directory_error_object import (
    ManagedAgentsWorkingDirectoryErrorObject,
)
from .timestamp import Timestamp


class ManagedAgentsBedrockSessionErrorEvent(APIModel):
    """Bedrock: session error event."""

    id: str
    """ID of the session error event."""
    error: (
        ManagedAgentsUnknownError
        | ManagedAgentsModelOverloadedError
        | ManagedAgentsModelRateLimitedError
        | ManagedAgentsModelRequestFailedError
        | ManagedAgentsMcpConnectionFailedError
        | ManagedAgentsMcpAuthenticationFailedError
        | ManagedAgentsToolUseLimitReachedError
        | ManagedAgentsCompactionLimitReachedError
        | ManagedAgentsS3AccessDeniedErrorObject
        | ManagedAgentsS3NotFoundErrorObject
        | ManagedAgentsS3MountErrorObject
        | ManagedAgentsS3CopyErrorObject
        | ManagedAgentsMountPathConflictErrorObject
        | ManagedAgentsWorkingDirectoryErrorObject
    )
    """What went wrong."""
    processed_at: Timestamp
    """When the API recorded the event (RFC 3339)."""
    type: Literal["session.error"]
    """Always `session.error`."""
