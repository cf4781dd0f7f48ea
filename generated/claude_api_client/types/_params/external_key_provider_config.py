# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .aws_external_key_config import AWSExternalKeyConfig
from .azure_external_key_config import AzureExternalKeyConfig
from .gcp_external_key_config import GCPExternalKeyConfig

ExternalKeyProviderConfig: TypeAlias = (
    AWSExternalKeyConfig | GCPExternalKeyConfig | AzureExternalKeyConfig
)
"""
Which cloud key management service holds the key, and where.
"""
