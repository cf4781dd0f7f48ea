# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .spend_limit_scoped_api_key_actor import SpendLimitScopedAPIKeyActor
    from .spend_limit_user_actor import SpendLimitUserActor
    from .unknown_spend_limit_actor import UnknownSpendLimitActor


if TYPE_CHECKING:
    SpendLimitActor = TypeAliasType(
        "SpendLimitActor",
        Annotated[
            Union[
                Annotated[
                    Union[
                        SpendLimitUserActor,
                        SpendLimitScopedAPIKeyActor,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownSpendLimitActor,
                    AfterValidator(unknown_tag("type", ["scoped_api_key_actor", "user_actor"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    SpendLimitActor = lazy_union(
        "SpendLimitActor",
        "type",
        {
            "user_actor": ".spend_limit_user_actor:SpendLimitUserActor",
            "scoped_api_key_actor": ".spend_limit_scoped_api_key_actor:SpendLimitScopedAPIKeyActor",
        },
        ".unknown_spend_limit_actor:UnknownSpendLimitActor",
        __package__,
    )
