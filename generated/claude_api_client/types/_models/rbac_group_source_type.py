# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    RBACGroupSourceType: TypeAlias = Literal["direct", "scim"]
else:

    class RBACGroupSourceType(OpenEnum):
        """Whether the group is managed here (`direct`) or by your identity provider (`scim`)."""

        DIRECT = "direct"
        SCIM = "scim"
