# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class AWSExternalKeyConfigParam(TypedDict):
    """
    A key in AWS KMS.
    """

    kms_arn: str
    """
    ARN of the KMS key (a single-Region key).
    """
    type: Literal["aws"]
    """
    Always `aws`.
    """
    region: NotRequired[str | None]
    """
    AWS region of the key, when the ARN alone does not say.
    """
    role_arn: NotRequired[str | None]
    """
    ARN of an IAM role; deprecated, and the API ignores it.
    """
