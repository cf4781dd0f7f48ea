# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import unknown_tag

from .organization_rate_limit_batch_group import OrganizationRateLimitBatchGroup
from .organization_rate_limit_files_group import OrganizationRateLimitFilesGroup
from .organization_rate_limit_model_group import OrganizationRateLimitModelGroup
from .organization_rate_limit_skills_group import OrganizationRateLimitSkillsGroup
from .organization_rate_limit_token_count_group import (
    OrganizationRateLimitTokenCountGroup,
)
from .organization_rate_limit_web_search_group import (
    OrganizationRateLimitWebSearchGroup,
)
from .unknown_rate_limit_group import UnknownRateLimitGroup

RateLimitGroup = TypeAliasType(
    "RateLimitGroup",
    Annotated[
        Union[
            Annotated[
                Union[
                    OrganizationRateLimitModelGroup,
                    OrganizationRateLimitBatchGroup,
                    OrganizationRateLimitTokenCountGroup,
                    OrganizationRateLimitFilesGroup,
                    OrganizationRateLimitSkillsGroup,
                    OrganizationRateLimitWebSearchGroup,
                ],
                Field(discriminator="type"),
            ],
            Annotated[
                UnknownRateLimitGroup,
                AfterValidator(
                    unknown_tag(
                        "type",
                        [
                            "batch",
                            "files",
                            "model_group",
                            "skills",
                            "token_count",
                            "web_search",
                        ],
                    )
                ),
            ],
        ],
        Field(union_mode="left_to_right"),
    ],
)
