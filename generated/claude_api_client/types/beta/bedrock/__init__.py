# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.beta.bedrock`: types loaded on first use.

Each name is one of our classes, under the name the official package gives it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._models.managed_agents_aws_agent_core_gateway_mcp_server import (
        ManagedAgentsAWSAgentCoreGatewayMCPServer as BetaManagedAgentsAWSAgentCoreGatewayMCPServer,
    )
    from ..._models.managed_agents_bedrock_agent import (
        ManagedAgentsBedrockAgent as BetaManagedAgentsBedrockAgent,
    )
    from ..._models.managed_agents_bedrock_agent_list_item import (
        ManagedAgentsBedrockAgentListItem as BetaManagedAgentsBedrockAgentListItem,
    )
    from ..._models.managed_agents_bedrock_agent_list_item_model import (
        ManagedAgentsBedrockAgentListItemModel as BetaManagedAgentsBedrockAgentListItemModel,
    )
    from ..._models.managed_agents_bedrock_agent_tool import (
        ManagedAgentsBedrockAgentTool as BetaManagedAgentsBedrockAgentTool,
    )
    from ..._models.managed_agents_bedrock_memory_store import (
        ManagedAgentsBedrockMemoryStore as BetaManagedAgentsBedrockMemoryStore,
    )
    from ..._models.managed_agents_bedrock_memory_store_list_item import (
        ManagedAgentsBedrockMemoryStoreListItem as BetaManagedAgentsBedrockMemoryStoreListItem,
    )
    from ..._models.managed_agents_bedrock_memory_store_resource import (
        ManagedAgentsBedrockMemoryStoreResource as BetaManagedAgentsBedrockMemoryStoreResource,
    )
    from ..._models.managed_agents_bedrock_multiagent_coordinator import (
        ManagedAgentsBedrockMultiagentCoordinator as BetaManagedAgentsBedrockMultiagentCoordinator,
    )
    from ..._models.managed_agents_bedrock_session import (
        ManagedAgentsBedrockSession as BetaManagedAgentsBedrockSession,
    )
    from ..._models.managed_agents_bedrock_session_agent import (
        ManagedAgentsBedrockSessionAgent as BetaManagedAgentsBedrockSessionAgent,
    )
    from ..._models.managed_agents_bedrock_session_list_item import (
        ManagedAgentsBedrockSessionListItem as BetaManagedAgentsBedrockSessionListItem,
    )
    from ..._models.managed_agents_bedrock_session_list_item_agent import (
        ManagedAgentsBedrockSessionListItemAgent as BetaManagedAgentsBedrockSessionListItemAgent,
    )
    from ..._models.managed_agents_bedrock_session_list_item_memory_store_resource import (
        ManagedAgentsBedrockSessionListItemMemoryStoreResource as BetaManagedAgentsBedrockSessionListItemMemoryStoreResource,
    )
    from ..._models.managed_agents_bedrock_session_list_item_usage import (
        ManagedAgentsBedrockSessionListItemUsage as BetaManagedAgentsBedrockSessionListItemUsage,
    )
    from ..._models.managed_agents_bedrock_session_multiagent_coordinator import (
        ManagedAgentsBedrockSessionMultiagentCoordinator as BetaManagedAgentsBedrockSessionMultiagentCoordinator,
    )
    from ..._models.managed_agents_bedrock_session_resource import (
        ManagedAgentsBedrockSessionResource as BetaManagedAgentsBedrockSessionResource,
    )
    from ..._models.managed_agents_bedrock_session_thread_agent import (
        ManagedAgentsBedrockSessionThreadAgent as BetaManagedAgentsBedrockSessionThreadAgent,
    )
    from ..._models.managed_agents_bedrock_session_updated_event import (
        ManagedAgentsBedrockSessionUpdatedEvent as BetaManagedAgentsBedrockSessionUpdatedEvent,
    )
    from ..._models.managed_agents_bedrock_system_message_event import (
        ManagedAgentsBedrockSystemMessageEvent as BetaManagedAgentsBedrockSystemMessageEvent,
    )
    from ..._models.managed_agents_caller_identity import (
        ManagedAgentsCallerIdentity as BetaManagedAgentsCallerIdentity,
    )
    from ..._models.managed_agents_managed_memory_store_backend import (
        ManagedAgentsManagedMemoryStoreBackend as BetaManagedAgentsManagedMemoryStoreBackend,
    )
    from ..._models.managed_agents_memory_tool_config import (
        ManagedAgentsMemoryToolConfig as BetaManagedAgentsMemoryToolConfig,
    )
    from ..._models.managed_agents_memory_tool_name import (
        ManagedAgentsMemoryToolName as BetaManagedAgentsMemoryToolName,
    )
    from ..._models.managed_agents_memory_toolset20261030 import (
        ManagedAgentsMemoryToolset20261030 as BetaManagedAgentsMemoryToolset20261030,
    )
    from ..._models.managed_agents_person_actor import (
        ManagedAgentsPersonActor as BetaManagedAgentsPersonActor,
    )
    from ..._models.managed_agents_role_actor import (
        ManagedAgentsRoleActor as BetaManagedAgentsRoleActor,
    )
    from ..._models.managed_agents_s3_mount_resource import (
        ManagedAgentsS3MountResource as BetaManagedAgentsS3MountResource,
    )
    from ..._models.managed_agents_s3_mount_skill import (
        ManagedAgentsS3MountSkill as BetaManagedAgentsS3MountSkill,
    )
    from ..._models.managed_agents_s3_object_resource import (
        ManagedAgentsS3ObjectResource as BetaManagedAgentsS3ObjectResource,
    )
    from ..._models.managed_agents_sandbox_path_resource import (
        ManagedAgentsSandboxPathResource as BetaManagedAgentsSandboxPathResource,
    )
    from ..._models.managed_agents_sandbox_path_skill import (
        ManagedAgentsSandboxPathSkill as BetaManagedAgentsSandboxPathSkill,
    )
    from ..._models.managed_agents_sandbox_skill import (
        ManagedAgentsSandboxSkill as BetaManagedAgentsSandboxSkill,
    )
    from ..._params.bedrock_agent_list_params import (
        BedrockAgentListParams as BedrockAgentListParams,
    )
    from ..._params.bedrock_agent_retrieve_params import (
        BedrockAgentRetrieveParams as BedrockAgentRetrieveParams,
    )
    from ..._params.bedrock_memory_store_list_params import (
        BedrockMemoryStoreListParams as BedrockMemoryStoreListParams,
    )
    from ..._params.bedrock_session_list_params import (
        BedrockSessionListParams as BedrockSessionListParams,
    )
    from ..._params.managed_agents_aws_agent_core_gateway_mcp_server_param import (
        ManagedAgentsAWSAgentCoreGatewayMCPServerParam as BetaManagedAgentsAWSAgentCoreGatewayMCPServerParams,
    )
    from ..._params.managed_agents_bedrock_agent_tool_params import (
        ManagedAgentsBedrockAgentToolParams as BetaManagedAgentsBedrockAgentToolParams,
    )
    from ..._params.managed_agents_bedrock_agent_with_overrides_params import (
        ManagedAgentsBedrockAgentWithOverridesParams as BetaManagedAgentsBedrockAgentWithOverridesParams,
    )
    from ..._params.managed_agents_bedrock_create_agent_params import (
        ManagedAgentsBedrockCreateAgentParams as BedrockAgentCreateParams,
    )
    from ..._params.managed_agents_bedrock_create_session_params import (
        ManagedAgentsBedrockCreateSessionParams as BedrockSessionCreateParams,
    )
    from ..._params.managed_agents_bedrock_model_config_params import (
        ManagedAgentsBedrockModelConfigParams as BetaManagedAgentsBedrockModelConfigParams,
    )
    from ..._params.managed_agents_bedrock_multiagent_coordinator_params import (
        ManagedAgentsBedrockMultiagentCoordinatorParams as BetaManagedAgentsBedrockMultiagentCoordinatorParams,
    )
    from ..._params.managed_agents_bedrock_multiagent_roster_entry_params import (
        ManagedAgentsBedrockMultiagentRosterEntryParams as BetaManagedAgentsBedrockMultiagentRosterEntryParams,
    )
    from ..._params.managed_agents_bedrock_session_agent_update_param import (
        ManagedAgentsBedrockSessionAgentUpdateParam as BetaManagedAgentsBedrockSessionAgentUpdateParam,
    )
    from ..._params.managed_agents_bedrock_session_resource_params import (
        ManagedAgentsBedrockSessionResourceParams as BetaManagedAgentsBedrockSessionResourceParams,
    )
    from ..._params.managed_agents_bedrock_update_agent_params import (
        ManagedAgentsBedrockUpdateAgentParams as BedrockAgentUpdateParams,
    )
    from ..._params.managed_agents_bedrock_update_session_params import (
        ManagedAgentsBedrockUpdateSessionParams as BedrockSessionUpdateParams,
    )
    from ..._params.managed_agents_event_delta_type_param import (
        ManagedAgentsEventDeltaTypeParam as BetaManagedAgentsBedrockDeltaType,
    )
    from ..._params.managed_agents_managed_memory_store_backend_param import (
        ManagedAgentsManagedMemoryStoreBackendParam as BetaManagedAgentsManagedMemoryStoreBackendParam,
    )
    from ..._params.managed_agents_memory_tool_config_params import (
        ManagedAgentsMemoryToolConfigParams as BetaManagedAgentsMemoryToolConfigParams,
    )
    from ..._params.managed_agents_memory_toolset20261030_params import (
        ManagedAgentsMemoryToolset20261030Params as BetaManagedAgentsMemoryToolset20261030Params,
    )
    from ..._params.managed_agents_s3_mount_resource_params import (
        ManagedAgentsS3MountResourceParams as BetaManagedAgentsS3MountResourceParams,
    )
    from ..._params.managed_agents_s3_mount_skill_param import (
        ManagedAgentsS3MountSkillParam as BetaManagedAgentsS3MountSkillParams,
    )
    from ..._params.managed_agents_s3_object_resource_params import (
        ManagedAgentsS3ObjectResourceParams as BetaManagedAgentsS3ObjectResourceParams,
    )
    from ..._params.managed_agents_sandbox_path_resource_params import (
        ManagedAgentsSandboxPathResourceParams as BetaManagedAgentsSandboxPathResourceParams,
    )
    from ..._params.managed_agents_sandbox_path_skill_param import (
        ManagedAgentsSandboxPathSkillParam as BetaManagedAgentsSandboxPathSkillParams,
    )
    from ..._params.managed_agents_sandbox_skill_param import (
        ManagedAgentsSandboxSkillParam as BetaManagedAgentsSandboxSkillParams,
    )
    from ..._params.memory_store_create_params import (
        MemoryStoreCreateParams as BedrockMemoryStoreCreateParams,
    )
    from ..._params.memory_store_update_params import (
        MemoryStoreUpdateParams as BedrockMemoryStoreUpdateParams,
    )

