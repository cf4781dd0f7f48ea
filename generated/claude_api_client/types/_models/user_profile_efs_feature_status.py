# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    UserProfileEfsFeatureStatus: TypeAlias = Literal["active", "inactive"]
else:

    class UserProfileEfsFeatureStatus(OpenEnum):
        """`active` once Anthropic has approved the entity for the feature (setting it up is a separate step), else `inactive`."""

        ACTIVE = "active"
        INACTIVE = "inactive"
