# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .thinking_dropped_input_transformation import ThinkingDroppedInputTransformation
from .thinking_mismatch_allowed_input_transformation import (
    ThinkingMismatchAllowedInputTransformation,
)
from .unknown_input_transformation import UnknownInputTransformation

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
