# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .external_storage_member_param import ExternalStorageMemberParam
from .internal_storage_param import InternalStorageParam

StorageMemberParam: TypeAlias = InternalStorageParam | ExternalStorageMemberParam
"""
Where a kind of retained data is kept: Anthropic's storage or an external bucket.
"""
