# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import open_discriminator

from .clear_thinking20251015_edit_response import ClearThinking20251015EditResponse
from .clear_tool_uses20250919_edit_response import ClearToolUses20250919EditResponse
from .unknown_applied_context_management_edit import UnknownAppliedContextManagementEdit

AppliedContextManagementEdit = TypeAliasType(
    "AppliedContextManagementEdit",
    Annotated[
        Union[
            Annotated[ClearToolUses20250919EditResponse, Tag("clear_tool_uses_20250919")],
            Annotated[ClearThinking20251015EditResponse, Tag("clear_thinking_20251015")],
            Annotated[UnknownAppliedContextManagementEdit, Tag("__unknown__")],
        ],
        Discriminator(
            open_discriminator("type", ["clear_thinking_20251015", "clear_tool_uses_20250919"])
        ),
    ],
)
