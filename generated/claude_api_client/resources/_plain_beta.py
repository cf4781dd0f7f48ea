# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._core._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from ._plain_beta_environments import (
        AsyncBetaEnvironments,
        AsyncBetaEnvironmentsWithRawResponse,
        AsyncBetaEnvironmentsWithStreamingResponse,
        BetaEnvironments,
        BetaEnvironmentsWithRawResponse,
        BetaEnvironmentsWithStreamingResponse,
    )
    from ._plain_beta_messages import (
        AsyncBetaMessages,
        AsyncBetaMessagesWithRawResponse,
        AsyncBetaMessagesWithStreamingResponse,
        BetaMessages,
        BetaMessagesWithRawResponse,
        BetaMessagesWithStreamingResponse,
    )
    from ._plain_beta_sessions import (
        AsyncBetaSessions,
        AsyncBetaSessionsWithRawResponse,
        AsyncBetaSessionsWithStreamingResponse,
        BetaSessions,
        BetaSessionsWithRawResponse,
        BetaSessionsWithStreamingResponse,
    )
    from .beta_agents import (
        AsyncBetaAgents,
        AsyncBetaAgentsWithRawResponse,
        AsyncBetaAgentsWithStreamingResponse,
        BetaAgents,
        BetaAgentsWithRawResponse,
        BetaAgentsWithStreamingResponse,
    )
    from .beta_completions import (
        AsyncBetaCompletions,
        AsyncBetaCompletionsWithRawResponse,
        AsyncBetaCompletionsWithStreamingResponse,
        BetaCompletions,
        BetaCompletionsWithRawResponse,
        BetaCompletionsWithStreamingResponse,
    )
    from .beta_compliance import (
        AsyncBetaCompliance,
        AsyncBetaComplianceWithRawResponse,
        AsyncBetaComplianceWithStreamingResponse,
        BetaCompliance,
        BetaComplianceWithRawResponse,
        BetaComplianceWithStreamingResponse,
    )
    from .beta_deployment_runs import (
        AsyncBetaDeploymentRuns,
        AsyncBetaDeploymentRunsWithRawResponse,
        AsyncBetaDeploymentRunsWithStreamingResponse,
        BetaDeploymentRuns,
        BetaDeploymentRunsWithRawResponse,
        BetaDeploymentRunsWithStreamingResponse,
    )
    from .beta_deployments import (
        AsyncBetaDeployments,
        AsyncBetaDeploymentsWithRawResponse,
        AsyncBetaDeploymentsWithStreamingResponse,
        BetaDeployments,
        BetaDeploymentsWithRawResponse,
        BetaDeploymentsWithStreamingResponse,
    )
    from .beta_dreams import (
        AsyncBetaDreams,
        AsyncBetaDreamsWithRawResponse,
        AsyncBetaDreamsWithStreamingResponse,
        BetaDreams,
        BetaDreamsWithRawResponse,
        BetaDreamsWithStreamingResponse,
    )
    from .beta_files import (
        AsyncBetaFiles,
        AsyncBetaFilesWithRawResponse,
        AsyncBetaFilesWithStreamingResponse,
        BetaFiles,
        BetaFilesWithRawResponse,
        BetaFilesWithStreamingResponse,
    )
    from .beta_memory_stores import (
        AsyncBetaMemoryStores,
        AsyncBetaMemoryStoresWithRawResponse,
        AsyncBetaMemoryStoresWithStreamingResponse,
        BetaMemoryStores,
        BetaMemoryStoresWithRawResponse,
        BetaMemoryStoresWithStreamingResponse,
    )
    from .beta_models import (
        AsyncBetaModels,
        AsyncBetaModelsWithRawResponse,
        AsyncBetaModelsWithStreamingResponse,
        BetaModels,
        BetaModelsWithRawResponse,
        BetaModelsWithStreamingResponse,
    )
    from .beta_organization import (
        AsyncBetaOrganization,
        AsyncBetaOrganizationWithRawResponse,
        AsyncBetaOrganizationWithStreamingResponse,
        BetaOrganization,
        BetaOrganizationWithRawResponse,
        BetaOrganizationWithStreamingResponse,
    )
    from .beta_skills import (
        AsyncBetaSkills,
        AsyncBetaSkillsWithRawResponse,
        AsyncBetaSkillsWithStreamingResponse,
        BetaSkills,
        BetaSkillsWithRawResponse,
        BetaSkillsWithStreamingResponse,
    )
    from .beta_tunnels import (
        AsyncBetaTunnels,
        AsyncBetaTunnelsWithRawResponse,
        AsyncBetaTunnelsWithStreamingResponse,
        BetaTunnels,
        BetaTunnelsWithRawResponse,
        BetaTunnelsWithStreamingResponse,
    )
    from .beta_user_profiles import (
        AsyncBetaUserProfiles,
        AsyncBetaUserProfilesWithRawResponse,
        AsyncBetaUserProfilesWithStreamingResponse,
        BetaUserProfiles,
        BetaUserProfilesWithRawResponse,
        BetaUserProfilesWithStreamingResponse,
    )
    from .beta_vaults import (
        AsyncBetaVaults,
        AsyncBetaVaultsWithRawResponse,
        AsyncBetaVaultsWithStreamingResponse,
        BetaVaults,
        BetaVaultsWithRawResponse,
        BetaVaultsWithStreamingResponse,
    )

