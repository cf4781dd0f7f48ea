# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .external_storage_member import ExternalStorageMember
from .internal_storage import InternalStorage

StorageMember: TypeAlias = InternalStorage | ExternalStorageMember
"""
Where a kind of retained data is kept: Anthropic's storage or an external bucket.
"""
