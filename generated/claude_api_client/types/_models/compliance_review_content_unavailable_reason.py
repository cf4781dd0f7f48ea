# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .compliance_review_content_not_captured import ComplianceReviewContentNotCaptured
from .compliance_review_stored_copy_unavailable import (
    ComplianceReviewStoredCopyUnavailable,
)
from .unknown_compliance_review_content_unavailable_reason import (
    UnknownComplianceReviewContentUnavailableReason,
)

ComplianceReviewContentUnavailableReason = TypeAliasType(
    "ComplianceReviewContentUnavailableReason",
    Annotated[
        Union[
            Annotated[
                Union[
                    ComplianceReviewContentNotCaptured,
                    ComplianceReviewStoredCopyUnavailable,
                ],
                Field(discriminator="type"),
            ],
            Annotated[
                UnknownComplianceReviewContentUnavailableReason,
                AfterValidator(unknown_tag("type", ["not_captured", "stored_copy_unavailable"])),
            ],
        ],
        Field(union_mode="left_to_right"),
    ],
)
