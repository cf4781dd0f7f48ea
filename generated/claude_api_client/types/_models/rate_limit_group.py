# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
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


if TYPE_CHECKING:
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
else:
    RateLimitGroup = lazy_union(
        "RateLimitGroup",
        "type",
        {
            "model_group": ".organization_rate_limit_model_group:OrganizationRateLimitModelGroup",
            "batch": ".organization_rate_limit_batch_group:OrganizationRateLimitBatchGroup",
            "token_count": ".organization_rate_limit_token_count_group:OrganizationRateLimitTokenCountGroup",
            "files": ".organization_rate_limit_files_group:OrganizationRateLimitFilesGroup",
            "skills": ".organization_rate_limit_skills_group:OrganizationRateLimitSkillsGroup",
            "web_search": ".organization_rate_limit_web_search_group:OrganizationRateLimitWebSearchGroup",
        },
        ".unknown_rate_limit_group:UnknownRateLimitGroup",
        __package__,
    )
