# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_agent_archived_deployment_paused_reason_error import (
        ManagedAgentsAgentArchivedDeploymentPausedReasonError,
    )
    from .managed_agents_environment_archived_deployment_paused_reason_error import (
        ManagedAgentsEnvironmentArchivedDeploymentPausedReasonError,
    )
    from .managed_agents_environment_not_found_deployment_paused_reason_error import (
        ManagedAgentsEnvironmentNotFoundDeploymentPausedReasonError,
    )
    from .managed_agents_file_not_found_deployment_paused_reason_error import (
        ManagedAgentsFileNotFoundDeploymentPausedReasonError,
    )
    from .managed_agents_mcp_egress_blocked_deployment_paused_reason_error import (
        ManagedAgentsMcpEgressBlockedDeploymentPausedReasonError,
    )
    from .managed_agents_memory_store_archived_deployment_paused_reason_error import (
        ManagedAgentsMemoryStoreArchivedDeploymentPausedReasonError,
    )
    from .managed_agents_organization_disabled_deployment_paused_reason_error import (
        ManagedAgentsOrganizationDisabledDeploymentPausedReasonError,
    )
    from .managed_agents_self_hosted_resources_unsupported_deployment_paused_reason_error import (
        ManagedAgentsSelfHostedResourcesUnsupportedDeploymentPausedReasonError,
    )
    from .managed_agents_session_resource_not_found_deployment_paused_reason_error import (
        ManagedAgentsSessionResourceNotFoundDeploymentPausedReasonError,
    )
    from .managed_agents_skill_not_found_deployment_paused_reason_error import (
        ManagedAgentsSkillNotFoundDeploymentPausedReasonError,
    )
    from .managed_agents_unknown_deployment_paused_reason_error import (
        ManagedAgentsUnknownDeploymentPausedReasonError,
    )
    from .managed_agents_vault_archived_deployment_paused_reason_error import (
        ManagedAgentsVaultArchivedDeploymentPausedReasonError,
    )
    from .managed_agents_vault_not_found_deployment_paused_reason_error import (
        ManagedAgentsVaultNotFoundDeploymentPausedReasonError,
    )
    from .managed_agents_workspace_archived_deployment_paused_reason_error import (
        ManagedAgentsWorkspaceArchivedDeploymentPausedReasonError,
    )
    from .unknown_managed_agents_deployment_paused_reason_error import (
        UnknownManagedAgentsDeploymentPausedReasonError,
    )


if TYPE_CHECKING:
    ManagedAgentsDeploymentPausedReasonError = TypeAliasType(
        "ManagedAgentsDeploymentPausedReasonError",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsEnvironmentArchivedDeploymentPausedReasonError,
                        ManagedAgentsAgentArchivedDeploymentPausedReasonError,
                        ManagedAgentsEnvironmentNotFoundDeploymentPausedReasonError,
                        ManagedAgentsVaultNotFoundDeploymentPausedReasonError,
                        ManagedAgentsFileNotFoundDeploymentPausedReasonError,
                        ManagedAgentsSessionResourceNotFoundDeploymentPausedReasonError,
                        ManagedAgentsWorkspaceArchivedDeploymentPausedReasonError,
                        ManagedAgentsOrganizationDisabledDeploymentPausedReasonError,
                        ManagedAgentsMemoryStoreArchivedDeploymentPausedReasonError,
                        ManagedAgentsSkillNotFoundDeploymentPausedReasonError,
                        ManagedAgentsVaultArchivedDeploymentPausedReasonError,
                        ManagedAgentsUnknownDeploymentPausedReasonError,
                        ManagedAgentsSelfHostedResourcesUnsupportedDeploymentPausedReasonError,
                        ManagedAgentsMcpEgressBlockedDeploymentPausedReasonError,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsDeploymentPausedReasonError,
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
    ManagedAgentsDeploymentPausedReasonError = lazy_union(
        "ManagedAgentsDeploymentPausedReasonError",
        "type",
        {
            "environment_archived_error": ".managed_agents_environment_archived_deployment_paused_reason_error:ManagedAgentsEnvironmentArchivedDeploymentPausedReasonError",
            "agent_archived_error": ".managed_agents_agent_archived_deployment_paused_reason_error:ManagedAgentsAgentArchivedDeploymentPausedReasonError",
            "environment_not_found_error": ".managed_agents_environment_not_found_deployment_paused_reason_error:ManagedAgentsEnvironmentNotFoundDeploymentPausedReasonError",
            "vault_not_found_error": ".managed_agents_vault_not_found_deployment_paused_reason_error:ManagedAgentsVaultNotFoundDeploymentPausedReasonError",
            "file_not_found_error": ".managed_agents_file_not_found_deployment_paused_reason_error:ManagedAgentsFileNotFoundDeploymentPausedReasonError",
            "session_resource_not_found_error": ".managed_agents_session_resource_not_found_deployment_paused_reason_error:ManagedAgentsSessionResourceNotFoundDeploymentPausedReasonError",
            "workspace_archived_error": ".managed_agents_workspace_archived_deployment_paused_reason_error:ManagedAgentsWorkspaceArchivedDeploymentPausedReasonError",
            "organization_disabled_error": ".managed_agents_organization_disabled_deployment_paused_reason_error:ManagedAgentsOrganizationDisabledDeploymentPausedReasonError",
            "memory_store_archived_error": ".managed_agents_memory_store_archived_deployment_paused_reason_error:ManagedAgentsMemoryStoreArchivedDeploymentPausedReasonError",
            "skill_not_found_error": ".managed_agents_skill_not_found_deployment_paused_reason_error:ManagedAgentsSkillNotFoundDeploymentPausedReasonError",
            "vault_archived_error": ".managed_agents_vault_archived_deployment_paused_reason_error:ManagedAgentsVaultArchivedDeploymentPausedReasonError",
            "unknown_error": ".managed_agents_unknown_deployment_paused_reason_error:ManagedAgentsUnknownDeploymentPausedReasonError",
            "self_hosted_resources_unsupported_error": ".managed_agents_self_hosted_resources_unsupported_deployment_paused_reason_error:ManagedAgentsSelfHostedResourcesUnsupportedDeploymentPausedReasonError",
            "mcp_egress_blocked_error": ".managed_agents_mcp_egress_blocked_deployment_paused_reason_error:ManagedAgentsMcpEgressBlockedDeploymentPausedReasonError",
        },
        ".unknown_managed_agents_deployment_paused_reason_error:UnknownManagedAgentsDeploymentPausedReasonError",
        __package__,
    )
