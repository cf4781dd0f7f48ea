# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .managed_agents_retry_status_exhausted import ManagedAgentsRetryStatusExhausted
    from .managed_agents_retry_status_retrying import ManagedAgentsRetryStatusRetrying
    from .managed_agents_retry_status_terminal import ManagedAgentsRetryStatusTerminal
    from .unknown_managed_agents_retry_status import UnknownManagedAgentsRetryStatus


if TYPE_CHECKING:
    ManagedAgentsRetryStatus = TypeAliasType(
        "ManagedAgentsRetryStatus",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ManagedAgentsRetryStatusRetrying,
                        ManagedAgentsRetryStatusExhausted,
                        ManagedAgentsRetryStatusTerminal,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownManagedAgentsRetryStatus,
                    AfterValidator(unknown_tag("type", ["exhausted", "retrying", "terminal"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ManagedAgentsRetryStatus = lazy_union(
        "ManagedAgentsRetryStatus",
        "type",
        {
            "retrying": ".managed_agents_retry_status_retrying:ManagedAgentsRetryStatusRetrying",
            "exhausted": ".managed_agents_retry_status_exhausted:ManagedAgentsRetryStatusExhausted",
            "terminal": ".managed_agents_retry_status_terminal:ManagedAgentsRetryStatusTerminal",
        },
        ".unknown_managed_agents_retry_status:UnknownManagedAgentsRetryStatus",
        __package__,
    )
