# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .aws_external_storage_config import AWSExternalStorageConfig
from .gcp_external_storage_config import GCPExternalStorageConfig

ExternalStorageProviderConfig: TypeAlias = AWSExternalStorageConfig | GCPExternalStorageConfig
"""
Where an external storage bucket lives: AWS or Google Cloud, told apart by `type`.
"""
