# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .tool_addition_block import ToolAdditionBlock
    from .tool_removal_block import ToolRemovalBlock
    from .unknown_compaction_tool_change import UnknownCompactionToolChange


if TYPE_CHECKING:
    CompactionToolChange = TypeAliasType(
        "CompactionToolChange",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ToolAdditionBlock,
                        ToolRemovalBlock,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownCompactionToolChange,
                    AfterValidator(unknown_tag("type", ["tool_addition", "tool_removal"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    CompactionToolChange = lazy_union(
        "CompactionToolChange",
        "type",
        {
            "tool_addition": ".tool_addition_block:ToolAdditionBlock",
            "tool_removal": ".tool_removal_block:ToolRemovalBlock",
        },
        ".unknown_compaction_tool_change:UnknownCompactionToolChange",
        __package__,
    )
