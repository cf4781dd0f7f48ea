# generated from openapi/ by scripts/generate, do not edit
"""`claude_api_client.types.deleted_file`: the official path of these types."""

from __future__ import annotations

from ._models.deleted_file import DeletedFile as DeletedFile

__all__ = [
    "DeletedFile",
]
