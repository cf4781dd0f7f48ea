# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .compliance_review_content_not_captured import ComplianceReviewContentNotCaptured
    from .compliance_review_stored_copy_unavailable import (
        ComplianceReviewStoredCopyUnavailable,
    )
    from .unknown_compliance_review_content_unavailable_reason import (
        UnknownComplianceReviewContentUnavailableReason,
    )


if TYPE_CHECKING:
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
                    AfterValidator(
                        unknown_tag("type", ["not_captured", "stored_copy_unavailable"])
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ComplianceReviewContentUnavailableReason = lazy_union(
        "ComplianceReviewContentUnavailableReason",
        "type",
        {
            "not_captured": ".compliance_review_content_not_captured:ComplianceReviewContentNotCaptured",
            "stored_copy_unavailable": ".compliance_review_stored_copy_unavailable:ComplianceReviewStoredCopyUnavailable",
        },
        ".unknown_compliance_review_content_unavailable_reason:UnknownComplianceReviewContentUnavailableReason",
        __package__,
    )
