# generated from openapi/ by scripts/generate, do not edit
from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .beta.beta import (
        AsyncBeta,
        AsyncBetaWithRawResponse,
        AsyncBetaWithStreamingResponse,
        Beta,
        BetaWithRawResponse,
        BetaWithStreamingResponse,
    )
    from .completions import (
        AsyncCompletions,
        AsyncCompletionsWithRawResponse,
        AsyncCompletionsWithStreamingResponse,
        Completions,
        CompletionsWithRawResponse,
        CompletionsWithStreamingResponse,
    )
    from .files import (
        AsyncFiles,
        AsyncFilesWithRawResponse,
        AsyncFilesWithStreamingResponse,
        Files,
        FilesWithRawResponse,
        FilesWithStreamingResponse,
    )
    from .messages.messages import (
        AsyncMessages,
        AsyncMessagesWithRawResponse,
        AsyncMessagesWithStreamingResponse,
        Messages,
        MessagesWithRawResponse,
        MessagesWithStreamingResponse,
    )
    from .models import (
        AsyncModels,
        AsyncModelsWithRawResponse,
        AsyncModelsWithStreamingResponse,
        Models,
        ModelsWithRawResponse,
        ModelsWithStreamingResponse,
    )
    from .organization.organization import (
        AsyncOrganization,
        AsyncOrganizationWithRawResponse,
        AsyncOrganizationWithStreamingResponse,
        Organization,
        OrganizationWithRawResponse,
        OrganizationWithStreamingResponse,
    )
    from .skills.skills import (
        AsyncSkills,
        AsyncSkillsWithRawResponse,
        AsyncSkillsWithStreamingResponse,
        Skills,
        SkillsWithRawResponse,
        SkillsWithStreamingResponse,
    )
    from .user_profiles.user_profiles import (
        AsyncUserProfiles,
        AsyncUserProfilesWithRawResponse,
        AsyncUserProfilesWithStreamingResponse,
        UserProfiles,
        UserProfilesWithRawResponse,
        UserProfilesWithStreamingResponse,
    )

__all__ = ["AsyncRootResources", "SyncRootResources"]


class SyncRootResources:
    """The namespaces of the client (mixed into the client class)."""

    @cached_property
    def beta(self) -> Beta:
        from .beta.beta import Beta

        return Beta(self)  # type: ignore[arg-type]

    @cached_property
    def completions(self) -> Completions:
        from .completions import Completions

        return Completions(self)  # type: ignore[arg-type]

    @cached_property
    def files(self) -> Files:
        from .files import Files

        return Files(self)  # type: ignore[arg-type]

    @cached_property
    def messages(self) -> Messages:
        from .messages.messages import Messages

        return Messages(self)  # type: ignore[arg-type]

    @cached_property
    def models(self) -> Models:
        from .models import Models

        return Models(self)  # type: ignore[arg-type]

    @cached_property
    def organization(self) -> Organization:
        from .organization.organization import Organization

        return Organization(self)  # type: ignore[arg-type]

    @cached_property
    def skills(self) -> Skills:
        from .skills.skills import Skills

        return Skills(self)  # type: ignore[arg-type]

    @cached_property
    def user_profiles(self) -> UserProfiles:
        from .user_profiles.user_profiles import UserProfiles

        return UserProfiles(self)  # type: ignore[arg-type]

    @cached_property
    def with_raw_response(self) -> SyncRootWithRawResponse:
        """Every namespace, with methods that return the raw response."""
        return SyncRootWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> SyncRootWithStreamingResponse:
        """Every namespace, with methods that return the response before its body is read."""
        return SyncRootWithStreamingResponse(self)


