# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    UserProfileRelationship: TypeAlias = Literal["external", "resold", "internal"]
else:

    class UserProfileRelationship(OpenEnum):
        """How the profile's entity relates to the platform: `external`, `resold` or `internal`."""

        EXTERNAL = "external"
        RESOLD = "resold"
        INTERNAL = "internal"