__all__ = ["Beta", "AsyncBeta"]


class Beta(SyncResource):
    """`client.beta`: the beta operations of the Claude API."""

    @cached_property
    def agents(self) -> BetaAgents:
        from .beta_agents import BetaAgents

        return BetaAgents(self._client)

    @cached_property
    def completions(self) -> BetaCompletions:
        from .beta_completions import BetaCompletions

        return BetaCompletions(self._client)

    @cached_property
    def compliance(self) -> BetaCompliance:
        from .beta_compliance import BetaCompliance

        return BetaCompliance(self._client)

    @cached_property
    def deployment_runs(self) -> BetaDeploymentRuns:
        from .beta_deployment_runs import BetaDeploymentRuns

        return BetaDeploymentRuns(self._client)

    @cached_property
    def deployments(self) -> BetaDeployments:
        from .beta_deployments import BetaDeployments

        return BetaDeployments(self._client)

    @cached_property
    def dreams(self) -> BetaDreams:
        from .beta_dreams import BetaDreams

        return BetaDreams(self._client)

    @cached_property
    def environments(self) -> BetaEnvironments:
        from ._plain_beta_environments import BetaEnvironments

        return BetaEnvironments(self._client)

    @cached_property
    def files(self) -> BetaFiles:
        from .beta_files import BetaFiles

        return BetaFiles(self._client)

    @cached_property
    def memory_stores(self) -> BetaMemoryStores:
        from .beta_memory_stores import BetaMemoryStores

        return BetaMemoryStores(self._client)

    @cached_property
    def messages(self) -> BetaMessages:
        from ._plain_beta_messages import BetaMessages

        return BetaMessages(self._client)

    @cached_property
    def models(self) -> BetaModels:
        from .beta_models import BetaModels

        return BetaModels(self._client)

    @cached_property
    def organization(self) -> BetaOrganization:
        from .beta_organization import BetaOrganization

        return BetaOrganization(self._client)

    @cached_property
    def sessions(self) -> BetaSessions:
        from ._plain_beta_sessions import BetaSessions

        return BetaSessions(self._client)

    @cached_property
    def skills(self) -> BetaSkills:
        from .beta_skills import BetaSkills

        return BetaSkills(self._client)

    @cached_property
    def tunnels(self) -> BetaTunnels:
        from .beta_tunnels import BetaTunnels

        return BetaTunnels(self._client)

    @cached_property
    def user_profiles(self) -> BetaUserProfiles:
        from .beta_user_profiles import BetaUserProfiles

        return BetaUserProfiles(self._client)

    @cached_property
    def vaults(self) -> BetaVaults:
        from .beta_vaults import BetaVaults

        return BetaVaults(self._client)

    @cached_property
    def with_raw_response(self) -> BetaWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return BetaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> BetaWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return BetaWithStreamingResponse(self)