class SyncRootWithRawResponse:
    """The client's namespaces, returning raw responses."""

    def __init__(self, client: SyncRootResources) -> None:
        self._client = client

    @cached_property
    def beta(self) -> BetaWithRawResponse:
        from .beta.beta import BetaWithRawResponse

        return BetaWithRawResponse(self._client.beta)

    @cached_property
    def completions(self) -> CompletionsWithRawResponse:
        from .completions import CompletionsWithRawResponse

        return CompletionsWithRawResponse(self._client.completions)

    @cached_property
    def files(self) -> FilesWithRawResponse:
        from .files import FilesWithRawResponse

        return FilesWithRawResponse(self._client.files)

    @cached_property
    def messages(self) -> MessagesWithRawResponse:
        from .messages.messages import MessagesWithRawResponse

        return MessagesWithRawResponse(self._client.messages)

    @cached_property
    def models(self) -> ModelsWithRawResponse:
        from .models import ModelsWithRawResponse

        return ModelsWithRawResponse(self._client.models)

    @cached_property
    def organization(self) -> OrganizationWithRawResponse:
        from .organization.organization import OrganizationWithRawResponse

        return OrganizationWithRawResponse(self._client.organization)

    @cached_property
    def skills(self) -> SkillsWithRawResponse:
        from .skills.skills import SkillsWithRawResponse

        return SkillsWithRawResponse(self._client.skills)

    @cached_property
    def user_profiles(self) -> UserProfilesWithRawResponse:
        from .user_profiles.user_profiles import UserProfilesWithRawResponse

        return UserProfilesWithRawResponse(self._client.user_profiles)


class SyncRootWithStreamingResponse:
    """The client's namespaces, returning responses before their body is read."""

    def __init__(self, client: SyncRootResources) -> None:
        self._client = client

    @cached_property
    def beta(self) -> BetaWithStreamingResponse:
        from .beta.beta import BetaWithStreamingResponse

        return BetaWithStreamingResponse(self._client.beta)

    @cached_property
    def completions(self) -> CompletionsWithStreamingResponse:
        from .completions import CompletionsWithStreamingResponse

        return CompletionsWithStreamingResponse(self._client.completions)

    @cached_property
    def files(self) -> FilesWithStreamingResponse:
        from .files import FilesWithStreamingResponse

        return FilesWithStreamingResponse(self._client.files)

    @cached_property
    def messages(self) -> MessagesWithStreamingResponse:
        from .messages.messages import MessagesWithStreamingResponse

        return MessagesWithStreamingResponse(self._client.messages)

    @cached_property
    def models(self) -> ModelsWithStreamingResponse:
        from .models import ModelsWithStreamingResponse

        return ModelsWithStreamingResponse(self._client.models)

    @cached_property
    def organization(self) -> OrganizationWithStreamingResponse:
        from .organization.organization import OrganizationWithStreamingResponse

        return OrganizationWithStreamingResponse(self._client.organization)

    @cached_property
    def skills(self) -> SkillsWithStreamingResponse:
        from .skills.skills import SkillsWithStreamingResponse

        return SkillsWithStreamingResponse(self._client.skills)

    @cached_property
    def user_profiles(self) -> UserProfilesWithStreamingResponse:
        from .user_profiles.user_profiles import UserProfilesWithStreamingResponse

        return UserProfilesWithStreamingResponse(self._client.user_profiles)


class AsyncRootResources:
    """The namespaces of the client (mixed into the client class)."""

    @cached_property
    def beta(self) -> AsyncBeta:
        from .beta.beta import AsyncBeta

        return AsyncBeta(self)  # type: ignore[arg-type]

    @cached_property
    def completions(self) -> AsyncCompletions:
        from .completions import AsyncCompletions

        return AsyncCompletions(self)  # type: ignore[arg-type]

    @cached_property
    def files(self) -> AsyncFiles:
        from .files import AsyncFiles

        return AsyncFiles(self)  # type: ignore[arg-type]

    @cached_property
    def messages(self) -> AsyncMessages:
        from .messages.messages import AsyncMessages

        return AsyncMessages(self)  # type: ignore[arg-type]

    @cached_property
    def models(self) -> AsyncModels:
        from .models import AsyncModels

        return AsyncModels(self)  # type: ignore[arg-type]

    @cached_property
    def organization(self) -> AsyncOrganization:
        from .organization.organization import AsyncOrganization

        return AsyncOrganization(self)  # type: ignore[arg-type]

    @cached_property
    def skills(self) -> AsyncSkills:
        from .skills.skills import AsyncSkills

        return AsyncSkills(self)  # type: ignore[arg-type]

    @cached_property
    def user_profiles(self) -> AsyncUserProfiles:
        from .user_profiles.user_profiles import AsyncUserProfiles

        return AsyncUserProfiles(self)  # type: ignore[arg-type]

    @cached_property
    def with_raw_response(self) -> AsyncRootWithRawResponse:
        """Every namespace, with methods that return the raw response."""
        return AsyncRootWithRawResponse(self)

    @cached_property
    def with_streaming_response(self) -> AsyncRootWithStreamingResponse:
        """Every namespace, with methods that return the response before its body is read."""
        return AsyncRootWithStreamingResponse(self)


