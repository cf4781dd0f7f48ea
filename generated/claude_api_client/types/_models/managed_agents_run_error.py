# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_agent_archived_run_error import ManagedAgentsAgentArchivedRunError
    from .managed_agents_environment_archived_run_error import (
        ManagedAgentsEnvironmentArchivedRunError,
    )
    from .managed_agents_environment_not_found_run_error import (
        ManagedAgentsEnvironmentNotFoundRunError,
    )
    from .managed_agents_file_not_found_run_error import ManagedAgentsFileNotFoundRunError
    from .managed_agents_mcp_egress_blocked_run_error import (
        ManagedAgentsMcpEgressBlockedRunError,
    )
    from .managed_agents_memory_store_archived_run_error import (
        ManagedAgentsMemoryStoreArchivedRunError,
    )
    from .managed_agents_organization_disabled_run_error import (
        ManagedAgentsOrganizationDisabledRunError,
    )
    from .managed_agents_self_hosted_resources_unsupported_run_error import (
        ManagedAgentsSelfHostedResourcesUnsupportedRunError,
    )
    from .managed_agents_session_creation_rejected_run_error import (
        ManagedAgentsSessionCreationRejectedRunError,
    )
    from .managed_agents_session_rate_limited_run_error import (
        ManagedAgentsSessionRateLimitedRunError,
    )
    from .managed_agents_session_resource_not_found_run_error import (
        ManagedAgentsSessionResourceNotFoundRunError,
    )
    from .managed_agents_skill_not_found_run_error import ManagedAgentsSkillNotFoundRunError
    from .managed_agents_unknown_run_error import ManagedAgentsUnknownRunError
    from .managed_agents_vault_archived_run_error import ManagedAgentsVaultArchivedRunError
    from .managed_agents_vault_not_found_run_error import ManagedAgentsVaultNotFoundRunError
    from .managed_agents_workspace_archived_run_error import (
        ManagedAgentsWorkspaceArchivedRunError,
    )
    from .unknown_managed_agents_run_error import UnknownManagedAgentsRunError


if TYPE_CHECKING:
    ManagedAgentsRunError = TypeAliasType(
        "ManagedAgentsRunError",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsEnvironmentArchivedRunError,
                        ManagedAgentsAgentArchivedRunError,
                        ManagedAgentsEnvironmentNotFoundRunError,
                        ManagedAgentsVaultNotFoundRunError,
                        ManagedAgentsVaultArchivedRunError,
                        ManagedAgentsFileNotFoundRunError,
                        ManagedAgentsMemoryStoreArchivedRunError,
                        ManagedAgentsSkillNotFoundRunError,
                        ManagedAgentsSessionResourceNotFoundRunError,
                        ManagedAgentsWorkspaceArchivedRunError,
                        ManagedAgentsOrganizationDisabledRunError,
                        ManagedAgentsSessionRateLimitedRunError,
                        ManagedAgentsSessionCreationRejectedRunError,
                        ManagedAgentsUnknownRunError,
                        ManagedAgentsSelfHostedResourcesUnsupportedRunError,
                        ManagedAgentsMcpEgressBlockedRunError,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsRunError,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "agent_archived_error",
                                "environment_archived_error",
                                "environment_not_found_error",
                                "file_not_found_error",
                                "mcp_egress_blocked_error",
                                "memory_store_archived_error",
                                "organization_disabled_error",
                                "self_hosted_resources_unsupported_error",
                                "session_creation_rejected_error",
                                "session_rate_limited_error",
                                "session_resource_not_found_error",
                                "skill_not_found_error",
                                "unknown_error",
                                "vault_archived_error",
                                "vault_not_found_error",
                                "workspace_archived_error",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsRunError = lazy_union(
        "ManagedAgentsRunError",
        "type",
        {
            "environment_archived_error": ".managed_agents_environment_archived_run_error:ManagedAgentsEnvironmentArchivedRunError",
            "agent_archived_error": ".managed_agents_agent_archived_run_error:ManagedAgentsAgentArchivedRunError",
            "environment_not_found_error": ".managed_agents_environment_not_found_run_error:ManagedAgentsEnvironmentNotFoundRunError",
            "vault_not_found_error": ".managed_agents_vault_not_found_run_error:ManagedAgentsVaultNotFoundRunError",
            "vault_archived_error": ".managed_agents_vault_archived_run_error:ManagedAgentsVaultArchivedRunError",
            "file_not_found_error": ".managed_agents_file_not_found_run_error:ManagedAgentsFileNotFoundRunError",
            "memory_store_archived_error": ".managed_agents_memory_store_archived_run_error:ManagedAgentsMemoryStoreArchivedRunError",
            "skill_not_found_error": ".managed_agents_skill_not_found_run_error:ManagedAgentsSkillNotFoundRunError",
            "session_resource_not_found_error": ".managed_agents_session_resource_not_found_run_error:ManagedAgentsSessionResourceNotFoundRunError",
            "workspace_archived_error": ".managed_agents_workspace_archived_run_error:ManagedAgentsWorkspaceArchivedRunError",
            "organization_disabled_error": ".managed_agents_organization_disabled_run_error:ManagedAgentsOrganizationDisabledRunError",
            "session_rate_limited_error": ".managed_agents_session_rate_limited_run_error:ManagedAgentsSessionRateLimitedRunError",
            "session_creation_rejected_error": ".managed_agents_session_creation_rejected_run_error:ManagedAgentsSessionCreationRejectedRunError",
            "unknown_error": ".managed_agents_unknown_run_error:ManagedAgentsUnknownRunError",
            "self_hosted_resources_unsupported_error": ".managed_agents_self_hosted_resources_unsupported_run_error:ManagedAgentsSelfHostedResourcesUnsupportedRunError",
            "mcp_egress_blocked_error": ".managed_agents_mcp_egress_blocked_run_error:ManagedAgentsMcpEgressBlockedRunError",
        },
        ".unknown_managed_agents_run_error:UnknownManagedAgentsRunError",
        __package__,
    )
