# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import Discriminator, Tag
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import open_discriminator

from .fallback_credit_not_applied import FallbackCreditNotApplied
from .fallback_credit_redeemed import FallbackCreditRedeemed
from .unknown_fallback_credit_status import UnknownFallbackCreditStatus

FallbackCreditStatus = TypeAliasType(
    "FallbackCreditStatus",
    Annotated[
        Union[
            Annotated[FallbackCreditRedeemed, Tag("redeemed")],
            Annotated[FallbackCreditNotApplied, Tag("not_applied")],
            Annotated[UnknownFallbackCreditStatus, Tag("__unknown__")],
        ],
        Discriminator(open_discriminator("type", ["not_applied", "redeemed"])),
    ],
)
