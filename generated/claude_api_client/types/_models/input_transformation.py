# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .thinking_dropped_input_transformation import ThinkingDroppedInputTransformation
    from .thinking_mismatch_allowed_input_transformation import (
        ThinkingMismatchAllowedInputTransformation,
    )
    from .unknown_input_transformation import UnknownInputTransformation


if TYPE_CHECKING:
    InputTransformation = TypeAliasType(
        "InputTransformation",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ThinkingDroppedInputTransformation,
                        ThinkingMismatchAllowedInputTransformation,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownInputTransformation,
                    AfterValidator(
                        unknown_tag("type", ["thinking_dropped", "thinking_mismatch_allowed"])
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    InputTransformation = lazy_union(
        "InputTransformation",
        "type",
        {
            "thinking_dropped": ".thinking_dropped_input_transformation:ThinkingDroppedInputTransformation",
            "thinking_mismatch_allowed": ".thinking_mismatch_allowed_input_transformation:ThinkingMismatchAllowedInputTransformation",
        },
        ".unknown_input_transformation:UnknownInputTransformation",
        __package__,
    )
