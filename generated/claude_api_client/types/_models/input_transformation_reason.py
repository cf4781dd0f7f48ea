# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    InputTransformationReason: TypeAlias = Literal[
        "model_binding_mismatch",
        "prefix_binding_mismatch",
        "organization_binding_mismatch",
        "end_user_binding_mismatch",
    ]
else:

    class InputTransformationReason(OpenEnum):
        """Which binding check a thinking block failed."""

        MODEL_BINDING_MISMATCH = "model_binding_mismatch"
        PREFIX_BINDING_MISMATCH = "prefix_binding_mismatch"
        ORGANIZATION_BINDING_MISMATCH = "organization_binding_mismatch"
        END_USER_BINDING_MISMATCH = "end_user_binding_mismatch"
