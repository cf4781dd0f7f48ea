# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .external_key_attached_attachment import ExternalKeyAttachedAttachment
    from .external_key_unattached_attachment import ExternalKeyUnattachedAttachment
    from .unknown_external_key_attachment import UnknownExternalKeyAttachment


if TYPE_CHECKING:
    ExternalKeyAttachment = TypeAliasType(
        "ExternalKeyAttachment",
        Annotated[
            Union[
                Annotated[
                    Union[
                        ExternalKeyAttachedAttachment,
                        ExternalKeyUnattachedAttachment,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownExternalKeyAttachment,
                    AfterValidator(unknown_tag("type", ["attached", "unattached"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    ExternalKeyAttachment = lazy_union(
        "ExternalKeyAttachment",
        "type",
        {
            "attached": ".external_key_attached_attachment:ExternalKeyAttachedAttachment",
            "unattached": ".external_key_unattached_attachment:ExternalKeyUnattachedAttachment",
        },
        ".unknown_external_key_attachment:UnknownExternalKeyAttachment",
        __package__,
    )