class BetaWithRawResponse:
    """`Beta`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: Beta) -> None:
        self._resource = resource

    @cached_property
    def agents(self) -> BetaAgentsWithRawResponse:
        from .beta_agents import BetaAgentsWithRawResponse

        return BetaAgentsWithRawResponse(self._resource.agents)

    @cached_property
    def completions(self) -> BetaCompletionsWithRawResponse:
        from .beta_completions import BetaCompletionsWithRawResponse

        return BetaCompletionsWithRawResponse(self._resource.completions)

    @cached_property
    def compliance(self) -> BetaComplianceWithRawResponse:
        from .beta_compliance import BetaComplianceWithRawResponse

        return BetaComplianceWithRawResponse(self._resource.compliance)

    @cached_property
    def deployment_runs(self) -> BetaDeploymentRunsWithRawResponse:
        from .beta_deployment_runs import BetaDeploymentRunsWithRawResponse

        return BetaDeploymentRunsWithRawResponse(self._resource.deployment_runs)

    @cached_property
    def deployments(self) -> BetaDeploymentsWithRawResponse:
        from .beta_deployments import BetaDeploymentsWithRawResponse

        return BetaDeploymentsWithRawResponse(self._resource.deployments)

    @cached_property
    def dreams(self) -> BetaDreamsWithRawResponse:
        from .beta_dreams import BetaDreamsWithRawResponse

        return BetaDreamsWithRawResponse(self._resource.dreams)

    @cached_property
    def environments(self) -> BetaEnvironmentsWithRawResponse:
        from ._plain_beta_environments import BetaEnvironmentsWithRawResponse

        return BetaEnvironmentsWithRawResponse(self._resource.environments)

    @cached_property
    def files(self) -> BetaFilesWithRawResponse:
        from .beta_files import BetaFilesWithRawResponse

        return BetaFilesWithRawResponse(self._resource.files)

    @cached_property
    def memory_stores(self) -> BetaMemoryStoresWithRawResponse:
        from .beta_memory_stores import BetaMemoryStoresWithRawResponse

        return BetaMemoryStoresWithRawResponse(self._resource.memory_stores)

    @cached_property
    def messages(self) -> BetaMessagesWithRawResponse:
        from ._plain_beta_messages import BetaMessagesWithRawResponse

        return BetaMessagesWithRawResponse(self._resource.messages)

    @cached_property
    def models(self) -> BetaModelsWithRawResponse:
        from .beta_models import BetaModelsWithRawResponse

        return BetaModelsWithRawResponse(self._resource.models)

    @cached_property
    def organization(self) -> BetaOrganizationWithRawResponse:
        from .beta_organization import BetaOrganizationWithRawResponse

        return BetaOrganizationWithRawResponse(self._resource.organization)

    @cached_property
    def sessions(self) -> BetaSessionsWithRawResponse:
        from ._plain_beta_sessions import BetaSessionsWithRawResponse

        return BetaSessionsWithRawResponse(self._resource.sessions)

    @cached_property
    def skills(self) -> BetaSkillsWithRawResponse:
        from .beta_skills import BetaSkillsWithRawResponse

        return BetaSkillsWithRawResponse(self._resource.skills)

    @cached_property
    def tunnels(self) -> BetaTunnelsWithRawResponse:
        from .beta_tunnels import BetaTunnelsWithRawResponse

        return BetaTunnelsWithRawResponse(self._resource.tunnels)

    @cached_property
    def user_profiles(self) -> BetaUserProfilesWithRawResponse:
        from .beta_user_profiles import BetaUserProfilesWithRawResponse

        return BetaUserProfilesWithRawResponse(self._resource.user_profiles)

    @cached_property
    def vaults(self) -> BetaVaultsWithRawResponse:
        from .beta_vaults import BetaVaultsWithRawResponse

        return BetaVaultsWithRawResponse(self._resource.vaults)


class BetaWithStreamingResponse:
    """`Beta`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: Beta) -> None:
        self._resource = resource

    @cached_property
    def agents(self) -> BetaAgentsWithStreamingResponse:
        from .beta_agents import BetaAgentsWithStreamingResponse

        return BetaAgentsWithStreamingResponse(self._resource.agents)

    @cached_property
    def completions(self) -> BetaCompletionsWithStreamingResponse:
        from .beta_completions import BetaCompletionsWithStreamingResponse

        return BetaCompletionsWithStreamingResponse(self._resource.completions)

    @cached_property
    def compliance(self) -> BetaComplianceWithStreamingResponse:
        from .beta_compliance import BetaComplianceWithStreamingResponse

        return BetaComplianceWithStreamingResponse(self._resource.compliance)

    @cached_property
    def deployment_runs(self) -> BetaDeploymentRunsWithStreamingResponse:
        from .beta_deployment_runs import BetaDeploymentRunsWithStreamingResponse

        return BetaDeploymentRunsWithStreamingResponse(self._resource.deployment_runs)

    @cached_property
    def deployments(self) -> BetaDeploymentsWithStreamingResponse:
        from .beta_deployments import BetaDeploymentsWithStreamingResponse

        return BetaDeploymentsWithStreamingResponse(self._resource.deployments)

    @cached_property
    def dreams(self) -> BetaDreamsWithStreamingResponse:
        from .beta_dreams import BetaDreamsWithStreamingResponse

        return BetaDreamsWithStreamingResponse(self._resource.dreams)

    @cached_property
    def environments(self) -> BetaEnvironmentsWithStreamingResponse:
        from ._plain_beta_environments import BetaEnvironmentsWithStreamingResponse

        return BetaEnvironmentsWithStreamingResponse(self._resource.environments)

    @cached_property
    def files(self) -> BetaFilesWithStreamingResponse:
        from .beta_files import BetaFilesWithStreamingResponse

        return BetaFilesWithStreamingResponse(self._resource.files)

    @cached_property
    def memory_stores(self) -> BetaMemoryStoresWithStreamingResponse:
        from .beta_memory_stores import BetaMemoryStoresWithStreamingResponse

        return BetaMemoryStoresWithStreamingResponse(self._resource.memory_stores)

    @cached_property
    def messages(self) -> BetaMessagesWithStreamingResponse:
        from ._plain_beta_messages import BetaMessagesWithStreamingResponse

        return BetaMessagesWithStreamingResponse(self._resource.messages)

    @cached_property
    def models(self) -> BetaModelsWithStreamingResponse:
        from .beta_models import BetaModelsWithStreamingResponse

        return BetaModelsWithStreamingResponse(self._resource.models)

    @cached_property
    def organization(self) -> BetaOrganizationWithStreamingResponse:
        from .beta_organization import BetaOrganizationWithStreamingResponse

        return BetaOrganizationWithStreamingResponse(self._resource.organization)

    @cached_property
    def sessions(self) -> BetaSessionsWithStreamingResponse:
        from ._plain_beta_sessions import BetaSessionsWithStreamingResponse

        return BetaSessionsWithStreamingResponse(self._resource.sessions)

    @cached_property
    def skills(self) -> BetaSkillsWithStreamingResponse:
        from .beta_skills import BetaSkillsWithStreamingResponse

        return BetaSkillsWithStreamingResponse(self._resource.skills)

    @cached_property
    def tunnels(self) -> BetaTunnelsWithStreamingResponse:
        from .beta_tunnels import BetaTunnelsWithStreamingResponse

        return BetaTunnelsWithStreamingResponse(self._resource.tunnels)

    @cached_property
    def user_profiles(self) -> BetaUserProfilesWithStreamingResponse:
        from .beta_user_profiles import BetaUserProfilesWithStreamingResponse

        return BetaUserProfilesWithStreamingResponse(self._resource.user_profiles)

    @cached_property
    def vaults(self) -> BetaVaultsWithStreamingResponse:
        from .beta_vaults import BetaVaultsWithStreamingResponse

        return BetaVaultsWithStreamingResponse(self._resource.vaults)


