"""Download the skills of a session's agent into the working directory, safely.

Each skill of the agent (and of the agents a coordinator runs; the first version of a skill
wins) is read (`skills.versions.retrieve`: its name, and the concrete version an alias such as
`latest` stands for), downloaded as an archive to a temporary file, and unpacked into
`{workdir}/skills/<name>/`. Skills can come from others, so unpacking refuses any member that
would leave the directory (absolute paths, `..`), skips links, devices and FIFOs, keeps only
the execute bit of a mode (0o755 or 0o644), strips the one folder a bundle is wrapped in, and
stops past `MAX_SKILL_ARCHIVE_BYTES` downloaded or `MAX_SKILL_UNPACKED_BYTES` unpacked. A skill is
staged beside its destination and moved there whole. One skill failing is logged and does not
stop the others.
"""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import stat
import tarfile
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path, PurePosixPath
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..._client import AsyncAnthropic
    from ...types import ManagedAgentsSession

__all__ = ["MAX_SKILL_ARCHIVE_BYTES", "MAX_SKILL_UNPACKED_BYTES", "download_session_skills"]

MAX_SKILL_ARCHIVE_BYTES = 256 * 1024 * 1024
"""A skill archive larger than this is not downloaded further."""
MAX_SKILL_UNPACKED_BYTES = 1024 * 1024 * 1024
"""A skill whose files add up to more than this is not unpacked (an archive bomb)."""
SKILL_DIR_MODE = 0o700

log = logging.getLogger("claude_api_client.skills")


class _TooLarge(ValueError):
    pass


def _member_path(name: str) -> PurePosixPath | None:
    """The member's path inside the destination; None for the archive's root; a `ValueError`
    for a path that would leave it."""
    normal = name.replace("\\", "/")
    path = PurePosixPath(normal)
    if normal.startswith("/") or path.is_absolute() or (path.parts and ":" in path.parts[0]):
        raise ValueError(f"archive member {name!r} has an absolute path")
    parts = [p for p in path.parts if p not in ("", ".")]
    if ".." in parts:
        raise ValueError(f"archive member {name!r} leads out of its folder")
    return PurePosixPath(*parts) if parts else None


def _wrapper(paths: list[PurePosixPath]) -> str | None:
    """The one top folder every member lies in, when there is one."""
    tops = {p.parts[0] for p in paths}
    nested = any(len(p.parts) > 1 for p in paths)
    return next(iter(tops)) if len(tops) == 1 and nested else None


class _Member:
    def __init__(self, name: str, is_dir: bool, mode: int, size: int, opener: Any) -> None:
        self.name, self.is_dir, self.mode, self.size, self.open = name, is_dir, mode, size, opener


def _zip_members(archive: zipfile.ZipFile) -> Iterator[_Member | None]:
    """The archive's members; None for one that is neither a file nor a folder."""
    for info in archive.infolist():
        unix_mode = info.external_attr >> 16 if info.create_system in (3, 19) else 0
        kind = stat.S_IFMT(unix_mode)
        if kind and kind not in (stat.S_IFREG, stat.S_IFDIR):
            yield None
            continue
        is_dir = info.is_dir() or kind == stat.S_IFDIR
        yield _Member(
            info.filename, is_dir, unix_mode, info.file_size, lambda i=info: archive.open(i)
        )


def _tar_members(archive: tarfile.TarFile) -> Iterator[_Member | None]:
    for info in archive.getmembers():
        if not (info.isreg() or info.isdir()):
            yield None
            continue
        yield _Member(
            info.name, info.isdir(), info.mode, info.size, lambda i=info: archive.extractfile(i)
        )


def unpack_skill(archive_path: Path, destination: Path) -> None:
    """Unpack a zip or tar archive into `destination` (see the module for what is refused)."""
    destination.mkdir(parents=True, exist_ok=True, mode=SKILL_DIR_MODE)
    if zipfile.is_zipfile(archive_path):
        with zipfile.ZipFile(archive_path) as archive:
            _unpack(list(_zip_members(archive)), destination)
        return
    with tarfile.open(archive_path, mode="r:*") as archive:
        _unpack(list(_tar_members(archive)), destination)


