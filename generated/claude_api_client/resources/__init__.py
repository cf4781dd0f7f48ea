# generated from openapi/ by scripts/generate, do not edit
"""The namespaces of the client, one module each."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
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
    from claude_api_client.resources.files import AsyncFiles as AsyncFiles
    from claude_api_client.resources.files import (
        AsyncFilesWithRawResponse as AsyncFilesWithRawResponse,
    )
    from claude_api_client.resources.files import (
        AsyncFilesWithStreamingResponse as AsyncFilesWithStreamingResponse,
    )
    from claude_api_client.resources.files import Files as Files
    from claude_api_client.resources.files import FilesWithRawResponse as FilesWithRawResponse
    from claude_api_client.resources.files import (
        FilesWithStreamingResponse as FilesWithStreamingResponse,
    )
    from claude_api_client.resources.messages.messages import AsyncMessages as AsyncMessages
    from claude_api_client.resources.messages.messages import (
        AsyncMessagesWithRawResponse as AsyncMessagesWithRawResponse,
    )
    from claude_api_client.resources.messages.messages import (
        AsyncMessagesWithStreamingResponse as AsyncMessagesWithStreamingResponse,
    )
    from claude_api_client.resources.messages.messages import Messages as Messages
    from claude_api_client.resources.messages.messages import (
        MessagesWithRawResponse as MessagesWithRawResponse,
    )
    from claude_api_client.resources.messages.messages import (
        MessagesWithStreamingResponse as MessagesWithStreamingResponse,
    )
    from claude_api_client.resources.models import AsyncModels as AsyncModels
    from claude_api_client.resources.models import (
        AsyncModelsWithRawResponse as AsyncModelsWithRawResponse,
    )
    from claude_api_client.resources.models import (
        AsyncModelsWithStreamingResponse as AsyncModelsWithStreamingResponse,
    )
    from claude_api_client.resources.models import Models as Models
    from claude_api_client.resources.models import ModelsWithRawResponse as ModelsWithRawResponse
    from claude_api_client.resources.models import (
        ModelsWithStreamingResponse as ModelsWithStreamingResponse,
    )
    from claude_api_client.resources.organization.organization import (
        AsyncOrganization as AsyncOrganization,
    )
    from claude_api_client.resources.organization.organization import (
        AsyncOrganizationWithRawResponse as AsyncOrganizationWithRawResponse,
    )
    from claude_api_client.resources.organization.organization import (
        AsyncOrganizationWithStreamingResponse as AsyncOrganizationWithStreamingResponse,
    )
    from claude_api_client.resources.organization.organization import Organization as Organization
    from claude_api_client.resources.organization.organization import (
        OrganizationWithRawResponse as OrganizationWithRawResponse,
    )
    from claude_api_client.resources.organization.organization import (
        OrganizationWithStreamingResponse as OrganizationWithStreamingResponse,
    )
    from claude_api_client.resources.skills.skills import AsyncSkills as AsyncSkills
    from claude_api_client.resources.skills.skills import (
        AsyncSkillsWithRawResponse as AsyncSkillsWithRawResponse,
    )
    from claude_api_client.resources.skills.skills import (
        AsyncSkillsWithStreamingResponse as AsyncSkillsWithStreamingResponse,
    )
    from claude_api_client.resources.skills.skills import Skills as Skills
    from claude_api_client.resources.skills.skills import (
        SkillsWithRawResponse as SkillsWithRawResponse,
    )
    from claude_api_client.resources.skills.skills import (
        SkillsWithStreamingResponse as SkillsWithStreamingResponse,
    )
    from claude_api_client.resources.user_profiles.user_profiles import (
        AsyncUserProfiles as AsyncUserProfiles,
    )
    from claude_api_client.resources.user_profiles.user_profiles import (
        AsyncUserProfilesWithRawResponse as AsyncUserProfilesWithRawResponse,
    )
    from claude_api_client.resources.user_profiles.user_profiles import (
        AsyncUserProfilesWithStreamingResponse as AsyncUserProfilesWithStreamingResponse,
    )
    from claude_api_client.resources.user_profiles.user_profiles import UserProfiles as UserProfiles
    from claude_api_client.resources.user_profiles.user_profiles import (
        UserProfilesWithRawResponse as UserProfilesWithRawResponse,
    )
    from claude_api_client.resources.user_profiles.user_profiles import (
        UserProfilesWithStreamingResponse as UserProfilesWithStreamingResponse,
    )

__all__ = [
    "AsyncBeta",
    "AsyncBetaWithRawResponse",
    "AsyncBetaWithStreamingResponse",
    "AsyncFiles",
    "AsyncFilesWithRawResponse",
    "AsyncFilesWithStreamingResponse",
    "AsyncMessages",
    "AsyncMessagesWithRawResponse",
    "AsyncMessagesWithStreamingResponse",
    "AsyncModels",
    "AsyncModelsWithRawResponse",
    "AsyncModelsWithStreamingResponse",
    "AsyncOrganization",
    "AsyncOrganizationWithRawResponse",
    "AsyncOrganizationWithStreamingResponse",
    "AsyncSkills",
    "AsyncSkillsWithRawResponse",
    "AsyncSkillsWithStreamingResponse",
    "AsyncUserProfiles",
    "AsyncUserProfilesWithRawResponse",
    "AsyncUserProfilesWithStreamingResponse",
    "Beta",
    "BetaWithRawResponse",
    "BetaWithStreamingResponse",
    "Files",
    "FilesWithRawResponse",
    "FilesWithStreamingResponse",
    "Messages",
    "MessagesWithRawResponse",
    "MessagesWithStreamingResponse",
    "Models",
    "ModelsWithRawResponse",
    "ModelsWithStreamingResponse",
    "Organization",
    "OrganizationWithRawResponse",
    "OrganizationWithStreamingResponse",
    "Skills",
    "SkillsWithRawResponse",
    "SkillsWithStreamingResponse",
    "UserProfiles",
    "UserProfilesWithRawResponse",
    "UserProfilesWithStreamingResponse",
]

# The official names of this path, each imported on first use.
_OFFICIAL = {
    "AsyncBeta": ("claude_api_client.resources.beta.beta", "AsyncBeta"),
    "AsyncBetaWithRawResponse": (
        "claude_api_client.resources.beta.beta",
        "AsyncBetaWithRawResponse",
    ),
    "AsyncBetaWithStreamingResponse": (
        "claude_api_client.resources.beta.beta",
        "AsyncBetaWithStreamingResponse",
    ),
    "AsyncFiles": ("claude_api_client.resources.files", "AsyncFiles"),
    "AsyncFilesWithRawResponse": ("claude_api_client.resources.files", "AsyncFilesWithRawResponse"),
    "AsyncFilesWithStreamingResponse": (
        "claude_api_client.resources.files",
        "AsyncFilesWithStreamingResponse",
    ),
    "AsyncMessages": ("claude_api_client.resources.messages.messages", "AsyncMessages"),
    "AsyncMessagesWithRawResponse": (
        "claude_api_client.resources.messages.messages",
        "AsyncMessagesWithRawResponse",
    ),
    "AsyncMessagesWithStreamingResponse": (
        "claude_api_client.resources.messages.messages",
        "AsyncMessagesWithStreamingResponse",
    ),
    "AsyncModels": ("claude_api_client.resources.models", "AsyncModels"),
    "AsyncModelsWithRawResponse": (
        "claude_api_client.resources.models",
        "AsyncModelsWithRawResponse",
    ),
    "AsyncModelsWithStreamingResponse": (
        "claude_api_client.resources.models",
        "AsyncModelsWithStreamingResponse",
    ),
    "AsyncOrganization": (
        "claude_api_client.resources.organization.organization",
        "AsyncOrganization",
    ),
    "AsyncOrganizationWithRawResponse": (
        "claude_api_client.resources.organization.organization",
        "AsyncOrganizationWithRawResponse",
    ),
    "AsyncOrganizationWithStreamingResponse": (
        "claude_api_client.resources.organization.organization",
        "AsyncOrganizationWithStreamingResponse",
    ),
    "AsyncSkills": ("claude_api_client.resources.skills.skills", "AsyncSkills"),
    "AsyncSkillsWithRawResponse": (
        "claude_api_client.resources.skills.skills",
        "AsyncSkillsWithRawResponse",
    ),
    "AsyncSkillsWithStreamingResponse": (
        "claude_api_client.resources.skills.skills",
        "AsyncSkillsWithStreamingResponse",
    ),
    "AsyncUserProfiles": (
        "claude_api_client.resources.user_profiles.user_profiles",
        "AsyncUserProfiles",
    ),
    "AsyncUserProfilesWithRawResponse": (
        "claude_api_client.resources.user_profiles.user_profiles",
        "AsyncUserProfilesWithRawResponse",
    ),
    "AsyncUserProfilesWithStreamingResponse": (
        "claude_api_client.resources.user_profiles.user_profiles",
        "AsyncUserProfilesWithStreamingResponse",
    ),
    "Beta": ("claude_api_client.resources.beta.beta", "Beta"),
    "BetaWithRawResponse": ("claude_api_client.resources.beta.beta", "BetaWithRawResponse"),
    "BetaWithStreamingResponse": (
        "claude_api_client.resources.beta.beta",
        "BetaWithStreamingResponse",
    ),
    "Files": ("claude_api_client.resources.files", "Files"),
    "FilesWithRawResponse": ("claude_api_client.resources.files", "FilesWithRawResponse"),
    "FilesWithStreamingResponse": (
        "claude_api_client.resources.files",
        "FilesWithStreamingResponse",
    ),
    "Messages": ("claude_api_client.resources.messages.messages", "Messages"),
    "MessagesWithRawResponse": (
        "claude_api_client.resources.messages.messages",
        "MessagesWithRawResponse",
    ),
    "MessagesWithStreamingResponse": (
        "claude_api_client.resources.messages.messages",
        "MessagesWithStreamingResponse",
    ),
    "Models": ("claude_api_client.resources.models", "Models"),
    "ModelsWithRawResponse": ("claude_api_client.resources.models", "ModelsWithRawResponse"),
    "ModelsWithStreamingResponse": (
        "claude_api_client.resources.models",
        "ModelsWithStreamingResponse",
    ),
    "Organization": ("claude_api_client.resources.organization.organization", "Organization"),
    "OrganizationWithRawResponse": (
        "claude_api_client.resources.organization.organization",
        "OrganizationWithRawResponse",
    ),
    "OrganizationWithStreamingResponse": (
        "claude_api_client.resources.organization.organization",
        "OrganizationWithStreamingResponse",
    ),
    "Skills": ("claude_api_client.resources.skills.skills", "Skills"),
    "SkillsWithRawResponse": ("claude_api_client.resources.skills.skills", "SkillsWithRawResponse"),
    "SkillsWithStreamingResponse": (
        "claude_api_client.resources.skills.skills",
        "SkillsWithStreamingResponse",
    ),
    "UserProfiles": ("claude_api_client.resources.user_profiles.user_profiles", "UserProfiles"),
    "UserProfilesWithRawResponse": (
        "claude_api_client.resources.user_profiles.user_profiles",
        "UserProfilesWithRawResponse",
    ),
    "UserProfilesWithStreamingResponse": (
        "claude_api_client.resources.user_profiles.user_profiles",
        "UserProfilesWithStreamingResponse",
    ),
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
