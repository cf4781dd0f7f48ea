# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_file_rubric import ManagedAgentsFileRubric
    from .managed_agents_text_rubric import ManagedAgentsTextRubric
    from .unknown_managed_agents_rubric import UnknownManagedAgentsRubric


if TYPE_CHECKING:
    ManagedAgentsRubric = TypeAliasType(
        "ManagedAgentsRubric",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsFileRubric,
                        ManagedAgentsTextRubric,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsRubric,
                    AfterValidator(unknown_tag("type", ["file", "text"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsRubric = lazy_union(
        "ManagedAgentsRubric",
        "type",
        {
            "file": ".managed_agents_file_rubric:ManagedAgentsFileRubric",
            "text": ".managed_agents_text_rubric:ManagedAgentsTextRubric",
        },
        ".unknown_managed_agents_rubric:UnknownManagedAgentsRubric",
        __package__,
    )