class AsyncRootWithRawResponse:
    """The client's namespaces, returning raw responses."""

    def __init__(self, client: AsyncRootResources) -> None:
        self._client = client

    @cached_property
    def beta(self) -> AsyncBetaWithRawResponse:
        from .beta.beta import AsyncBetaWithRawResponse

        return AsyncBetaWithRawResponse(self._client.beta)

    @cached_property
    def completions(self) -> AsyncCompletionsWithRawResponse:
        from .completions import AsyncCompletionsWithRawResponse

        return AsyncCompletionsWithRawResponse(self._client.completions)

    @cached_property
    def files(self) -> AsyncFilesWithRawResponse:
        from .files import AsyncFilesWithRawResponse

        return AsyncFilesWithRawResponse(self._client.files)

    @cached_property
    def messages(self) -> AsyncMessagesWithRawResponse:
        from .messages.messages import AsyncMessagesWithRawResponse

        return AsyncMessagesWithRawResponse(self._client.messages)

    @cached_property
    def models(self) -> AsyncModelsWithRawResponse:
        from .models import AsyncModelsWithRawResponse

        return AsyncModelsWithRawResponse(self._client.models)

    @cached_property
    def organization(self) -> AsyncOrganizationWithRawResponse:
        from .organization.organization import AsyncOrganizationWithRawResponse

        return AsyncOrganizationWithRawResponse(self._client.organization)

    @cached_property
    def skills(self) -> AsyncSkillsWithRawResponse:
        from .skills.skills import AsyncSkillsWithRawResponse

        return AsyncSkillsWithRawResponse(self._client.skills)

    @cached_property
    def user_profiles(self) -> AsyncUserProfilesWithRawResponse:
        from .user_profiles.user_profiles import AsyncUserProfilesWithRawResponse

        return AsyncUserProfilesWithRawResponse(self._client.user_profiles)


class AsyncRootWithStreamingResponse:
    """The client's namespaces, returning responses before their body is read."""

    def __init__(self, client: AsyncRootResources) -> None:
        self._client = client

    @cached_property
    def beta(self) -> AsyncBetaWithStreamingResponse:
        from .beta.beta import AsyncBetaWithStreamingResponse

        return AsyncBetaWithStreamingResponse(self._client.beta)

    @cached_property
    def completions(self) -> AsyncCompletionsWithStreamingResponse:
        from .completions import AsyncCompletionsWithStreamingResponse

        return AsyncCompletionsWithStreamingResponse(self._client.completions)

    @cached_property
    def files(self) -> AsyncFilesWithStreamingResponse:
        from .files import AsyncFilesWithStreamingResponse

        return AsyncFilesWithStreamingResponse(self._client.files)

    @cached_property
    def messages(self) -> AsyncMessagesWithStreamingResponse:
        from .messages.messages import AsyncMessagesWithStreamingResponse

        return AsyncMessagesWithStreamingResponse(self._client.messages)

    @cached_property
    def models(self) -> AsyncModelsWithStreamingResponse:
        from .models import AsyncModelsWithStreamingResponse

        return AsyncModelsWithStreamingResponse(self._client.models)

    @cached_property
    def organization(self) -> AsyncOrganizationWithStreamingResponse:
        from .organization.organization import AsyncOrganizationWithStreamingResponse

        return AsyncOrganizationWithStreamingResponse(self._client.organization)

    @cached_property
    def skills(self) -> AsyncSkillsWithStreamingResponse:
        from .skills.skills import AsyncSkillsWithStreamingResponse

        return AsyncSkillsWithStreamingResponse(self._client.skills)

    @cached_property
    def user_profiles(self) -> AsyncUserProfilesWithStreamingResponse:
        from .user_profiles.user_profiles import AsyncUserProfilesWithStreamingResponse

        return AsyncUserProfilesWithStreamingResponse(self._client.user_profiles)
