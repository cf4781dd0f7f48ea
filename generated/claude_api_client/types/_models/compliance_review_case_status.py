# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .compliance_review_case_closed import ComplianceReviewCaseClosed
    from .compliance_review_case_open import ComplianceReviewCaseOpen
    from .unknown_compliance_review_case_status import UnknownComplianceReviewCaseStatus


if TYPE_CHECKING:
    ComplianceReviewCaseStatus = TypeAliasType(
        "ComplianceReviewCaseStatus",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ComplianceReviewCaseOpen,
                        ComplianceReviewCaseClosed,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownComplianceReviewCaseStatus,
                    AfterValidator(unknown_tag("type", ["closed", "open"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ComplianceReviewCaseStatus = lazy_union(
        "ComplianceReviewCaseStatus",
        "type",
        {
            "open": ".compliance_review_case_open:ComplianceReviewCaseOpen",
            "closed": ".compliance_review_case_closed:ComplianceReviewCaseClosed",
        },
        ".unknown_compliance_review_case_status:UnknownComplianceReviewCaseStatus",
        __package__,
    )
