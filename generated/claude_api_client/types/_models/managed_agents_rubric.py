# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .managed_agents_file_rubric import ManagedAgentsFileRubric
from .managed_agents_text_rubric import ManagedAgentsTextRubric
from .unknown_managed_agents_rubric import UnknownManagedAgentsRubric

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
