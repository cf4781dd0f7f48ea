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
    "AsyncFiles": ("claude_api_client.resources.beta_files", "AsyncBetaFiles"),
    "AsyncFilesWithRawResponse": (
        "claude_api_client.resources.beta_files",
        "AsyncBetaFilesWithRawResponse",
    ),
    "AsyncFilesWithStreamingResponse": (
        "claude_api_client.resources.beta_files",
        "AsyncBetaFilesWithStreamingResponse",
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
    "AsyncSkills": ("claude_api_client.resources.beta_skills", "AsyncBetaSkills"),
    "AsyncSkillsWithRawResponse": (
        "claude_api_client.resources.beta_skills",
        "AsyncBetaSkillsWithRawResponse",
    ),
    "AsyncSkillsWithStreamingResponse": (
        "claude_api_client.resources.beta_skills",
        "AsyncBetaSkillsWithStreamingResponse",
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
    "Beta": ("claude_api_client.resources.beta.beta", "Beta"),
    "BetaWithRawResponse": ("claude_api_client.resources.beta.beta", "BetaWithRawResponse"),
    "BetaWithStreamingResponse": (
        "claude_api_client.resources.beta.beta",
        "BetaWithStreamingResponse",
    ),
    "Files": ("claude_api_client.resources.beta_files", "BetaFiles"),
    "FilesWithRawResponse": ("claude_api_client.resources.beta_files", "BetaFilesWithRawResponse"),
    "FilesWithStreamingResponse": (
        "claude_api_client.resources.beta_files",
        "BetaFilesWithStreamingResponse",
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
    "Skills": ("claude_api_client.resources.beta_skills", "BetaSkills"),
    "SkillsWithRawResponse": (
        "claude_api_client.resources.beta_skills",
        "BetaSkillsWithRawResponse",
    ),
    "SkillsWithStreamingResponse": (
        "claude_api_client.resources.beta_skills",
        "BetaSkillsWithStreamingResponse",
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
