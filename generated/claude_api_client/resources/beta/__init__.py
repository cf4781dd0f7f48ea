# generated from openapi/ by scripts/generate, do not edit
"""`anthropic.resources.beta` of the official package: its names, lazily."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from claude_api_client.lib.webhooks import AsyncWebhooks as AsyncWebhooks
    from claude_api_client.lib.webhooks import Webhooks as Webhooks
    from claude_api_client.resources.beta.beta import AsyncBeta as AsyncBeta
    from claude_api_client.resources.beta.beta import (
        AsyncBetaWithRawResponse as AsyncBetaWithRawResponse,
    )
    from claude_api_client.resources.beta.beta import (
        AsyncBetaWithStreamingResponse as AsyncBetaWithStreamingResponse,
    )
    from claude_api_client.resources.beta.beta import Beta as Beta
    from claude_api_client.resources.beta.beta import BetaWithRawResponse as BetaWithRawResponse
    from claude_api_client.resources.beta.beta import (
        BetaWithStreamingResponse as BetaWithStreamingResponse,
    )
    from claude_api_client.resources.beta_agents import AsyncBetaAgents as AsyncAgents
    from claude_api_client.resources.beta_agents import (
        AsyncBetaAgentsWithRawResponse as AsyncAgentsWithRawResponse,
    )
    from claude_api_client.resources.beta_agents import (
        AsyncBetaAgentsWithStreamingResponse as AsyncAgentsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_agents import BetaAgents as Agents
    from claude_api_client.resources.beta_agents import (
        BetaAgentsWithRawResponse as AgentsWithRawResponse,
    )
    from claude_api_client.resources.beta_agents import (
        BetaAgentsWithStreamingResponse as AgentsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_compliance import AsyncBetaCompliance as AsyncCompliance
    from claude_api_client.resources.beta_compliance import (
        AsyncBetaComplianceWithRawResponse as AsyncComplianceWithRawResponse,
    )
    from claude_api_client.resources.beta_compliance import (
        AsyncBetaComplianceWithStreamingResponse as AsyncComplianceWithStreamingResponse,
    )
    from claude_api_client.resources.beta_compliance import BetaCompliance as Compliance
    from claude_api_client.resources.beta_compliance import (
        BetaComplianceWithRawResponse as ComplianceWithRawResponse,
    )
    from claude_api_client.resources.beta_compliance import (
        BetaComplianceWithStreamingResponse as ComplianceWithStreamingResponse,
    )
    from claude_api_client.resources.beta_deployment_runs import (
        AsyncBetaDeploymentRuns as AsyncDeploymentRuns,
    )
    from claude_api_client.resources.beta_deployment_runs import (
        AsyncBetaDeploymentRunsWithRawResponse as AsyncDeploymentRunsWithRawResponse,
    )
    from claude_api_client.resources.beta_deployment_runs import (
        AsyncBetaDeploymentRunsWithStreamingResponse as AsyncDeploymentRunsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_deployment_runs import (
        BetaDeploymentRuns as DeploymentRuns,
    )
    from claude_api_client.resources.beta_deployment_runs import (
        BetaDeploymentRunsWithRawResponse as DeploymentRunsWithRawResponse,
    )
    from claude_api_client.resources.beta_deployment_runs import (
        BetaDeploymentRunsWithStreamingResponse as DeploymentRunsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_deployments import (
        AsyncBetaDeployments as AsyncDeployments,
    )
    from claude_api_client.resources.beta_deployments import (
        AsyncBetaDeploymentsWithRawResponse as AsyncDeploymentsWithRawResponse,
    )
    from claude_api_client.resources.beta_deployments import (
        AsyncBetaDeploymentsWithStreamingResponse as AsyncDeploymentsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_deployments import BetaDeployments as Deployments
    from claude_api_client.resources.beta_deployments import (
        BetaDeploymentsWithRawResponse as DeploymentsWithRawResponse,
    )
    from claude_api_client.resources.beta_deployments import (
        BetaDeploymentsWithStreamingResponse as DeploymentsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_dreams import AsyncBetaDreams as AsyncDreams
    from claude_api_client.resources.beta_dreams import (
        AsyncBetaDreamsWithRawResponse as AsyncDreamsWithRawResponse,
    )
    from claude_api_client.resources.beta_dreams import (
        AsyncBetaDreamsWithStreamingResponse as AsyncDreamsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_dreams import BetaDreams as Dreams
    from claude_api_client.resources.beta_dreams import (
        BetaDreamsWithRawResponse as DreamsWithRawResponse,
    )
    from claude_api_client.resources.beta_dreams import (
        BetaDreamsWithStreamingResponse as DreamsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_environments import (
        AsyncBetaEnvironments as AsyncEnvironments,
    )
    from claude_api_client.resources.beta_environments import (
        AsyncBetaEnvironmentsWithRawResponse as AsyncEnvironmentsWithRawResponse,
    )
    from claude_api_client.resources.beta_environments import (
        AsyncBetaEnvironmentsWithStreamingResponse as AsyncEnvironmentsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_environments import BetaEnvironments as Environments
    from claude_api_client.resources.beta_environments import (
        BetaEnvironmentsWithRawResponse as EnvironmentsWithRawResponse,
    )
    from claude_api_client.resources.beta_environments import (
        BetaEnvironmentsWithStreamingResponse as EnvironmentsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_files import AsyncBetaFiles as AsyncFiles
    from claude_api_client.resources.beta_files import (
        AsyncBetaFilesWithRawResponse as AsyncFilesWithRawResponse,
    )
    from claude_api_client.resources.beta_files import (
        AsyncBetaFilesWithStreamingResponse as AsyncFilesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_files import BetaFiles as Files
    from claude_api_client.resources.beta_files import (
        BetaFilesWithRawResponse as FilesWithRawResponse,
    )
    from claude_api_client.resources.beta_files import (
        BetaFilesWithStreamingResponse as FilesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_memory_stores import (
        AsyncBetaMemoryStores as AsyncMemoryStores,
    )
    from claude_api_client.resources.beta_memory_stores import (
        AsyncBetaMemoryStoresWithRawResponse as AsyncMemoryStoresWithRawResponse,
    )
    from claude_api_client.resources.beta_memory_stores import (
        AsyncBetaMemoryStoresWithStreamingResponse as AsyncMemoryStoresWithStreamingResponse,
    )
    from claude_api_client.resources.beta_memory_stores import BetaMemoryStores as MemoryStores
    from claude_api_client.resources.beta_memory_stores import (
        BetaMemoryStoresWithRawResponse as MemoryStoresWithRawResponse,
    )
    from claude_api_client.resources.beta_memory_stores import (
        BetaMemoryStoresWithStreamingResponse as MemoryStoresWithStreamingResponse,
    )
    from claude_api_client.resources.beta_messages import AsyncBetaMessages as AsyncMessages
    from claude_api_client.resources.beta_messages import (
        AsyncBetaMessagesWithRawResponse as AsyncMessagesWithRawResponse,
    )
    from claude_api_client.resources.beta_messages import (
        AsyncBetaMessagesWithStreamingResponse as AsyncMessagesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_messages import BetaMessages as Messages
    from claude_api_client.resources.beta_messages import (
        BetaMessagesWithRawResponse as MessagesWithRawResponse,
    )
    from claude_api_client.resources.beta_messages import (
        BetaMessagesWithStreamingResponse as MessagesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_models import AsyncBetaModels as AsyncModels
    from claude_api_client.resources.beta_models import (
        AsyncBetaModelsWithRawResponse as AsyncModelsWithRawResponse,
    )
    from claude_api_client.resources.beta_models import (
        AsyncBetaModelsWithStreamingResponse as AsyncModelsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_models import BetaModels as Models
    from claude_api_client.resources.beta_models import (
        BetaModelsWithRawResponse as ModelsWithRawResponse,
    )
    from claude_api_client.resources.beta_models import (
        BetaModelsWithStreamingResponse as ModelsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization import (
        AsyncBetaOrganization as AsyncOrganization,
    )
    from claude_api_client.resources.beta_organization import (
        AsyncBetaOrganizationWithRawResponse as AsyncOrganizationWithRawResponse,
    )
    from claude_api_client.resources.beta_organization import (
        AsyncBetaOrganizationWithStreamingResponse as AsyncOrganizationWithStreamingResponse,
    )
    from claude_api_client.resources.beta_organization import BetaOrganization as Organization
    from claude_api_client.resources.beta_organization import (
        BetaOrganizationWithRawResponse as OrganizationWithRawResponse,
    )
    from claude_api_client.resources.beta_organization import (
        BetaOrganizationWithStreamingResponse as OrganizationWithStreamingResponse,
    )
    from claude_api_client.resources.beta_sessions import AsyncBetaSessions as AsyncSessions
    from claude_api_client.resources.beta_sessions import (
        AsyncBetaSessionsWithRawResponse as AsyncSessionsWithRawResponse,
    )
    from claude_api_client.resources.beta_sessions import (
        AsyncBetaSessionsWithStreamingResponse as AsyncSessionsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_sessions import BetaSessions as Sessions
    from claude_api_client.resources.beta_sessions import (
        BetaSessionsWithRawResponse as SessionsWithRawResponse,
    )
    from claude_api_client.resources.beta_sessions import (
        BetaSessionsWithStreamingResponse as SessionsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_skills import AsyncBetaSkills as AsyncSkills
    from claude_api_client.resources.beta_skills import (
        AsyncBetaSkillsWithRawResponse as AsyncSkillsWithRawResponse,
    )
    from claude_api_client.resources.beta_skills import (
        AsyncBetaSkillsWithStreamingResponse as AsyncSkillsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_skills import BetaSkills as Skills
    from claude_api_client.resources.beta_skills import (
        BetaSkillsWithRawResponse as SkillsWithRawResponse,
    )
    from claude_api_client.resources.beta_skills import (
        BetaSkillsWithStreamingResponse as SkillsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_tunnels import AsyncBetaTunnels as AsyncTunnels
    from claude_api_client.resources.beta_tunnels import (
        AsyncBetaTunnelsWithRawResponse as AsyncTunnelsWithRawResponse,
    )
    from claude_api_client.resources.beta_tunnels import (
        AsyncBetaTunnelsWithStreamingResponse as AsyncTunnelsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_tunnels import BetaTunnels as Tunnels
    from claude_api_client.resources.beta_tunnels import (
        BetaTunnelsWithRawResponse as TunnelsWithRawResponse,
    )
    from claude_api_client.resources.beta_tunnels import (
        BetaTunnelsWithStreamingResponse as TunnelsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_user_profiles import (
        AsyncBetaUserProfiles as AsyncUserProfiles,
    )
    from claude_api_client.resources.beta_user_profiles import (
        AsyncBetaUserProfilesWithRawResponse as AsyncUserProfilesWithRawResponse,
    )
    from claude_api_client.resources.beta_user_profiles import (
        AsyncBetaUserProfilesWithStreamingResponse as AsyncUserProfilesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_user_profiles import BetaUserProfiles as UserProfiles
    from claude_api_client.resources.beta_user_profiles import (
        BetaUserProfilesWithRawResponse as UserProfilesWithRawResponse,
    )
    from claude_api_client.resources.beta_user_profiles import (
        BetaUserProfilesWithStreamingResponse as UserProfilesWithStreamingResponse,
    )
    from claude_api_client.resources.beta_vaults import AsyncBetaVaults as AsyncVaults
    from claude_api_client.resources.beta_vaults import (
        AsyncBetaVaultsWithRawResponse as AsyncVaultsWithRawResponse,
    )
    from claude_api_client.resources.beta_vaults import (
        AsyncBetaVaultsWithStreamingResponse as AsyncVaultsWithStreamingResponse,
    )
    from claude_api_client.resources.beta_vaults import BetaVaults as Vaults
    from claude_api_client.resources.beta_vaults import (
        BetaVaultsWithRawResponse as VaultsWithRawResponse,
    )
    from claude_api_client.resources.beta_vaults import (
        BetaVaultsWithStreamingResponse as VaultsWithStreamingResponse,
    )

__all__ = [
    "Agents",
    "AgentsWithRawResponse",
    "AgentsWithStreamingResponse",
    "AsyncAgents",
    "AsyncAgentsWithRawResponse",
    "AsyncAgentsWithStreamingResponse",
    "AsyncBeta",
    "AsyncBetaWithRawResponse",
    "AsyncBetaWithStreamingResponse",
    "AsyncCompliance",
    "AsyncComplianceWithRawResponse",
    "AsyncComplianceWithStreamingResponse",
    "AsyncDeploymentRuns",
    "AsyncDeploymentRunsWithRawResponse",
    "AsyncDeploymentRunsWithStreamingResponse",
    "AsyncDeployments",
    "AsyncDeploymentsWithRawResponse",
    "AsyncDeploymentsWithStreamingResponse",
    "AsyncDreams",
    "AsyncDreamsWithRawResponse",
    "AsyncDreamsWithStreamingResponse",
    "AsyncEnvironments",
    "AsyncEnvironmentsWithRawResponse",
    "AsyncEnvironmentsWithStreamingResponse",
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "AsyncMemoryStores",
    "AsyncMemoryStoresWithRawResponse",
    "AsyncMemoryStoresWithStreamingResponse",
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "AsyncMessagesWithStreamingResponse",
    "AsyncModels",
    "AsyncModelsWithRawResponse",
    "AsyncModelsWithStreamingResponse",
    "AsyncOrganization",
    "AsyncOrganizationWithRawResponse",
    "AsyncOrganizationWithStreamingResponse",
    "AsyncSessions",
    "AsyncSessionsWithRawResponse",
    "AsyncSessionsWithStreamingResponse",
    "AsyncSkills",
    "AsyncSkillsWithRawResponse",
    "AsyncSkillsWithStreamingResponse",
    "AsyncTunnels",
    "AsyncTunnelsWithRawResponse",
    "AsyncTunnelsWithStreamingResponse",
    "AsyncUserProfiles",
    "AsyncUserProfilesWithRawResponse",
    "AsyncUserProfilesWithStreamingResponse",
    "AsyncVaults",
    "AsyncVaultsWithRawResponse",
    "AsyncVaultsWithStreamingResponse",
    "AsyncWebhooks",
    "Beta",
    "BetaWithRawResponse",
    "BetaWithStreamingResponse",
    "Compliance",
    "ComplianceWithRawResponse",
    "ComplianceWithStreamingResponse",
    "DeploymentRuns",
    "DeploymentRunsWithRawResponse",
    "DeploymentRunsWithStreamingResponse",
    "Deployments",
    "DeploymentsWithRawResponse",
    "DeploymentsWithStreamingResponse",
    "Dreams",
    "DreamsWithRawResponse",
    "DreamsWithStreamingResponse",
    "Environments",
    "EnvironmentsWithRawResponse",
    "EnvironmentsWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
    "MemoryStores",
    "MemoryStoresWithRawResponse",
    "MemoryStoresWithStreamingResponse",
    "Messages",
    "MessagesWithRawResponse",
    "MessagesWithStreamingResponse",
    "Models",
    "ModelsWithRawResponse",
    "ModelsWithStreamingResponse",
    "Organization",
    "OrganizationWithRawResponse",
    "OrganizationWithStreamingResponse",
    "Sessions",
    "SessionsWithRawResponse",
    "SessionsWithStreamingResponse",
    "Skills",
    "SkillsWithRawResponse",
    "SkillsWithStreamingResponse",
    "Tunnels",
    "TunnelsWithRawResponse",
    "TunnelsWithStreamingResponse",
    "UserProfiles",
    "UserProfilesWithRawResponse",
    "UserProfilesWithStreamingResponse",
    "Vaults",
    "VaultsWithRawResponse",
    "VaultsWithStreamingResponse",
    "Webhooks",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "Agents": ("claude_api_client.resources.beta_agents", "BetaAgents"),
    "AgentsWithRawResponse": (
        "claude_api_client.resources.beta_agents",
        "BetaAgentsWithRawResponse",
    ),
    "AgentsWithStreamingResponse": (
        "claude_api_client.resources.beta_agents",
        "BetaAgentsWithStreamingResponse",
    ),
    "AsyncAgents": ("claude_api_client.resources.beta_agents", "AsyncBetaAgents"),
    "AsyncAgentsWithRawResponse": (
        "claude_api_client.resources.beta_agents",
        "AsyncBetaAgentsWithRawResponse",
    ),
    "AsyncAgentsWithStreamingResponse": (
        "claude_api_client.resources.beta_agents",
        "AsyncBetaAgentsWithStreamingResponse",
    ),
    "AsyncBeta": ("claude_api_client.resources.beta.beta", "AsyncBeta"),
    "AsyncBetaWithRawResponse": (
        "claude_api_client.resources.beta.beta",
        "AsyncBetaWithRawResponse",
    ),
    "AsyncBetaWithStreamingResponse": (
        "claude_api_client.resources.beta.beta",
        "AsyncBetaWithStreamingResponse",
    ),
    "AsyncCompliance": ("claude_api_client.resources.beta_compliance", "AsyncBetaCompliance"),
    "AsyncComplianceWithRawResponse": (
        "claude_api_client.resources.beta_compliance",
        "AsyncBetaComplianceWithRawResponse",
    ),
    "AsyncComplianceWithStreamingResponse": (
        "claude_api_client.resources.beta_compliance",
        "AsyncBetaComplianceWithStreamingResponse",
    ),
    "AsyncDeploymentRuns": (
        "claude_api_client.resources.beta_deployment_runs",
        "AsyncBetaDeploymentRuns",
    ),
    "AsyncDeploymentRunsWithRawResponse": (
        "claude_api_client.resources.beta_deployment_runs",
        "AsyncBetaDeploymentRunsWithRawResponse",
    ),
    "AsyncDeploymentRunsWithStreamingResponse": (
        "claude_api_client.resources.beta_deployment_runs",
        "AsyncBetaDeploymentRunsWithStreamingResponse",
    ),
    "AsyncDeployments": ("claude_api_client.resources.beta_deployments", "AsyncBetaDeployments"),
    "AsyncDeploymentsWithRawResponse": (
        "claude_api_client.resources.beta_deployments",
        "AsyncBetaDeploymentsWithRawResponse",
    ),
    "AsyncDeploymentsWithStreamingResponse": (
        "claude_api_client.resources.beta_deployments",
        "AsyncBetaDeploymentsWithStreamingResponse",
    ),
    "AsyncDreams": ("claude_api_client.resources.beta_dreams", "AsyncBetaDreams"),
    "AsyncDreamsWithRawResponse": (
        "claude_api_client.resources.beta_dreams",
        "AsyncBetaDreamsWithRawResponse",
    ),
    "AsyncDreamsWithStreamingResponse": (
        "claude_api_client.resources.beta_dreams",
        "AsyncBetaDreamsWithStreamingResponse",
    ),
    "AsyncEnvironments": ("claude_api_client.resources.beta_environments", "AsyncBetaEnvironments"),
    "AsyncEnvironmentsWithRawResponse": (
        "claude_api_client.resources.beta_environments",
        "AsyncBetaEnvironmentsWithRawResponse",
    ),
    "AsyncEnvironmentsWithStreamingResponse": (
        "claude_api_client.resources.beta_environments",
        "AsyncBetaEnvironmentsWithStreamingResponse",
    ),
    "AsyncFiles": ("claude_api_client.resources.beta_files", "AsyncBetaFiles"),
    "AsyncFilesWithRawResponse": (
        "claude_api_client.resources.beta_files",
        "AsyncBetaFilesWithRawResponse",
    ),
    "AsyncFilesWithStreamingResponse": (
        "claude_api_client.resources.beta_files",
        "AsyncBetaFilesWithStreamingResponse",
    ),
    "AsyncMemoryStores": (
        "claude_api_client.resources.beta_memory_stores",
        "AsyncBetaMemoryStores",
    ),
    "AsyncMemoryStoresWithRawResponse": (
        "claude_api_client.resources.beta_memory_stores",
        "AsyncBetaMemoryStoresWithRawResponse",
    ),
    "AsyncMemoryStoresWithStreamingResponse": (
        "claude_api_client.resources.beta_memory_stores",
        "AsyncBetaMemoryStoresWithStreamingResponse",
    ),
    "AsyncMessages": ("claude_api_client.resources.beta_messages", "AsyncBetaMessages"),
    "AsyncMessagesWithRawResponse": (
        "claude_api_client.resources.beta_messages",
        "AsyncBetaMessagesWithRawResponse",
    ),
    "AsyncMessagesWithStreamingResponse": (
        "claude_api_client.resources.beta_messages",
        "AsyncBetaMessagesWithStreamingResponse",
    ),
    "AsyncModels": ("claude_api_client.resources.beta_models", "AsyncBetaModels"),
    "AsyncModelsWithRawResponse": (
        "claude_api_client.resources.beta_models",
        "AsyncBetaModelsWithRawResponse",
    ),
    "AsyncModelsWithStreamingResponse": (
        "claude_api_client.resources.beta_models",
        "AsyncBetaModelsWithStreamingResponse",
    ),
    "AsyncOrganization": ("claude_api_client.resources.beta_organization", "AsyncBetaOrganization"),
    "AsyncOrganizationWithRawResponse": (
        "claude_api_client.resources.beta_organization",
        "AsyncBetaOrganizationWithRawResponse",
    ),
    "AsyncOrganizationWithStreamingResponse": (
        "claude_api_client.resources.beta_organization",
        "AsyncBetaOrganizationWithStreamingResponse",
    ),
    "AsyncSessions": ("claude_api_client.resources.beta_sessions", "AsyncBetaSessions"),
    "AsyncSessionsWithRawResponse": (
        "claude_api_client.resources.beta_sessions",
        "AsyncBetaSessionsWithRawResponse",
    ),
    "AsyncSessionsWithStreamingResponse": (
        "claude_api_client.resources.beta_sessions",
        "AsyncBetaSessionsWithStreamingResponse",
    ),
    "AsyncSkills": ("claude_api_client.resources.beta_skills", "AsyncBetaSkills"),
    "AsyncSkillsWithRawResponse": (
        "claude_api_client.resources.beta_skills",
        "AsyncBetaSkillsWithRawResponse",
    ),
    "AsyncSkillsWithStreamingResponse": (
        "claude_api_client.resources.beta_skills",
        "AsyncBetaSkillsWithStreamingResponse",
    ),
    "AsyncTunnels": ("claude_api_client.resources.beta_tunnels", "AsyncBetaTunnels"),
    "AsyncTunnelsWithRawResponse": (
        "claude_api_client.resources.beta_tunnels",
        "AsyncBetaTunnelsWithRawResponse",
    ),
    "AsyncTunnelsWithStreamingResponse": (
        "claude_api_client.resources.beta_tunnels",
        "AsyncBetaTunnelsWithStreamingResponse",
    ),
    "AsyncUserProfiles": (
        "claude_api_client.resources.beta_user_profiles",
        "AsyncBetaUserProfiles",
    ),
    "AsyncUserProfilesWithRawResponse": (
        "claude_api_client.resources.beta_user_profiles",
        "AsyncBetaUserProfilesWithRawResponse",
    ),
    "AsyncUserProfilesWithStreamingResponse": (
        "claude_api_client.resources.beta_user_profiles",
        "AsyncBetaUserProfilesWithStreamingResponse",
    ),
    "AsyncVaults": ("claude_api_client.resources.beta_vaults", "AsyncBetaVaults"),
    "AsyncVaultsWithRawResponse": (
        "claude_api_client.resources.beta_vaults",
        "AsyncBetaVaultsWithRawResponse",
    ),
    "AsyncVaultsWithStreamingResponse": (
        "claude_api_client.resources.beta_vaults",
        "AsyncBetaVaultsWithStreamingResponse",
    ),
    "AsyncWebhooks": ("claude_api_client.lib.webhooks", "AsyncWebhooks"),
    "Beta": ("claude_api_client.resources.beta.beta", "Beta"),
    "BetaWithRawResponse": ("claude_api_client.resources.beta.beta", "BetaWithRawResponse"),
    "BetaWithStreamingResponse": (
        "claude_api_client.resources.beta.beta",
        "BetaWithStreamingResponse",
    ),
    "Compliance": ("claude_api_client.resources.beta_compliance", "BetaCompliance"),
    "ComplianceWithRawResponse": (
        "claude_api_client.resources.beta_compliance",
        "BetaComplianceWithRawResponse",
    ),
    "ComplianceWithStreamingResponse": (
        "claude_api_client.resources.beta_compliance",
        "BetaComplianceWithStreamingResponse",
    ),
    "DeploymentRuns": ("claude_api_client.resources.beta_deployment_runs", "BetaDeploymentRuns"),
    "DeploymentRunsWithRawResponse": (
        "claude_api_client.resources.beta_deployment_runs",
        "BetaDeploymentRunsWithRawResponse",
    ),
    "DeploymentRunsWithStreamingResponse": (
        "claude_api_client.resources.beta_deployment_runs",
        "BetaDeploymentRunsWithStreamingResponse",
    ),
    "Deployments": ("claude_api_client.resources.beta_deployments", "BetaDeployments"),
    "DeploymentsWithRawResponse": (
        "claude_api_client.resources.beta_deployments",
        "BetaDeploymentsWithRawResponse",
    ),
    "DeploymentsWithStreamingResponse": (
        "claude_api_client.resources.beta_deployments",
        "BetaDeploymentsWithStreamingResponse",
    ),
    "Dreams": ("claude_api_client.resources.beta_dreams", "BetaDreams"),
    "DreamsWithRawResponse": (
        "claude_api_client.resources.beta_dreams",
        "BetaDreamsWithRawResponse",
    ),
    "DreamsWithStreamingResponse": (
        "claude_api_client.resources.beta_dreams",
        "BetaDreamsWithStreamingResponse",
    ),
    "Environments": ("claude_api_client.resources.beta_environments", "BetaEnvironments"),
    "EnvironmentsWithRawResponse": (
        "claude_api_client.resources.beta_environments",
        "BetaEnvironmentsWithRawResponse",
    ),
    "EnvironmentsWithStreamingResponse": (
        "claude_api_client.resources.beta_environments",
        "BetaEnvironmentsWithStreamingResponse",
    ),
    "Files": ("claude_api_client.resources.beta_files", "BetaFiles"),
    "FilesWithRawResponse": ("claude_api_client.resources.beta_files", "BetaFilesWithRawResponse"),
    "FilesWithStreamingResponse": (
        "claude_api_client.resources.beta_files",
        "BetaFilesWithStreamingResponse",
    ),
    "MemoryStores": ("claude_api_client.resources.beta_memory_stores", "BetaMemoryStores"),
    "MemoryStoresWithRawResponse": (
        "claude_api_client.resources.beta_memory_stores",
        "BetaMemoryStoresWithRawResponse",
    ),
    "MemoryStoresWithStreamingResponse": (
        "claude_api_client.resources.beta_memory_stores",
        "BetaMemoryStoresWithStreamingResponse",
    ),
    "Messages": ("claude_api_client.resources.beta_messages", "BetaMessages"),
    "MessagesWithRawResponse": (
        "claude_api_client.resources.beta_messages",
        "BetaMessagesWithRawResponse",
    ),
    "MessagesWithStreamingResponse": (
        "claude_api_client.resources.beta_messages",
        "BetaMessagesWithStreamingResponse",
    ),
    "Models": ("claude_api_client.resources.beta_models", "BetaModels"),
    "ModelsWithRawResponse": (
        "claude_api_client.resources.beta_models",
        "BetaModelsWithRawResponse",
    ),
    "ModelsWithStreamingResponse": (
        "claude_api_client.resources.beta_models",
        "BetaModelsWithStreamingResponse",
    ),
    "Organization": ("claude_api_client.resources.beta_organization", "BetaOrganization"),
    "OrganizationWithRawResponse": (
        "claude_api_client.resources.beta_organization",
        "BetaOrganizationWithRawResponse",
    ),
    "OrganizationWithStreamingResponse": (
        "claude_api_client.resources.beta_organization",
        "BetaOrganizationWithStreamingResponse",
    ),
    "Sessions": ("claude_api_client.resources.beta_sessions", "BetaSessions"),
    "SessionsWithRawResponse": (
        "claude_api_client.resources.beta_sessions",
        "BetaSessionsWithRawResponse",
    ),
    "SessionsWithStreamingResponse": (
        "claude_api_client.resources.beta_sessions",
        "BetaSessionsWithStreamingResponse",
    ),
    "Skills": ("claude_api_client.resources.beta_skills", "BetaSkills"),
    "SkillsWithRawResponse": (
        "claude_api_client.resources.beta_skills",
        "BetaSkillsWithRawResponse",
    ),
    "SkillsWithStreamingResponse": (
        "claude_api_client.resources.beta_skills",
        "BetaSkillsWithStreamingResponse",
    ),
    "Tunnels": ("claude_api_client.resources.beta_tunnels", "BetaTunnels"),
    "TunnelsWithRawResponse": (
        "claude_api_client.resources.beta_tunnels",
        "BetaTunnelsWithRawResponse",
    ),
    "TunnelsWithStreamingResponse": (
        "claude_api_client.resources.beta_tunnels",
        "BetaTunnelsWithStreamingResponse",
    ),
    "UserProfiles": ("claude_api_client.resources.beta_user_profiles", "BetaUserProfiles"),
    "UserProfilesWithRawResponse": (
        "claude_api_client.resources.beta_user_profiles",
        "BetaUserProfilesWithRawResponse",
    ),
    "UserProfilesWithStreamingResponse": (
        "claude_api_client.resources.beta_user_profiles",
        "BetaUserProfilesWithStreamingResponse",
    ),
    "Vaults": ("claude_api_client.resources.beta_vaults", "BetaVaults"),
    "VaultsWithRawResponse": (
        "claude_api_client.resources.beta_vaults",
        "BetaVaultsWithRawResponse",
    ),
    "VaultsWithStreamingResponse": (
        "claude_api_client.resources.beta_vaults",
        "BetaVaultsWithStreamingResponse",
    ),
    "Webhooks": ("claude_api_client.lib.webhooks", "Webhooks"),
}


def __getattr__(name: str) -> object:
    """The class an official name of this path stands for (the one the client's namespace is)."""
    try:
        module, attr = _OFFICIAL[name]
    except KeyError:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    import importlib

    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value
