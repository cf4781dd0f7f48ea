# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict


class ManagedAgentsS3MountSkillParam(TypedDict):
    """
    Bedrock: a skill read from an S3 location mounted into the sandbox.
    """

    mount_path: str
    """
    Where the location appears in the sandbox.
    """
    region: str
    """
    AWS region of the bucket.
    """
    s3_uri: str
    """
    The `s3://` URI of the skill.
    """
    type: Literal["s3_mount"]
    """
    Always `s3_mount`.
    """
