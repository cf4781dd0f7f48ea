# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .compliance_review_api_actor import ComplianceReviewAPIActor
    from .compliance_review_service_account_actor import ComplianceReviewServiceAccountActor
    from .compliance_review_user_actor import ComplianceReviewUserActor
    from .unknown_compliance_review_actor import UnknownComplianceReviewActor


if TYPE_CHECKING:
    ComplianceReviewActor = TypeAliasType(
        "ComplianceReviewActor",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ComplianceReviewUserActor,
                        ComplianceReviewAPIActor,
                        ComplianceReviewServiceAccountActor,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownComplianceReviewActor,
                    AfterValidator(
                        unknown_tag("type", ["api_actor", "service_account_actor", "user_actor"])
                    ),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ComplianceReviewActor = lazy_union(
        "ComplianceReviewActor",
        "type",
        {
            "user_actor": ".compliance_review_user_actor:ComplianceReviewUserActor",
            "api_actor": ".compliance_review_api_actor:ComplianceReviewAPIActor",
            "service_account_actor": ".compliance_review_service_account_actor:ComplianceReviewServiceAccountActor",
        },
        ".unknown_compliance_review_actor:UnknownComplianceReviewActor",
        __package__,
    )
