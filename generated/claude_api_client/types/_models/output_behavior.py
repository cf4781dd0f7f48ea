# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .output_behavior_create_new import OutputBehaviorCreateNew
    from .output_behavior_update_existing import OutputBehaviorUpdateExisting
    from .unknown_output_behavior import UnknownOutputBehavior


if TYPE_CHECKING:
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
else:
    OutputBehavior = lazy_union(
        "OutputBehavior",
        "type",
        {
            "create_new": ".output_behavior_create_new:OutputBehaviorCreateNew",
            "update_existing": ".output_behavior_update_existing:OutputBehaviorUpdateExisting",
        },
        ".unknown_output_behavior:UnknownOutputBehavior",
        __package__,
    )
