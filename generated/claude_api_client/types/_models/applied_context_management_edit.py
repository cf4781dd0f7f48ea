# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .clear_thinking20251015_edit_response import ClearThinking20251015EditResponse
    from .clear_tool_uses20250919_edit_response import ClearToolUses20250919EditResponse
    from .unknown_applied_context_management_edit import UnknownAppliedContextManagementEdit


if TYPE_CHECKING:
    AppliedContextManagementEdit = TypeAliasType(
        "AppliedContextManagementEdit",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ClearToolUses20250919EditResponse,
                        ClearThinking20251015EditResponse,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownAppliedContextManagementEdit,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            ["clear_thinking_20251015", "clear_tool_uses_20250919"],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    AppliedContextManagementEdit = lazy_union(
        "AppliedContextManagementEdit",
        "type",
        {
            "clear_tool_uses_20250919": ".clear_tool_uses20250919_edit_response:ClearToolUses20250919EditResponse",
            "clear_thinking_20251015": ".clear_thinking20251015_edit_response:ClearThinking20251015EditResponse",
        },
        ".unknown_applied_context_management_edit:UnknownAppliedContextManagementEdit",
        __package__,
    )
