# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
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
    from .unknown_managed_agents_bedrock_session_error_event_error import (
        UnknownManagedAgentsBedrockSessionErrorEventError,
    )


if TYPE_CHECKING:
    ManagedAgentsBedrockSessionErrorEventError = TypeAliasType(
        "ManagedAgentsBedrockSessionErrorEventError",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsUnknownError,
                        ManagedAgentsModelOverloadedError,
                        ManagedAgentsModelRateLimitedError,
                        ManagedAgentsModelRequestFailedError,
                        ManagedAgentsMcpConnectionFailedError,
                        ManagedAgentsMcpAuthenticationFailedError,
                        ManagedAgentsToolUseLimitReachedError,
                        ManagedAgentsCompactionLimitReachedError,
                        ManagedAgentsS3AccessDeniedErrorObject,
                        ManagedAgentsS3NotFoundErrorObject,
                        ManagedAgentsS3MountErrorObject,
                        ManagedAgentsS3CopyErrorObject,
                        ManagedAgentsMountPathConflictErrorObject,
                        ManagedAgentsWorkingDirectoryErrorObject,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsBedrockSessionErrorEventError,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "compaction_limit_reached_error",
                                "mcp_authentication_failed_error",
                                "mcp_connection_failed_error",
                                "model_overloaded_error",
                                "model_rate_limited_error",
                                "model_request_failed_error",
                                "mount_path_conflict_error",
                                "s3_access_denied_error",
                                "s3_copy_error",
                                "s3_mount_error",
                                "s3_not_found_error",
                                "tool_use_limit_reached_error",
                                "unknown_error",
                                "working_directory_error",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsBedrockSessionErrorEventError = lazy_union(
        "ManagedAgentsBedrockSessionErrorEventError",
        "type",
        {
            "unknown_error": ".managed_agents_unknown_error:ManagedAgentsUnknownError",
            "model_overloaded_error": ".managed_agents_model_overloaded_error:ManagedAgentsModelOverloadedError",
            "model_rate_limited_error": ".managed_agents_model_rate_limited_error:ManagedAgentsModelRateLimitedError",
            "model_request_failed_error": ".managed_agents_model_request_failed_error:ManagedAgentsModelRequestFailedError",
            "mcp_connection_failed_error": ".managed_agents_mcp_connection_failed_error:ManagedAgentsMcpConnectionFailedError",
            "mcp_authentication_failed_error": ".managed_agents_mcp_authentication_failed_error:ManagedAgentsMcpAuthenticationFailedError",
            "tool_use_limit_reached_error": ".managed_agents_tool_use_limit_reached_error:ManagedAgentsToolUseLimitReachedError",
            "compaction_limit_reached_error": ".managed_agents_compaction_limit_reached_error:ManagedAgentsCompactionLimitReachedError",
            "s3_access_denied_error": ".managed_agents_s3_access_denied_error_object:ManagedAgentsS3AccessDeniedErrorObject",
            "s3_not_found_error": ".managed_agents_s3_not_found_error_object:ManagedAgentsS3NotFoundErrorObject",
            "s3_mount_error": ".managed_agents_s3_mount_error_object:ManagedAgentsS3MountErrorObject",
            "s3_copy_error": ".managed_agents_s3_copy_error_object:ManagedAgentsS3CopyErrorObject",
            "mount_path_conflict_error": ".managed_agents_mount_path_conflict_error_object:ManagedAgentsMountPathConflictErrorObject",
            "working_directory_error": ".managed_agents_working_directory_error_object:ManagedAgentsWorkingDirectoryErrorObject",
        },
        ".unknown_managed_agents_bedrock_session_error_event_error:UnknownManagedAgentsBedrockSessionErrorEventError",
        __package__,
    )
