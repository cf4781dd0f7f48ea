"""Skills and their versions, kept in memory; a version downloads as a zip of its files."""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from ._multipart import Part
from ._pages import token_page
from ._protocol import APIFailure, Call, Handler, Reply
from ._state import SkillRecord, VersionRecord, bodies, held, newest_first

__all__ = ["ROUTES"]

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---", re.DOTALL)


def _front_matter(files: list[tuple[str, bytes]]) -> dict[str, str]:
    """`name` and `description` from the SKILL.md front matter (the first file that has one)."""
    for _, data in files:
        found = _FRONT_MATTER.match(data.decode("utf-8", errors="replace"))
        if found:
            fields: dict[str, str] = {}
            for line in found.group(1).splitlines():
                key, sep, value = line.partition(":")
                if sep:
                    fields[key.strip()] = value.strip()
            return fields
    return {}


def _files(call: Call) -> list[tuple[str, bytes]]:
    parts = call.body.get("files") or []
    files: list[tuple[str, bytes]] = []
    for index, part in enumerate(parts):
        if isinstance(part, Part):
            files.append((part.filename or f"file{index}", part.data))
        else:
            files.append((f"file{index}", str(part).encode()))
    if not files:
        raise APIFailure(400, "invalid_request_error", "files: at least one file is required")
    return files


def _skill(call: Call) -> SkillRecord:
    return held(call, call.state.skills, "skill_id", "skill")


def _version(call: Call) -> VersionRecord:
    wanted = call.params["version"]
    versions = _skill(call).versions
    if wanted == "latest" and versions:  # the alias a session's agent may name
        return versions[0]
    for version in versions:
        if wanted in (version.body["id"], version.body["version"]):
            return version
    raise APIFailure(404, "not_found_error", f"version: no version {wanted!r}")


def _new_version(call: Call, skill: SkillRecord, files: list[tuple[str, bytes]]) -> VersionRecord:
    state = call.state
    meta = _front_matter(files)
    created = state.now()
    label = created.strftime("%Y%m%d%H%M%S")
    first = files[0][0]
    body: dict[str, Any] = {
        "id": state.next_id("skillver"),
        "type": "skill_version",
        "skill_id": skill.body["id"],
        "name": meta.get("name", "skill"),
        "description": meta.get("description", ""),
        "directory": first.split("/", 1)[0] if "/" in first else meta.get("name", "skill"),
        "version": label,
        "created_at": state.timestamp(created),
    }
    version = VersionRecord(body=body, files=files)
    skill.versions.insert(0, version)
    skill.body.update(
        latest_version_id=body["id"], latest_version=label, updated_at=body["created_at"]
    )
    return version


def skills_create(call: Call) -> Reply:
    state = call.state
    files = _files(call)
    stamp = state.timestamp()
    title = call.body.get("display_title") or call.body.get("display_name")
    if title is None and not call.request.betas and "beta" not in call.request.query:
        # The GA API names an untitled skill after the `name` in its SKILL.md front matter.
        title = _front_matter(files).get("name")
    body: dict[str, Any] = {
        "id": state.next_id("skill"),
        "type": "skill",
        "source": "custom",
        "display_title": title,
        "created_at": stamp,
        "updated_at": stamp,
    }
    if title is not None:
        body["display_name"] = title
    record = SkillRecord(body=body)
    with state.lock:
        _new_version(call, record, files)
        state.skills[body["id"]] = record
    return Reply(body=dict(body))


def skills_list(call: Call) -> Reply:
    return Reply(body=token_page(newest_first(call.state, call.state.skills), call.query))


def skills_retrieve(call: Call) -> Reply:
    return Reply(body=bodies(call.state, [_skill(call)])[0])


def skills_delete(call: Call) -> Reply:
    with call.state.lock:
        record = _skill(call)
        if record.versions:
            raise APIFailure(
                400, "invalid_request_error", "skill_id: delete the skill's versions first"
            )
        del call.state.skills[record.body["id"]]
    return Reply(body={"id": record.body["id"], "type": "skill_deleted"})


def versions_create(call: Call) -> Reply:
    files = _files(call)
    with call.state.lock:
        version = _new_version(call, _skill(call), files)
    return Reply(body=dict(version.body))


def versions_list(call: Call) -> Reply:
    return Reply(body=token_page(bodies(call.state, _skill(call).versions), call.query))


def versions_retrieve(call: Call) -> Reply:
    return Reply(body=bodies(call.state, [_version(call)])[0])


def versions_delete(call: Call) -> Reply:
    with call.state.lock:
        skill = _skill(call)
        version = _version(call)
        skill.versions.remove(version)
        latest = skill.versions[0].body if skill.versions else None
        if latest is not None:
            skill.body.update(latest_version_id=latest["id"], latest_version=latest["version"])
        else:
            skill.body.pop("latest_version_id", None)
            skill.body["latest_version"] = None
    return Reply(body={"id": version.body["id"], "type": "skill_version_deleted"})


def versions_download(call: Call) -> Reply:
    with call.state.lock:
        version = _version(call)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in version.files:
            info = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            archive.writestr(info, data)
    return Reply(content=buffer.getvalue(), content_type="application/zip")


ROUTES: dict[str, Handler] = {
    "skills_create": skills_create,
    "skills_list": skills_list,
    "skills_retrieve": skills_retrieve,
    "skills_delete": skills_delete,
    "skills_versions_create": versions_create,
    "skills_versions_list": versions_list,
    "skills_versions_retrieve": versions_retrieve,
    "skills_versions_delete": versions_delete,
    "skills_versions_download": versions_download,
}
