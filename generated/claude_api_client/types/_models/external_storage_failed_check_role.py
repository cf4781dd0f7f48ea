# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, TypeAlias

from claude_api_client._core._model_base import OpenEnum

if TYPE_CHECKING:
    ExternalStorageFailedCheckRole: TypeAlias = Literal[
        "ingest",
        "maintenance",
        "media_erasure",
        "read",
        "transcripts",
        "transcripts_verify",
        "verify",
    ]
else:

    class ExternalStorageFailedCheckRole(OpenEnum):
        INGEST = "ingest"
        MAINTENANCE = "maintenance"
        MEDIA_ERASURE = "media_erasure"
        READ = "read"
        TRANSCRIPTS = "transcripts"
        TRANSCRIPTS_VERIFY = "transcripts_verify"
        VERIFY = "verify"
