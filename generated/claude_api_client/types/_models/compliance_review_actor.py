# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .compliance_review_api_actor import ComplianceReviewAPIActor
from .compliance_review_service_account_actor import ComplianceReviewServiceAccountActor
from .compliance_review_user_actor import ComplianceReviewUserActor
from .unknown_compliance_review_actor import UnknownComplianceReviewActor

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
