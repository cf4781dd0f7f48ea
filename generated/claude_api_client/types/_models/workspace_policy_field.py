# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    WorkspacePolicyField: TypeAlias = Literal["external_key_id"]
else:

    class WorkspacePolicyField(OpenEnum):
        """The workspace setting a policy governs."""

        EXTERNAL_KEY_ID = "external_key_id"