def _unpack(members: list[_Member | None], destination: Path) -> None:
    plain = [m for m in members if m is not None]
    paths = {id(m): _member_path(m.name) for m in plain}  # every name is checked first
    wrapper = _wrapper([p for p in paths.values() if p is not None])
    total = 0
    root = destination.resolve()
    for member in plain:
        path = paths[id(member)]
        if path is None:
            continue
        parts = path.parts[1:] if wrapper is not None and path.parts[0] == wrapper else path.parts
        if not parts:
            continue
        target = root.joinpath(*parts)
        if root not in target.parents:
            raise ValueError(f"archive member {member.name!r} leads out of its folder")
        if member.is_dir:
            target.mkdir(parents=True, exist_ok=True)
            continue
        total += member.size
        if total > MAX_SKILL_UNPACKED_BYTES:
            raise _TooLarge(f"the skill unpacks to more than {MAX_SKILL_UNPACKED_BYTES} bytes")
        target.parent.mkdir(parents=True, exist_ok=True)
        source: IO[bytes] | None = member.open()
        if source is None:
            continue
        with source, open(target, "wb") as out:
            shutil.copyfileobj(source, out)
        os.chmod(target, 0o755 if member.mode & 0o111 else 0o644)


def _skills_of(session: ManagedAgentsSession) -> list[Any]:
    """The agent's skills and its coordinated agents', the first version of each id winning."""
    agent: Any = session.agent
    skills = list(agent.skills or [])
    multiagent = getattr(agent, "multiagent", None)
    if multiagent is not None and getattr(multiagent, "type", None) == "coordinator":
        for member in getattr(multiagent, "agents", None) or []:
            skills += list(getattr(member, "skills", None) or [])
    by_id: dict[str, Any] = {}
    for skill in skills:
        by_id.setdefault(skill.skill_id, skill)
    return list(by_id.values())


async def download_session_skills(
    client: AsyncAnthropic,
    *,
    workdir: str | os.PathLike[str],
    session: ManagedAgentsSession | None = None,
    session_id: str | None = None,
) -> list[Path]:
    """Download the skills of the session's agent into `{workdir}/skills/<name>/`.

    Args:
        client: The async client the downloads use.
        workdir: The working directory; `skills/` is made in it when there is a skill.
        session: The session (read once by the caller and shared).
        session_id: Deprecated: the session is read here, one more request.

    Returns:
        list[Path]: the skill folders made, for the caller to remove when it is done.

    Raises:
        ValueError: neither `session` nor `session_id` was given.
    """
    if session is None:
        if session_id is None:
            raise ValueError("download_session_skills: pass session (preferred) or session_id")
        log.warning("download_session_skills(session_id=...) is deprecated; pass session=")
        session = await client.beta.sessions.retrieve(session_id)
    root = Path(workdir).resolve() / "skills"
    made: list[Path] = []
    try:
        for skill in _skills_of(session):
            try:
                folder = await _download_one(client, skill, root, made)
            except Exception as error:
                log.warning("skill download failed skill_id=%s error=%s", skill.skill_id, error)
                continue
            if folder is not None:
                made.append(folder)
    except BaseException:
        # A cancelled caller never learns which folders to remove.
        for folder in made:
            shutil.rmtree(folder, ignore_errors=True)
        raise
    return made


async def _download_one(
    client: AsyncAnthropic, skill: Any, root: Path, made: list[Path]
) -> Path | None:
    versions = client.beta.skills.versions
    version = await versions.retrieve(skill.version, skill_id=skill.skill_id)
    name = os.path.basename(str(version.name or "").strip())
    if name in ("", ".", ".."):
        name = skill.skill_id
    destination = root / name
    if destination.parent != root:
        log.warning("skill name %r is not a folder name; skipped", version.name)
        return None
    if any(_same(destination, other) for other in made):
        log.warning("an earlier skill has the name %r; skipped skill_id=%s", name, skill.skill_id)
        return None
    root.mkdir(parents=True, exist_ok=True, mode=SKILL_DIR_MODE)
    staging = Path(tempfile.mkdtemp(prefix=".skill-", dir=root))
    try:
        archive_path = staging / "archive"
        response = await versions.download(version.id, skill_id=skill.skill_id)
        await _save_capped(response, archive_path)
        await asyncio.to_thread(unpack_skill, archive_path, staging / "unpacked")
        if destination.exists():
            await asyncio.to_thread(shutil.rmtree, destination)
        (staging / "unpacked").rename(destination)
    finally:
        await asyncio.to_thread(shutil.rmtree, staging, True)
    log.info(
        "skill downloaded skill_id=%s version=%s -> %s", skill.skill_id, version.id, destination
    )
    return destination


async def _save_capped(response: Any, path: Path) -> None:
    written = 0
    try:
        with open(path, "wb") as out:
            async for chunk in response.iter_bytes():
                written += len(chunk)
                if written > MAX_SKILL_ARCHIVE_BYTES:
                    raise _TooLarge(f"the skill archive is over {MAX_SKILL_ARCHIVE_BYTES} bytes")
                out.write(chunk)
    finally:
        await response.close()


def _same(path: Path, other: Path) -> bool:
    try:
        return os.path.samestat(path.lstat(), other.lstat())
    except OSError:
        return False
