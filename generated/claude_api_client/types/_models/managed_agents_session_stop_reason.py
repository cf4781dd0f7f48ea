# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_session_budget_reached import ManagedAgentsSessionBudgetReached
    from .managed_agents_session_end_turn import ManagedAgentsSessionEndTurn
    from .managed_agents_session_refusal import ManagedAgentsSessionRefusal
    from .managed_agents_session_requires_action import ManagedAgentsSessionRequiresAction
    from .managed_agents_session_retries_exhausted import (
        ManagedAgentsSessionRetriesExhausted,
    )
    from .unknown_managed_agents_session_stop_reason import (
        UnknownManagedAgentsSessionStopReason,
    )


if TYPE_CHECKING:
    ManagedAgentsSessionStopReason = TypeAliasType(
        "ManagedAgentsSessionStopReason",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsSessionEndTurn,
                        ManagedAgentsSessionRequiresAction,
                        ManagedAgentsSessionRetriesExhausted,
                        ManagedAgentsSessionBudgetReached,
                        ManagedAgentsSessionRefusal,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsSessionStopReason,
                    AfterValidator(
                        unknown_tag(
                            "type",
                            [
                                "budget_reached",
                                "end_turn",
                                "refusal",
                                "requires_action",
                                "retries_exhausted",
                            ],
                        )
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsSessionStopReason = lazy_union(
        "ManagedAgentsSessionStopReason",
        "type",
        {
            "end_turn": ".managed_agents_session_end_turn:ManagedAgentsSessionEndTurn",
            "requires_action": ".managed_agents_session_requires_action:ManagedAgentsSessionRequiresAction",
            "retries_exhausted": ".managed_agents_session_retries_exhausted:ManagedAgentsSessionRetriesExhausted",
            "budget_reached": ".managed_agents_session_budget_reached:ManagedAgentsSessionBudgetReached",
            "refusal": ".managed_agents_session_refusal:ManagedAgentsSessionRefusal",
        },
        ".unknown_managed_agents_session_stop_reason:UnknownManagedAgentsSessionStopReason",
        __package__,
    )
