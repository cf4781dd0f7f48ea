# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from .._core._resource import AsyncResource, SyncResource

if TYPE_CHECKING:
    from .beta_agents import (
        AsyncBetaAgents,
        AsyncBetaAgentsWithRawResponse,
        AsyncBetaAgentsWithStreamingResponse,
        BetaAgents,
        BetaAgentsWithRawResponse,
        BetaAgentsWithStreamingResponse,
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
    from .beta_environments import (
        AsyncBetaEnvironments,
        AsyncBetaEnvironmentsWithRawResponse,
        AsyncBetaEnvironmentsWithStreamingResponse,
        BetaEnvironments,
        BetaEnvironmentsWithRawResponse,
        BetaEnvironmentsWithStreamingResponse,
    )
    from .beta_files import (
        AsyncBetaFiles,
        AsyncBetaFilesWithRawResponse,
        AsyncBetaFilesWithStreamingResponse,
        BetaFiles,
        BetaFilesWithRawResponse,
        BetaFilesWithStreamingResponse,
    )
    from .beta_messages import (
        AsyncBetaMessages,
        AsyncBetaMessagesWithRawResponse,
        AsyncBetaMessagesWithStreamingResponse,
        BetaMessages,
        BetaMessagesWithRawResponse,
        BetaMessagesWithStreamingResponse,
    )
    from .beta_models import (
        AsyncBetaModels,
        AsyncBetaModelsWithRawResponse,
        AsyncBetaModelsWithStreamingResponse,
        BetaModels,
        BetaModelsWithRawResponse,
        BetaModelsWithStreamingResponse,
    )
    from .beta_sessions import (
        AsyncBetaSessions,
        AsyncBetaSessionsWithRawResponse,
        AsyncBetaSessionsWithStreamingResponse,
        BetaSessions,
        BetaSessionsWithRawResponse,
        BetaSessionsWithStreamingResponse,
    )
    from .beta_skills import (
        AsyncBetaSkills,
        AsyncBetaSkillsWithRawResponse,
        AsyncBetaSkillsWithStreamingResponse,
        BetaSkills,
        BetaSkillsWithRawResponse,
        BetaSkillsWithStreamingResponse,
    )

__all__ = ["Beta", "AsyncBeta"]


class Beta(SyncResource):
    """`client.beta`: the beta operations of the Claude API."""

    @cached_property
    def agents(self) -> BetaAgents:
        from .beta_agents import BetaAgents

        return BetaAgents(self._client)

    @cached_property
    def deployment_runs(self) -> BetaDeploymentRuns:
        from .beta_deployment_runs import BetaDeploymentRuns

        return BetaDeploymentRuns(self._client)

    @cached_property
    def deployments(self) -> BetaDeployments:
        from .beta_deployments import BetaDeployments

        return BetaDeployments(self._client)

    @cached_property
    def environments(self) -> BetaEnvironments:
        from .beta_environments import BetaEnvironments

        return BetaEnvironments(self._client)

    @cached_property
    def files(self) -> BetaFiles:
        from .beta_files import BetaFiles

        return BetaFiles(self._client)

    @cached_property
    def messages(self) -> BetaMessages:
        from .beta_messages import BetaMessages

        return BetaMessages(self._client)

    @cached_property
    def models(self) -> BetaModels:
        from .beta_models import BetaModels

        return BetaModels(self._client)

    @cached_property
    def sessions(self) -> BetaSessions:
        from .beta_sessions import BetaSessions

        return BetaSessions(self._client)

    @cached_property
    def skills(self) -> BetaSkills:
        from .beta_skills import BetaSkills

        return BetaSkills(self._client)

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
    def deployment_runs(self) -> BetaDeploymentRunsWithRawResponse:
        from .beta_deployment_runs import BetaDeploymentRunsWithRawResponse

        return BetaDeploymentRunsWithRawResponse(self._resource.deployment_runs)

    @cached_property
    def deployments(self) -> BetaDeploymentsWithRawResponse:
        from .beta_deployments import BetaDeploymentsWithRawResponse

        return BetaDeploymentsWithRawResponse(self._resource.deployments)

    @cached_property
    def environments(self) -> BetaEnvironmentsWithRawResponse:
        from .beta_environments import BetaEnvironmentsWithRawResponse

        return BetaEnvironmentsWithRawResponse(self._resource.environments)

    @cached_property
    def files(self) -> BetaFilesWithRawResponse:
        from .beta_files import BetaFilesWithRawResponse

        return BetaFilesWithRawResponse(self._resource.files)

    @cached_property
    def messages(self) -> BetaMessagesWithRawResponse:
        from .beta_messages import BetaMessagesWithRawResponse

        return BetaMessagesWithRawResponse(self._resource.messages)

    @cached_property
    def models(self) -> BetaModelsWithRawResponse:
        from .beta_models import BetaModelsWithRawResponse

        return BetaModelsWithRawResponse(self._resource.models)

    @cached_property
    def sessions(self) -> BetaSessionsWithRawResponse:
        from .beta_sessions import BetaSessionsWithRawResponse

        return BetaSessionsWithRawResponse(self._resource.sessions)

    @cached_property
    def skills(self) -> BetaSkillsWithRawResponse:
        from .beta_skills import BetaSkillsWithRawResponse

        return BetaSkillsWithRawResponse(self._resource.skills)


class BetaWithStreamingResponse:
    """`Beta`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: Beta) -> None:
        self._resource = resource

    @cached_property
    def agents(self) -> BetaAgentsWithStreamingResponse:
        from .beta_agents import BetaAgentsWithStreamingResponse

        return BetaAgentsWithStreamingResponse(self._resource.agents)

    @cached_property
    def deployment_runs(self) -> BetaDeploymentRunsWithStreamingResponse:
        from .beta_deployment_runs import BetaDeploymentRunsWithStreamingResponse

        return BetaDeploymentRunsWithStreamingResponse(self._resource.deployment_runs)

    @cached_property
    def deployments(self) -> BetaDeploymentsWithStreamingResponse:
        from .beta_deployments import BetaDeploymentsWithStreamingResponse

        return BetaDeploymentsWithStreamingResponse(self._resource.deployments)

    @cached_property
    def environments(self) -> BetaEnvironmentsWithStreamingResponse:
        from .beta_environments import BetaEnvironmentsWithStreamingResponse

        return BetaEnvironmentsWithStreamingResponse(self._resource.environments)

    @cached_property
    def files(self) -> BetaFilesWithStreamingResponse:
        from .beta_files import BetaFilesWithStreamingResponse

        return BetaFilesWithStreamingResponse(self._resource.files)

    @cached_property
    def messages(self) -> BetaMessagesWithStreamingResponse:
        from .beta_messages import BetaMessagesWithStreamingResponse

        return BetaMessagesWithStreamingResponse(self._resource.messages)

    @cached_property
    def models(self) -> BetaModelsWithStreamingResponse:
        from .beta_models import BetaModelsWithStreamingResponse

        return BetaModelsWithStreamingResponse(self._resource.models)

    @cached_property
    def sessions(self) -> BetaSessionsWithStreamingResponse:
        from .beta_sessions import BetaSessionsWithStreamingResponse

        return BetaSessionsWithStreamingResponse(self._resource.sessions)

    @cached_property
    def skills(self) -> BetaSkillsWithStreamingResponse:
        from .beta_skills import BetaSkillsWithStreamingResponse

        return BetaSkillsWithStreamingResponse(self._resource.skills)


class AsyncBeta(AsyncResource):
    """`client.beta`: the beta operations of the Claude API."""

    @cached_property
    def agents(self) -> AsyncBetaAgents:
        from .beta_agents import AsyncBetaAgents

        return AsyncBetaAgents(self._client)

    @cached_property
    def deployment_runs(self) -> AsyncBetaDeploymentRuns:
        from .beta_deployment_runs import AsyncBetaDeploymentRuns

        return AsyncBetaDeploymentRuns(self._client)

    @cached_property
    def deployments(self) -> AsyncBetaDeployments:
        from .beta_deployments import AsyncBetaDeployments

        return AsyncBetaDeployments(self._client)

    @cached_property
    def environments(self) -> AsyncBetaEnvironments:
        from .beta_environments import AsyncBetaEnvironments

        return AsyncBetaEnvironments(self._client)

    @cached_property
    def files(self) -> AsyncBetaFiles:
        from .beta_files import AsyncBetaFiles

        return AsyncBetaFiles(self._client)

    @cached_property
    def messages(self) -> AsyncBetaMessages:
        from .beta_messages import AsyncBetaMessages

        return AsyncBetaMessages(self._client)

    @cached_property
    def models(self) -> AsyncBetaModels:
        from .beta_models import AsyncBetaModels

        return AsyncBetaModels(self._client)

    @cached_property
    def sessions(self) -> AsyncBetaSessions:
        from .beta_sessions import AsyncBetaSessions

        return AsyncBetaSessions(self._client)

    @cached_property
    def skills(self) -> AsyncBetaSkills:
        from .beta_skills import AsyncBetaSkills

        return AsyncBetaSkills(self._client)

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
    def deployment_runs(self) -> AsyncBetaDeploymentRunsWithRawResponse:
        from .beta_deployment_runs import AsyncBetaDeploymentRunsWithRawResponse

        return AsyncBetaDeploymentRunsWithRawResponse(self._resource.deployment_runs)

    @cached_property
    def deployments(self) -> AsyncBetaDeploymentsWithRawResponse:
        from .beta_deployments import AsyncBetaDeploymentsWithRawResponse

        return AsyncBetaDeploymentsWithRawResponse(self._resource.deployments)

    @cached_property
    def environments(self) -> AsyncBetaEnvironmentsWithRawResponse:
        from .beta_environments import AsyncBetaEnvironmentsWithRawResponse

        return AsyncBetaEnvironmentsWithRawResponse(self._resource.environments)

    @cached_property
    def files(self) -> AsyncBetaFilesWithRawResponse:
        from .beta_files import AsyncBetaFilesWithRawResponse

        return AsyncBetaFilesWithRawResponse(self._resource.files)

    @cached_property
    def messages(self) -> AsyncBetaMessagesWithRawResponse:
        from .beta_messages import AsyncBetaMessagesWithRawResponse

        return AsyncBetaMessagesWithRawResponse(self._resource.messages)

    @cached_property
    def models(self) -> AsyncBetaModelsWithRawResponse:
        from .beta_models import AsyncBetaModelsWithRawResponse

        return AsyncBetaModelsWithRawResponse(self._resource.models)

    @cached_property
    def sessions(self) -> AsyncBetaSessionsWithRawResponse:
        from .beta_sessions import AsyncBetaSessionsWithRawResponse

        return AsyncBetaSessionsWithRawResponse(self._resource.sessions)

    @cached_property
    def skills(self) -> AsyncBetaSkillsWithRawResponse:
        from .beta_skills import AsyncBetaSkillsWithRawResponse

        return AsyncBetaSkillsWithRawResponse(self._resource.skills)


class AsyncBetaWithStreamingResponse:
    """`AsyncBeta`'s methods, each returning a context manager over the response, its body unread."""

    def __init__(self, resource: AsyncBeta) -> None:
        self._resource = resource

    @cached_property
    def agents(self) -> AsyncBetaAgentsWithStreamingResponse:
        from .beta_agents import AsyncBetaAgentsWithStreamingResponse

        return AsyncBetaAgentsWithStreamingResponse(self._resource.agents)

    @cached_property
    def deployment_runs(self) -> AsyncBetaDeploymentRunsWithStreamingResponse:
        from .beta_deployment_runs import AsyncBetaDeploymentRunsWithStreamingResponse

        return AsyncBetaDeploymentRunsWithStreamingResponse(self._resource.deployment_runs)

    @cached_property
    def deployments(self) -> AsyncBetaDeploymentsWithStreamingResponse:
        from .beta_deployments import AsyncBetaDeploymentsWithStreamingResponse

        return AsyncBetaDeploymentsWithStreamingResponse(self._resource.deployments)

    @cached_property
    def environments(self) -> AsyncBetaEnvironmentsWithStreamingResponse:
        from .beta_environments import AsyncBetaEnvironmentsWithStreamingResponse

        return AsyncBetaEnvironmentsWithStreamingResponse(self._resource.environments)

    @cached_property
    def files(self) -> AsyncBetaFilesWithStreamingResponse:
        from .beta_files import AsyncBetaFilesWithStreamingResponse

        return AsyncBetaFilesWithStreamingResponse(self._resource.files)

    @cached_property
    def messages(self) -> AsyncBetaMessagesWithStreamingResponse:
        from .beta_messages import AsyncBetaMessagesWithStreamingResponse

        return AsyncBetaMessagesWithStreamingResponse(self._resource.messages)

    @cached_property
    def models(self) -> AsyncBetaModelsWithStreamingResponse:
        from .beta_models import AsyncBetaModelsWithStreamingResponse

        return AsyncBetaModelsWithStreamingResponse(self._resource.models)

    @cached_property
    def sessions(self) -> AsyncBetaSessionsWithStreamingResponse:
        from .beta_sessions import AsyncBetaSessionsWithStreamingResponse

        return AsyncBetaSessionsWithStreamingResponse(self._resource.sessions)

    @cached_property
    def skills(self) -> AsyncBetaSkillsWithStreamingResponse:
        from .beta_skills import AsyncBetaSkillsWithStreamingResponse

        return AsyncBetaSkillsWithStreamingResponse(self._resource.skills)
