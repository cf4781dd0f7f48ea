# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class GCPExternalKeyConfigParam(TypedDict):
    """
    A key in Google Cloud KMS.
    """

    key_name: str
    """
    Resource name of the Cloud KMS key.
    """
    type: Literal["gcp"]
    """
    Always `gcp`.
    """
