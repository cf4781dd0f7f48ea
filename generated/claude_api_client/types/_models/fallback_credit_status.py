# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .fallback_credit_not_applied import FallbackCreditNotApplied
    from .fallback_credit_redeemed import FallbackCreditRedeemed
    from .unknown_fallback_credit_status import UnknownFallbackCreditStatus


if TYPE_CHECKING:
    FallbackCreditStatus = TypeAliasType(
        "FallbackCreditStatus",
        Annotated[
            Union[
                Annotated[
                    Union[
                        FallbackCreditRedeemed,
                        FallbackCreditNotApplied,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownFallbackCreditStatus,
                    AfterValidator(unknown_tag("type", ["not_applied", "redeemed"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    FallbackCreditStatus = lazy_union(
        "FallbackCreditStatus",
        "type",
        {
            "redeemed": ".fallback_credit_redeemed:FallbackCreditRedeemed",
            "not_applied": ".fallback_credit_not_applied:FallbackCreditNotApplied",
        },
        ".unknown_fallback_credit_status:UnknownFallbackCreditStatus",
        __package__,
    )
