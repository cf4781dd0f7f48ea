# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .output_behavior_create_new import OutputBehaviorCreateNew
from .output_behavior_update_existing import OutputBehaviorUpdateExisting
from .unknown_output_behavior import UnknownOutputBehavior

OutputBehavior = TypeAliasType(
    "OutputBehavior",
    Annotated[
        Union[
            Annotated[
                Union[
                    OutputBehaviorCreateNew,
                    OutputBehaviorUpdateExisting,
                ],
                Field(discriminator="type"),
            ],
            Annotated[
                UnknownOutputBehavior,
                AfterValidator(unknown_tag("type", ["create_new", "update_existing"])),
            ],
        ],
        Field(union_mode="left_to_right"),
    ],
)