# Public name → (module relative to `claude_api_client.types`, our name for it).
_NAMES: dict[str, tuple[str, str]] = {
    "BedrockAgentCreateParams": (
        "_params.managed_agents_bedrock_create_agent_params",
        "ManagedAgentsBedrockCreateAgentParams",
    ),
    "BedrockAgentListParams": ("_params.bedrock_agent_list_params", "BedrockAgentListParams"),
    "BedrockAgentRetrieveParams": (
        "_params.bedrock_agent_retrieve_params",
        "BedrockAgentRetrieveParams",
    ),
    "BedrockAgentUpdateParams": (
        "_params.managed_agents_bedrock_update_agent_params",
        "ManagedAgentsBedrockUpdateAgentParams",
    ),
    "BedrockMemoryStoreCreateParams": (
        "_params.memory_store_create_params",
        "MemoryStoreCreateParams",
    ),
    "BedrockMemoryStoreListParams": (
        "_params.bedrock_memory_store_list_params",
        "BedrockMemoryStoreListParams",
    ),
    "BedrockMemoryStoreUpdateParams": (
        "_params.memory_store_update_params",
        "MemoryStoreUpdateParams",
    ),
    "BedrockSessionCreateParams": (
        "_params.managed_agents_bedrock_create_session_params",
        "ManagedAgentsBedrockCreateSessionParams",
    ),
    "BedrockSessionListParams": ("_params.bedrock_session_list_params", "BedrockSessionListParams"),
    "BedrockSessionUpdateParams": (
        "_params.managed_agents_bedrock_update_session_params",
        "ManagedAgentsBedrockUpdateSessionParams",
    ),
    "BetaManagedAgentsAWSAgentCoreGatewayMCPServer": (
        "_models.managed_agents_aws_agent_core_gateway_mcp_server",
        "ManagedAgentsAWSAgentCoreGatewayMCPServer",
    ),
    "BetaManagedAgentsAWSAgentCoreGatewayMCPServerParams": (
        "_params.managed_agents_aws_agent_core_gateway_mcp_server_param",
        "ManagedAgentsAWSAgentCoreGatewayMCPServerParam",
    ),
    "BetaManagedAgentsBedrockAgent": (
        "_models.managed_agents_bedrock_agent",
        "ManagedAgentsBedrockAgent",
    ),
    "BetaManagedAgentsBedrockAgentListItem": (
        "_models.managed_agents_bedrock_agent_list_item",
        "ManagedAgentsBedrockAgentListItem",
    ),
    "BetaManagedAgentsBedrockAgentListItemModel": (
        "_models.managed_agents_bedrock_agent_list_item_model",
        "ManagedAgentsBedrockAgentListItemModel",
    ),
    "BetaManagedAgentsBedrockAgentTool": (
        "_models.managed_agents_bedrock_agent_tool",
        "ManagedAgentsBedrockAgentTool",
    ),
    "BetaManagedAgentsBedrockAgentToolParams": (
        "_params.managed_agents_bedrock_agent_tool_params",
        "ManagedAgentsBedrockAgentToolParams",
    ),
    "BetaManagedAgentsBedrockAgentWithOverridesParams": (
        "_params.managed_agents_bedrock_agent_with_overrides_params",
        "ManagedAgentsBedrockAgentWithOverridesParams",
    ),
    "BetaManagedAgentsBedrockDeltaType": (
        "_params.managed_agents_event_delta_type_param",
        "ManagedAgentsEventDeltaTypeParam",
    ),
    "BetaManagedAgentsBedrockMemoryStore": (
        "_models.managed_agents_bedrock_memory_store",
        "ManagedAgentsBedrockMemoryStore",
    ),
    "BetaManagedAgentsBedrockMemoryStoreListItem": (
        "_models.managed_agents_bedrock_memory_store_list_item",
        "ManagedAgentsBedrockMemoryStoreListItem",
    ),
    "BetaManagedAgentsBedrockMemoryStoreResource": (
        "_models.managed_agents_bedrock_memory_store_resource",
        "ManagedAgentsBedrockMemoryStoreResource",
    ),
    "BetaManagedAgentsBedrockModelConfigParams": (
        "_params.managed_agents_bedrock_model_config_params",
        "ManagedAgentsBedrockModelConfigParams",
    ),
    "BetaManagedAgentsBedrockMultiagentCoordinator": (
        "_models.managed_agents_bedrock_multiagent_coordinator",
        "ManagedAgentsBedrockMultiagentCoordinator",
    ),
    "BetaManagedAgentsBedrockMultiagentCoordinatorParams": (
        "_params.managed_agents_bedrock_multiagent_coordinator_params",
        "ManagedAgentsBedrockMultiagentCoordinatorParams",
    ),
    "BetaManagedAgentsBedrockMultiagentRosterEntryParams": (
        "_params.managed_agents_bedrock_multiagent_roster_entry_params",
        "ManagedAgentsBedrockMultiagentRosterEntryParams",
    ),
    "BetaManagedAgentsBedrockSession": (
        "_models.managed_agents_bedrock_session",
        "ManagedAgentsBedrockSession",
    ),
    "BetaManagedAgentsBedrockSessionAgent": (
        "_models.managed_agents_bedrock_session_agent",
        "ManagedAgentsBedrockSessionAgent",
    ),
    "BetaManagedAgentsBedrockSessionAgentUpdateParam": (
        "_params.managed_agents_bedrock_session_agent_update_param",
        "ManagedAgentsBedrockSessionAgentUpdateParam",
    ),
    "BetaManagedAgentsBedrockSessionListItem": (
        "_models.managed_agents_bedrock_session_list_item",
        "ManagedAgentsBedrockSessionListItem",
    ),
    "BetaManagedAgentsBedrockSessionListItemAgent": (
        "_models.managed_agents_bedrock_session_list_item_agent",
        "ManagedAgentsBedrockSessionListItemAgent",
    ),
    "BetaManagedAgentsBedrockSessionListItemMemoryStoreResource": (
        "_models.managed_agents_bedrock_session_list_item_memory_store_resource",
        "ManagedAgentsBedrockSessionListItemMemoryStoreResource",
    ),
    "BetaManagedAgentsBedrockSessionListItemUsage": (
        "_models.managed_agents_bedrock_session_list_item_usage",
        "ManagedAgentsBedrockSessionListItemUsage",
    ),
    "BetaManagedAgentsBedrockSessionMultiagentCoordinator": (
        "_models.managed_agents_bedrock_session_multiagent_coordinator",
        "ManagedAgentsBedrockSessionMultiagentCoordinator",
    ),
    "BetaManagedAgentsBedrockSessionResource": (
        "_models.managed_agents_bedrock_session_resource",
        "ManagedAgentsBedrockSessionResource",
    ),
    "BetaManagedAgentsBedrockSessionResourceParams": (
        "_params.managed_agents_bedrock_session_resource_params",
        "ManagedAgentsBedrockSessionResourceParams",
    ),
    "BetaManagedAgentsBedrockSessionThreadAgent": (
        "_models.managed_agents_bedrock_session_thread_agent",
        "ManagedAgentsBedrockSessionThreadAgent",
    ),
    "BetaManagedAgentsBedrockSessionUpdatedEvent": (
        "_models.managed_agents_bedrock_session_updated_event",
        "ManagedAgentsBedrockSessionUpdatedEvent",
    ),
    "BetaManagedAgentsBedrockSystemMessageEvent": (
        "_models.managed_agents_bedrock_system_message_event",
        "ManagedAgentsBedrockSystemMessageEvent",
    ),
    "BetaManagedAgentsCallerIdentity": (
        "_models.managed_agents_caller_identity",
        "ManagedAgentsCallerIdentity",
    ),
    "BetaManagedAgentsManagedMemoryStoreBackend": (
        "_models.managed_agents_managed_memory_store_backend",
        "ManagedAgentsManagedMemoryStoreBackend",
    ),
    "BetaManagedAgentsManagedMemoryStoreBackendParam": (
        "_params.managed_agents_managed_memory_store_backend_param",
        "ManagedAgentsManagedMemoryStoreBackendParam",
    ),
    "BetaManagedAgentsMemoryToolConfig": (
        "_models.managed_agents_memory_tool_config",
        "ManagedAgentsMemoryToolConfig",
    ),
    "BetaManagedAgentsMemoryToolConfigParams": (
        "_params.managed_agents_memory_tool_config_params",
        "ManagedAgentsMemoryToolConfigParams",
    ),
    "BetaManagedAgentsMemoryToolName": (
        "_models.managed_agents_memory_tool_name",
        "ManagedAgentsMemoryToolName",
    ),
    "BetaManagedAgentsMemoryToolset20261030": (
        "_models.managed_agents_memory_toolset20261030",
        "ManagedAgentsMemoryToolset20261030",
    ),
    "BetaManagedAgentsMemoryToolset20261030Params": (
        "_params.managed_agents_memory_toolset20261030_params",
        "ManagedAgentsMemoryToolset20261030Params",
    ),
    "BetaManagedAgentsPersonActor": (
        "_models.managed_agents_person_actor",
        "ManagedAgentsPersonActor",
    ),
    "BetaManagedAgentsRoleActor": ("_models.managed_agents_role_actor", "ManagedAgentsRoleActor"),
    "BetaManagedAgentsS3MountResource": (
        "_models.managed_agents_s3_mount_resource",
        "ManagedAgentsS3MountResource",
    ),
    "BetaManagedAgentsS3MountResourceParams": (
        "_params.managed_agents_s3_mount_resource_params",
        "ManagedAgentsS3MountResourceParams",
    ),
    "BetaManagedAgentsS3MountSkill": (
        "_models.managed_agents_s3_mount_skill",
        "ManagedAgentsS3MountSkill",
    ),
    "BetaManagedAgentsS3MountSkillParams": (
        "_params.managed_agents_s3_mount_skill_param",
        "ManagedAgentsS3MountSkillParam",
    ),
    "BetaManagedAgentsS3ObjectResource": (
        "_models.managed_agents_s3_object_resource",
        "ManagedAgentsS3ObjectResource",
    ),
    "BetaManagedAgentsS3ObjectResourceParams": (
        "_params.managed_agents_s3_object_resource_params",
        "ManagedAgentsS3ObjectResourceParams",
    ),
    "BetaManagedAgentsSandboxPathResource": (
        "_models.managed_agents_sandbox_path_resource",
        "ManagedAgentsSandboxPathResource",
    ),
    "BetaManagedAgentsSandboxPathResourceParams": (
        "_params.managed_agents_sandbox_path_resource_params",
        "ManagedAgentsSandboxPathResourceParams",
    ),
    "BetaManagedAgentsSandboxPathSkill": (
        "_models.managed_agents_sandbox_path_skill",
        "ManagedAgentsSandboxPathSkill",
    ),
    "BetaManagedAgentsSandboxPathSkillParams": (
        "_params.managed_agents_sandbox_path_skill_param",
        "ManagedAgentsSandboxPathSkillParam",
    ),
    "BetaManagedAgentsSandboxSkill": (
        "_models.managed_agents_sandbox_skill",
        "ManagedAgentsSandboxSkill",
    ),
    "BetaManagedAgentsSandboxSkillParams": (
        "_params.managed_agents_sandbox_skill_param",
        "ManagedAgentsSandboxSkillParam",
    ),
}

