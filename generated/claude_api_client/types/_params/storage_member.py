# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .external_storage_member import ExternalStorageMember
from .internal_storage import InternalStorage

StorageMember: TypeAlias = InternalStorage | ExternalStorageMember
"""
One of the storage Member forms, told apart by their tag.
"""
