# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    UserProfileAccessType: TypeAlias = Literal["application", "passthrough"]
else:

    class UserProfileAccessType(OpenEnum):
        """How the platform uses the API for this profile: `application` or `passthrough`."""

        APPLICATION = "application"
        PASSTHROUGH = "passthrough"
