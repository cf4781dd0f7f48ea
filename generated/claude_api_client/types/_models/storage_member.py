# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Union

from pydantic import AfterValidator, Field
from typing_extensions import TypeAliasType

from claude_api_client._core._model_base import lazy_union, unknown_tag

if TYPE_CHECKING:
    from .external_storage_member import ExternalStorageMember
    from .internal_storage import InternalStorage
    from .unknown_storage_member import UnknownStorageMember


if TYPE_CHECKING:
    StorageMember = TypeAliasType(
        "StorageMember",
        Annotated[
            Union[
                Annotated[
                    Union[
                        InternalStorage,
                        ExternalStorageMember,
                    ],
                    Field(discriminator="type"),
                ],
                Annotated[
                    UnknownStorageMember,
                    AfterValidator(unknown_tag("type", ["external", "internal"])),
                ],
            ],
            Field(union_mode="left_to_right"),
        ],
    )
else:
    StorageMember = lazy_union(
        "StorageMember",
        "type",
        {
            "internal": ".internal_storage:InternalStorage",
            "external": ".external_storage_member:ExternalStorageMember",
        },
        ".unknown_storage_member:UnknownStorageMember",
        __package__,
    )
