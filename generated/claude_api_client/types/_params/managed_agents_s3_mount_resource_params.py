# generated from openapi/ by scripts/generate, do not edit

from __future__ import annotations

from typing import Literal, TypedDict

from typing_extensions import NotRequired


class ManagedAgentsS3MountResourceParams(TypedDict):
    """
    Bedrock: an S3 prefix mounted into the session's sandbox.
    """

    type: Literal["s3_mount"]
    """
    Always `s3_mount`.
    """
    s3_uri: str
    """
    The `s3://` URI of the prefix.
    """
    region: str
    """
    AWS region of the bucket.
    """
    mount_path: str
    """
    Where the prefix appears in the sandbox.
    """
    mount_as: Literal["read_write", "read_only"]
    """
    Whether the session may write to the mount.
    """
    description: NotRequired[str | None]
    """
    What the mount holds, for the agent; null for none.
    """
    instructions: NotRequired[str | None]
    """
    How the agent should use the mount; null for none.
    """
    is_output: NotRequired[bool | None]
    """
    Whether the session's results go here; null for no.
    """
