# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    GoogleManagedStorageFailedCheckRole: TypeAlias = Literal[
        "ingest", "read", "maintenance", "media_erasure", "verify"
    ]
else:

    class GoogleManagedStorageFailedCheckRole(OpenEnum):
        INGEST = "ingest"
        READ = "read"
        MAINTENANCE = "maintenance"
        MEDIA_ERASURE = "media_erasure"
        VERIFY = "verify"
