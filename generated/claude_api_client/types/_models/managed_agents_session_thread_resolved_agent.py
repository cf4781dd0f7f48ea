# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_advisor import ManagedAgentsAdvisor
    from .managed_agents_inline_agent import ManagedAgentsInlineAgent
    from .managed_agents_session_thread_agent import ManagedAgentsSessionThreadAgent
    from .unknown_managed_agents_session_thread_resolved_agent import (
        UnknownManagedAgentsSessionThreadResolvedAgent,
    )


if TYPE_CHECKING:
    ManagedAgentsSessionThreadResolvedAgent = TypeAliasType(
        "ManagedAgentsSessionThreadResolvedAgent",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsSessionThreadAgent,
                        ManagedAgentsAdvisor,
                        ManagedAgentsInlineAgent,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsSessionThreadResolvedAgent,
                    AfterValidator(unknown_tag("type", ["advisor", "agent", "inline"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsSessionThreadResolvedAgent = lazy_union(
        "ManagedAgentsSessionThreadResolvedAgent",
        "type",
        {
            "agent": ".managed_agents_session_thread_agent:ManagedAgentsSessionThreadAgent",
            "advisor": ".managed_agents_advisor:ManagedAgentsAdvisor",
            "inline": ".managed_agents_inline_agent:ManagedAgentsInlineAgent",
        },
        ".unknown_managed_agents_session_thread_resolved_agent:UnknownManagedAgentsSessionThreadResolvedAgent",
        __package__,
    )
