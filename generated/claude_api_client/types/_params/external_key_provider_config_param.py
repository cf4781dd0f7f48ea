# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import TypeAlias

from .aws_external_key_config_param import AWSExternalKeyConfigParam
from .azure_external_key_config_param import AzureExternalKeyConfigParam
from .gcp_external_key_config_param import GCPExternalKeyConfigParam

ExternalKeyProviderConfigParam: TypeAlias = (
    AWSExternalKeyConfigParam | GCPExternalKeyConfigParam | AzureExternalKeyConfigParam
)
"""
Which cloud key management service holds the key, and where.
"""