__all__ = [
    "BedrockAgentCreateParams",
    "BedrockAgentListParams",
    "BedrockAgentRetrieveParams",
    "BedrockAgentUpdateParams",
    "BedrockMemoryStoreCreateParams",
    "BedrockMemoryStoreListParams",
    "BedrockMemoryStoreUpdateParams",
    "BedrockSessionCreateParams",
    "BedrockSessionListParams",
    "BedrockSessionUpdateParams",
    "BetaManagedAgentsAWSAgentCoreGatewayMCPServer",
    "BetaManagedAgentsAWSAgentCoreGatewayMCPServerParams",
    "BetaManagedAgentsBedrockAgent",
    "BetaManagedAgentsBedrockAgentListItem",
    "BetaManagedAgentsBedrockAgentListItemModel",
    "BetaManagedAgentsBedrockAgentTool",
    "BetaManagedAgentsBedrockAgentToolParams",
    "BetaManagedAgentsBedrockAgentWithOverridesParams",
    "BetaManagedAgentsBedrockDeltaType",
    "BetaManagedAgentsBedrockMemoryStore",
    "BetaManagedAgentsBedrockMemoryStoreListItem",
    "BetaManagedAgentsBedrockMemoryStoreResource",
    "BetaManagedAgentsBedrockModelConfigParams",
    "BetaManagedAgentsBedrockMultiagentCoordinator",
    "BetaManagedAgentsBedrockMultiagentCoordinatorParams",
    "BetaManagedAgentsBedrockMultiagentRosterEntryParams",
    "BetaManagedAgentsBedrockSession",
    "BetaManagedAgentsBedrockSessionAgent",
    "BetaManagedAgentsBedrockSessionAgentUpdateParam",
    "BetaManagedAgentsBedrockSessionListItem",
    "BetaManagedAgentsBedrockSessionListItemAgent",
    "BetaManagedAgentsBedrockSessionListItemMemoryStoreResource",
    "BetaManagedAgentsBedrockSessionListItemUsage",
    "BetaManagedAgentsBedrockSessionMultiagentCoordinator",
    "BetaManagedAgentsBedrockSessionResource",
    "BetaManagedAgentsBedrockSessionResourceParams",
    "BetaManagedAgentsBedrockSessionThreadAgent",
    "BetaManagedAgentsBedrockSessionUpdatedEvent",
    "BetaManagedAgentsBedrockSystemMessageEvent",
    "BetaManagedAgentsCallerIdentity",
    "BetaManagedAgentsManagedMemoryStoreBackend",
    "BetaManagedAgentsManagedMemoryStoreBackendParam",
    "BetaManagedAgentsMemoryToolConfig",
    "BetaManagedAgentsMemoryToolConfigParams",
    "BetaManagedAgentsMemoryToolName",
    "BetaManagedAgentsMemoryToolset20261030",
    "BetaManagedAgentsMemoryToolset20261030Params",
    "BetaManagedAgentsPersonActor",
    "BetaManagedAgentsRoleActor",
    "BetaManagedAgentsS3MountResource",
    "BetaManagedAgentsS3MountResourceParams",
    "BetaManagedAgentsS3MountSkill",
    "BetaManagedAgentsS3MountSkillParams",
    "BetaManagedAgentsS3ObjectResource",
    "BetaManagedAgentsS3ObjectResourceParams",
    "BetaManagedAgentsSandboxPathResource",
    "BetaManagedAgentsSandboxPathResourceParams",
    "BetaManagedAgentsSandboxPathSkill",
    "BetaManagedAgentsSandboxPathSkillParams",
    "BetaManagedAgentsSandboxSkill",
    "BetaManagedAgentsSandboxSkillParams",
]


def __getattr__(name: str) -> Any:
    target = _NAMES.get(name)
    if target is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{target[0]}", "claude_api_client.types"), target[1])
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
