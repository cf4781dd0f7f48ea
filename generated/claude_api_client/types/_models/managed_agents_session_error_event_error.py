# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_billing_error import ManagedAgentsBillingError
    from .managed_agents_compaction_limit_reached_error import (
        ManagedAgentsCompactionLimitReachedError,
    )
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
    from .managed_agents_repository_authentication_error import (
        ManagedAgentsRepositoryAuthenticationError,
    )
    from .managed_agents_repository_checkout_error import (
        ManagedAgentsRepositoryCheckoutError,
    )
    from .managed_agents_repository_clone_error import ManagedAgentsRepositoryCloneError
    from .managed_agents_repository_forbidden_error import (
        ManagedAgentsRepositoryForbiddenError,
    )
    from .managed_agents_repository_not_found_error import (
        ManagedAgentsRepositoryNotFoundError,
    )
    from .managed_agents_tool_use_limit_reached_error import (
        ManagedAgentsToolUseLimitReachedError,
    )
    from .managed_agents_unknown_error import ManagedAgentsUnknownError
    from .unknown_managed_agents_session_error_event_error import (
        UnknownManagedAgentsSessionErrorEventError,
    )


if TYPE_CHECKING:
    ManagedAgentsSessionErrorEventError = TypeAliasType(
        "ManagedAgentsSessionErrorEventError",
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
                        ManagedAgentsBillingError,
                        ManagedAgentsCredentialHostUnreachableError,
                        ManagedAgentsToolUseLimitReachedError,
                        ManagedAgentsCompactionLimitReachedError,
                        ManagedAgentsRepositoryAuthenticationError,
                        ManagedAgentsRepositoryForbiddenError,
                        ManagedAgentsRepositoryNotFoundError,
                        ManagedAgentsRepositoryCheckoutError,
                        ManagedAgentsRepositoryCloneError,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsSessionErrorEventError,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "billing_error",
                                "compaction_limit_reached_error",
                                "credential_host_unreachable_error",
                                "mcp_authentication_failed_error",
                                "mcp_connection_failed_error",
                                "model_overloaded_error",
                                "model_rate_limited_error",
                                "model_request_failed_error",
                                "repository_authentication_error",
                                "repository_checkout_error",
                                "repository_clone_error",
                                "repository_forbidden_error",
                                "repository_not_found_error",
                                "tool_use_limit_reached_error",
                                "unknown_error",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsSessionErrorEventError = lazy_union(
        "ManagedAgentsSessionErrorEventError",
        "type",
        {
            "unknown_error": ".managed_agents_unknown_error:ManagedAgentsUnknownError",
            "model_overloaded_error": ".managed_agents_model_overloaded_error:ManagedAgentsModelOverloadedError",
            "model_rate_limited_error": ".managed_agents_model_rate_limited_error:ManagedAgentsModelRateLimitedError",
            "model_request_failed_error": ".managed_agents_model_request_failed_error:ManagedAgentsModelRequestFailedError",
            "mcp_connection_failed_error": ".managed_agents_mcp_connection_failed_error:ManagedAgentsMcpConnectionFailedError",
            "mcp_authentication_failed_error": ".managed_agents_mcp_authentication_failed_error:ManagedAgentsMcpAuthenticationFailedError",
            "billing_error": ".managed_agents_billing_error:ManagedAgentsBillingError",
            "credential_host_unreachable_error": ".managed_agents_credential_host_unreachable_error:ManagedAgentsCredentialHostUnreachableError",
            "tool_use_limit_reached_error": ".managed_agents_tool_use_limit_reached_error:ManagedAgentsToolUseLimitReachedError",
            "compaction_limit_reached_error": ".managed_agents_compaction_limit_reached_error:ManagedAgentsCompactionLimitReachedError",
            "repository_authentication_error": ".managed_agents_repository_authentication_error:ManagedAgentsRepositoryAuthenticationError",
            "repository_forbidden_error": ".managed_agents_repository_forbidden_error:ManagedAgentsRepositoryForbiddenError",
            "repository_not_found_error": ".managed_agents_repository_not_found_error:ManagedAgentsRepositoryNotFoundError",
            "repository_checkout_error": ".managed_agents_repository_checkout_error:ManagedAgentsRepositoryCheckoutError",
            "repository_clone_error": ".managed_agents_repository_clone_error:ManagedAgentsRepositoryCloneError",
        },
        ".unknown_managed_agents_session_error_event_error:UnknownManagedAgentsSessionErrorEventError",
        __package__,
    )
