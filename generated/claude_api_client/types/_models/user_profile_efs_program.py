# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from claude_api_client._core._model_base import APIModel

from .user_profile_efs_feature import UserProfileEfsFeature
from .user_profile_program_status import UserProfileProgramStatus


class UserProfileEfsProgram(APIModel):
    """A profile's standing in Enterprise Frontier Safeguards, under which Anthropic approves the entity and, one by one, the program's features."""

    status: UserProfileProgramStatus
    """Anthropic's decision on the entity; `active` does not by itself approve any feature."""
    features: dict[str, UserProfileEfsFeature]
    """Each feature the caller may read (`data_retention_exemption`, `cmek`, `storage`; more may come) and whether it is approved."""