class AsyncBeta(AsyncResource):
    """`client.beta`: the beta operations of the Claude API."""

    @cached_property
    def agents(self) -> AsyncBetaAgents:
        from .beta_agents import AsyncBetaAgents

        return AsyncBetaAgents(self._client)

    @cached_property
    def completions(self) -> AsyncBetaCompletions:
        from .beta_completions import AsyncBetaCompletions

        return AsyncBetaCompletions(self._client)

    @cached_property
    def compliance(self) -> AsyncBetaCompliance:
        from .beta_compliance import AsyncBetaCompliance

        return AsyncBetaCompliance(self._client)

    @cached_property
    def deployment_runs(self) -> AsyncBetaDeploymentRuns:
        from .beta_deployment_runs import AsyncBetaDeploymentRuns

        return AsyncBetaDeploymentRuns(self._client)

    @cached_property
    def deployments(self) -> AsyncBetaDeployments:
        from .beta_deployments import AsyncBetaDeployments

        return AsyncBetaDeployments(self._client)

    @cached_property
    def dreams(self) -> AsyncBetaDreams:
        from .beta_dreams import AsyncBetaDreams

        return AsyncBetaDreams(self._client)

    @cached_property
    def environments(self) -> AsyncBetaEnvironments:
        from ._plain_beta_environments import AsyncBetaEnvironments

        return AsyncBetaEnvironments(self._client)

    @cached_property
    def files(self) -> AsyncBetaFiles:
        from .beta_files import AsyncBetaFiles

        return AsyncBetaFiles(self._client)

    @cached_property
    def memory_stores(self) -> AsyncBetaMemoryStores:
        from .beta_memory_stores import AsyncBetaMemoryStores

        return AsyncBetaMemoryStores(self._client)

    @cached_property
    def messages(self) -> AsyncBetaMessages:
        from ._plain_beta_messages import AsyncBetaMessages

        return AsyncBetaMessages(self._client)

    @cached_property
    def models(self) -> AsyncBetaModels:
        from .beta_models import AsyncBetaModels

        return AsyncBetaModels(self._client)

    @cached_property
    def organization(self) -> AsyncBetaOrganization:
        from .beta_organization import AsyncBetaOrganization

        return AsyncBetaOrganization(self._client)

    @cached_property
    def sessions(self) -> AsyncBetaSessions:
        from ._plain_beta_sessions import AsyncBetaSessions

        return AsyncBetaSessions(self._client)

    @cached_property
    def skills(self) -> AsyncBetaSkills:
        from .beta_skills import AsyncBetaSkills

        return AsyncBetaSkills(self._client)

    @cached_property
    def tunnels(self) -> AsyncBetaTunnels:
        from .beta_tunnels import AsyncBetaTunnels

        return AsyncBetaTunnels(self._client)

    @cached_property
    def user_profiles(self) -> AsyncBetaUserProfiles:
        from .beta_user_profiles import AsyncBetaUserProfiles

        return AsyncBetaUserProfiles(self._client)

    @cached_property
    def vaults(self) -> AsyncBetaVaults:
        from .beta_vaults import AsyncBetaVaults

        return AsyncBetaVaults(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncBetaWithRawResponse:
        """The same methods, returning the raw response (headers, status) with `.parse()`."""
        return AsyncBetaWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncBetaWithStreamingResponse:
        """The same methods, as context managers over a response whose body is not yet read."""
        return AsyncBetaWithStreamingResponse(self)


class AsyncBetaWithRawResponse:
    """`AsyncBeta`'s methods, each returning the raw response, read, with `.parse()`."""

    def __init__(self, resource: AsyncBeta) -> None:
        self._resource = resource

    @cached_property
    def agents(self) -> AsyncBetaAgentsWithRawResponse:
        from .beta_agents import AsyncBetaAgentsWithRawResponse

        return AsyncBetaAgentsWithRawResponse(self._resource.agents)

    @cached_property
    def completions(self) -> AsyncBetaCompletionsWithRawResponse:
        from .beta_completions import AsyncBetaCompletionsWithRawResponse

        return AsyncBetaCompletionsWithRawResponse(self._resource.completions)

    @cached_property
    def compliance(self) -> AsyncBetaComplianceWithRawResponse:
        from .beta_compliance import AsyncBetaComplianceWithRawResponse

        return AsyncBetaComplianceWithRawResponse(self._resource.compliance)

    @cached_property
    def deployment_runs(self) -> AsyncBetaDeploymentRunsWithRawResponse:
        from .beta_deployment_runs import AsyncBetaDeploymentRunsWithRawResponse

        return AsyncBetaDeploymentRunsWithRawResponse(self._resource.deployment_runs)

    @cached_property
    def deployments(self) -> AsyncBetaDeploymentsWithRawResponse:
        from .beta_deployments import AsyncBetaDeploymentsWithRawResponse

        return AsyncBetaDeploymentsWithRawResponse(self._resource.deployments)

    @cached_property
    def dreams(self) -> AsyncBetaDreamsWithRawResponse:
        from .beta_dreams import AsyncBetaDreamsWithRawResponse

        return AsyncBetaDreamsWithRawResponse(self._resource.dreams)

    @cached_property
    def environments(self) -> AsyncBetaEnvironmentsWithRawResponse:
        from ._plain_beta_environments import AsyncBetaEnvironmentsWithRawResponse

        return AsyncBetaEnvironmentsWithRawResponse(self._resource.environments)

    @cached_property
    def files(self) -> AsyncBetaFilesWithRawResponse:
        from .beta_files import AsyncBetaFilesWithRawResponse

        return AsyncBetaFilesWithRawResponse(self._resource.files)

    @cached_property
    def memory_stores(self) -> AsyncBetaMemoryStoresWithRawResponse:
        from .beta_memory_stores import AsyncBetaMemoryStoresWithRawResponse

        return AsyncBetaMemoryStoresWithRawResponse(self._resource.memory_stores)

    @cached_property
    def messages(self) -> AsyncBetaMessagesWithRawResponse:
        from ._plain_beta_messages import AsyncBetaMessagesWithRawResponse

        return AsyncBetaMessagesWithRawResponse(self._resource.messages)

    @cached_property
    def models(self) -> AsyncBetaModelsWithRawResponse:
        from .beta_models import AsyncBetaModelsWithRawResponse

        return AsyncBetaModelsWithRawResponse(self._resource.models)

    @cached_property
    def organization(self) -> AsyncBetaOrganizationWithRawResponse:
        from .beta_organization import AsyncBetaOrganizationWithRawResponse

        return AsyncBetaOrganizationWithRawResponse(self._resource.organization)

    @cached_property
    def sessions(self) -> AsyncBetaSessionsWithRawResponse:
        from ._plain_beta_sessions import AsyncBetaSessionsWithRawResponse

        return AsyncBetaSessionsWithRawResponse(self._resource.sessions)

    @cached_property
    def skills(self) -> AsyncBetaSkillsWithRawResponse:
        from .beta_skills import AsyncBetaSkillsWithRawResponse

        return AsyncBetaSkillsWithRawResponse(self._resource.skills)

    @cached_property
    def tunnels(self) -> AsyncBetaTunnelsWithRawResponse:
        from .beta_tunnels import AsyncBetaTunnelsWithRawResponse

        return AsyncBetaTunnelsWithRawResponse(self._resource.tunnels)

    @cached_property
    def user_profiles(self) -> AsyncBetaUserProfilesWithRawResponse:
        from .beta_user_profiles import AsyncBetaUserProfilesWithRawResponse

        return AsyncBetaUserProfilesWithRawResponse(self._resource.user_profiles)

    @cached_property
    def vaults(self) -> AsyncBetaVaultsWithRawResponse:
        from .beta_vaults import AsyncBetaVaultsWithRawResponse

        return AsyncBetaVaultsWithRawResponse(self._resource.vaults)


class AsyncBetaWithStreamingResponse:
    """`AsyncBeta`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBeta) -> None:
        self._resource = resource

    @cached_property
    def agents(self) -> AsyncBetaAgentsWithStreamingResponse:
        from .beta_agents import AsyncBetaAgentsWithStreamingResponse

        return AsyncBetaAgentsWithStreamingResponse(self._resource.agents)

    @cached_property
    def completions(self) -> AsyncBetaCompletionsWithStreamingResponse:
        from .beta_completions import AsyncBetaCompletionsWithStreamingResponse

        return AsyncBetaCompletionsWithStreamingResponse(self._resource.completions)

    @cached_property
    def compliance(self) -> AsyncBetaComplianceWithStreamingResponse:
        from .beta_compliance import AsyncBetaComplianceWithStreamingResponse

        return AsyncBetaComplianceWithStreamingResponse(self._resource.compliance)

    @cached_property
    def deployment_runs(self) -> AsyncBetaDeploymentRunsWithStreamingResponse:
        from .beta_deployment_runs import AsyncBetaDeploymentRunsWithStreamingResponse

        return AsyncBetaDeploymentRunsWithStreamingResponse(self._resource.deployment_runs)

    @cached_property
    def deployments(self) -> AsyncBetaDeploymentsWithStreamingResponse:
        from .beta_deployments import AsyncBetaDeploymentsWithStreamingResponse

        return AsyncBetaDeploymentsWithStreamingResponse(self._resource.deployments)

    @cached_property
    def dreams(self) -> AsyncBetaDreamsWithStreamingResponse:
        from .beta_dreams import AsyncBetaDreamsWithStreamingResponse

        return AsyncBetaDreamsWithStreamingResponse(self._resource.dreams)

    @cached_property
    def environments(self) -> AsyncBetaEnvironmentsWithStreamingResponse:
        from ._plain_beta_environments import AsyncBetaEnvironmentsWithStreamingResponse

        return AsyncBetaEnvironmentsWithStreamingResponse(self._resource.environments)

    @cached_property
    def files(self) -> AsyncBetaFilesWithStreamingResponse:
        from .beta_files import AsyncBetaFilesWithStreamingResponse

        return AsyncBetaFilesWithStreamingResponse(self._resource.files)

    @cached_property
    def memory_stores(self) -> AsyncBetaMemoryStoresWithStreamingResponse:
        from .beta_memory_stores import AsyncBetaMemoryStoresWithStreamingResponse

        return AsyncBetaMemoryStoresWithStreamingResponse(self._resource.memory_stores)

    @cached_property
    def messages(self) -> AsyncBetaMessagesWithStreamingResponse:
        from ._plain_beta_messages import AsyncBetaMessagesWithStreamingResponse

        return AsyncBetaMessagesWithStreamingResponse(self._resource.messages)

    @cached_property
    def models(self) -> AsyncBetaModelsWithStreamingResponse:
        from .beta_models import AsyncBetaModelsWithStreamingResponse

        return AsyncBetaModelsWithStreamingResponse(self._resource.models)

    @cached_property
    def organization(self) -> AsyncBetaOrganizationWithStreamingResponse:
        from .beta_organization import AsyncBetaOrganizationWithStreamingResponse

        return AsyncBetaOrganizationWithStreamingResponse(self._resource.organization)

    @cached_property
    def sessions(self) -> AsyncBetaSessionsWithStreamingResponse:
        from ._plain_beta_sessions import AsyncBetaSessionsWithStreamingResponse

        return AsyncBetaSessionsWithStreamingResponse(self._resource.sessions)

    @cached_property
    def skills(self) -> AsyncBetaSkillsWithStreamingResponse:
        from .beta_skills import AsyncBetaSkillsWithStreamingResponse

        return AsyncBetaSkillsWithStreamingResponse(self._resource.skills)

    @cached_property
    def tunnels(self) -> AsyncBetaTunnelsWithStreamingResponse:
        from .beta_tunnels import AsyncBetaTunnelsWithStreamingResponse

        return AsyncBetaTunnelsWithStreamingResponse(self._resource.tunnels)

    @cached_property
    def user_profiles(self) -> AsyncBetaUserProfilesWithStreamingResponse:
        from .beta_user_profiles import AsyncBetaUserProfilesWithStreamingResponse

        return AsyncBetaUserProfilesWithStreamingResponse(self._resource.user_profiles)

    @cached_property
    def vaults(self) -> AsyncBetaVaultsWithStreamingResponse:
        from .beta_vaults import AsyncBetaVaultsWithStreamingResponse

        return AsyncBetaVaultsWithStreamingResponse(self._resource.vaults)
