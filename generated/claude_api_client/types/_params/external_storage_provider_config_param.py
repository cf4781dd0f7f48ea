# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .aws_external_storage_config_param import AWSExternalStorageConfigParam
from .gcp_external_storage_config_param import GCPExternalStorageConfigParam

ExternalStorageProviderConfigParam: TypeAlias = (
    AWSExternalStorageConfigParam | GCPExternalStorageConfigParam
)
"""
Where an external storage bucket lives: AWS or Google Cloud, told apart by `type`.
"""
