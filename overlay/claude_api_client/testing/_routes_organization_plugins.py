"""Claude Code plugins and their marketplaces (`client.beta.organization.plugins`,
`plugin_marketplaces`).

- The organization starts with its own marketplace (`plgmkt_local`, source `manual`, default
  preference `available`); an upload goes there unless it names another.
- A plugin's name and description come from `.claude-plugin/plugin.json` among the uploaded files
  (else the first file's top folder); a second plugin of that name in a marketplace is a 409.
  Every upload is a version; the served version follows the latest until `update` pins one.
  A version downloads as a zip of its files.
- Installation settings are keyed by target (`organization` or a group ID, which must exist);
  a plugin the organization owns is shared with the organization.
- Validating a marketplace reads `.claude-plugin/marketplace.json` from the archive (an archive
  that is not a zip, or lacks the manifest, is reported invalid); a repository is not fetched:
  its report is valid and empty.
"""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

from . import _crud
from . import _organization_records as records
from ._multipart import Part
from ._pages import keyed_page, token_page
from ._protocol import APIFailure, Call, Handler, Reply

__all__ = ["ANSWERS"]

PLUGINS = f"{records.ORG}/plugins"
VERSIONS = f"{records.ORG}/plugins/{{plugin_id}}/versions"
FILES = f"{records.ORG}/plugins#files"  # each version's uploaded files, by version ID
SETTINGS = f"{records.ORG}/plugins/{{plugin_id}}/installation_settings"
MARKETPLACES = f"{records.ORG}/plugin_marketplaces"
SEEDED = f"{records.ORG}/plugins#seeded"
MANIFEST = ".claude-plugin/plugin.json"


def _seed(call: Call) -> None:
    if not _crud.first_time(call.state, SEEDED):
        return
    marketplace = {
        "type": "plugin_marketplace",
        "id": "plgmkt_local",
        "name": "Local Organization",
        "owner": {"type": "organization"},
        "source": "manual",
        "default_installation_preference": "available",
        "sync_status": None,
        "last_sync_ended_at": None,
        "last_sync_read_sha": None,
        "created_at": call.state.timestamp(),
    }
    _crud.store(call.state, MARKETPLACES, {}, marketplace)


def _files(call: Call) -> list[tuple[str, bytes]]:
    files = [
        (part.filename or f"file{i}", part.data)
        for i, part in enumerate((call.body or {}).get("files") or [])
        if isinstance(part, Part)
    ]
    if not files:
        raise APIFailure(400, "invalid_request_error", "files: at least one file is required")
    return files


def _manifest(files: list[tuple[str, bytes]]) -> dict[str, Any]:
    for name, data in files:
        if name == MANIFEST or name.endswith("/" + MANIFEST):
            try:
                found = json.loads(data)
            except ValueError:
                raise APIFailure(400, "invalid_request_error", f"{MANIFEST}: not JSON") from None
            return found if isinstance(found, dict) else {}
    return {"name": files[0][0].split("/")[0]}


def _new_version(call: Call, plugin_id: str, files: list[tuple[str, bytes]]) -> dict[str, Any]:
    manifest = _manifest(files)
    version: dict[str, Any] = {
        "type": "plugin_version",
        "id": call.state.next_id("plgver"),
        "plugin_id": plugin_id,
        "created_at": call.state.timestamp(),
        "created_by": {"type": "api_actor", "api_key_id": "apikey_local"},
        "description": manifest.get("description"),
        "display_name": manifest.get("name"),
        "manifest_version": manifest.get("version"),
        "release_notes": (call.body or {}).get("release_notes"),
        "content_scan": {"status": "completed", "assessment": "pass", "reason": None},
        "components": [],
        "reach": "contained",
    }
    _crud.store(call.state, VERSIONS, {"plugin_id": plugin_id}, version)
    _crud.store(call.state, FILES, {}, {"id": version["id"], "files": files})
    return version


def plugins_create(call: Call) -> Reply:
    files = _files(call)
    manifest = _manifest(files)
    marketplace_id = (call.body or {}).get("marketplace_id") or "plgmkt_local"
    _crud.find(call.state, MARKETPLACES, marketplace_id, "marketplace")
    name = str(manifest.get("name") or "plugin")
    for plugin in _crud.items(call.state, PLUGINS, {}):
        if (plugin["marketplace_id"], plugin["name"]) == (marketplace_id, name):
            raise APIFailure(
                409,
                "invalid_request_error",
                f"a plugin named {name!r} exists",
                details={"error_code": "plugin_name_taken", "plugin_id": plugin["id"]},
            )
    plugin_id = call.state.next_id("plugin")
    version = _new_version(call, plugin_id, files)
    plugin = {
        "type": "plugin",
        "id": plugin_id,
        "name": name,
        "marketplace_id": marketplace_id,
        "owner": {"type": "organization"},
        "latest_version_id": version["id"],
        "served_version_id": version["id"],
        "served_version_pinned": False,
        "organization_installation_preference": None,
        "organization_installation_preference_inherited": True,
        **{k: version[k] for k in ("components", "content_scan", "created_by", "reach")},
        **{k: version[k] for k in ("description", "display_name", "manifest_version")},
        "created_at": version["created_at"],
        "updated_at": version["created_at"],
    }
    _crud.store(call.state, PLUGINS, {}, plugin)
    return Reply(body=plugin)


def _plugin(call: Call) -> dict[str, Any]:
    return _crud.find(call.state, PLUGINS, call.params["plugin_id"], "plugin")


def plugins_list(call: Call) -> Reply:
    fields = {
        "marketplace_id": "marketplace_id",
        "owner_type": "owner.type",
        "owner_user_id": "owner.user_id",
    }
    kept = _crud.matching(_crud.items(call.state, PLUGINS, {}), call.query, fields)
    page = _crud.list_page(call, records.op(call, "organization_plugins_list"), kept)
    return Reply(body=page)


def plugins_retrieve(call: Call) -> Reply:
    return Reply(body=_plugin(call))


def plugins_update(call: Call) -> Reply:
    plugin = _plugin(call)
    served = str((call.body or {}).get("served_version_id"))
    _version_of(call, plugin["id"], served)
    now = call.state.timestamp()
    _crud.modify(
        call.state, plugin, served_version_id=served, served_version_pinned=True, updated_at=now
    )
    return Reply(body=plugin)


def plugins_delete(call: Call) -> Reply:
    plugin = _plugin(call)
    with _crud.changing(call.state):
        call.state.records[PLUGINS].pop(plugin["id"])
        for collection in (VERSIONS, SETTINGS):
            kept = call.state.records.get(collection, {})
            for key in [k for k, r in kept.items() if r["parents"]["plugin_id"] == plugin["id"]]:
                kept.pop(key)
    return Reply(body={"type": "plugin_deleted", "id": plugin["id"]})


def _version_of(call: Call, plugin_id: str, version_id: str) -> dict[str, Any]:
    for version in _crud.items(call.state, VERSIONS, {"plugin_id": plugin_id}):
        if version["id"] == version_id:
            return version
    raise APIFailure(404, "not_found_error", f"version {version_id!r} not found")


def versions_create(call: Call) -> Reply:
    plugin = _plugin(call)
    version = _new_version(call, plugin["id"], _files(call))
    with _crud.changing(call.state):
        plugin["latest_version_id"] = version["id"]
        if not plugin["served_version_pinned"]:
            plugin["served_version_id"] = version["id"]
        plugin["updated_at"] = version["created_at"]
    return Reply(body=version)


def versions_list(call: Call) -> Reply:
    plugin = _plugin(call)
    newest_first = _crud.items(call.state, VERSIONS, {"plugin_id": plugin["id"]})[::-1]
    return Reply(body=token_page(newest_first, call.query))


def versions_retrieve(call: Call) -> Reply:
    return Reply(body=_version_of(call, _plugin(call)["id"], call.params["version"]))


def versions_download(call: Call) -> Reply:
    version = _version_of(call, _plugin(call)["id"], call.params["version"])
    stored = _crud.find(call.state, FILES, version["id"], "version files")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in stored["files"]:
            archive.writestr(zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0)), data)
    return Reply(content=buffer.getvalue(), content_type="application/zip")


def _target(call: Call) -> dict[str, Any]:
    target = call.params["target"]
    if target == "organization":
        return {"type": "organization"}
    _crud.find(call.state, records.GROUPS, target, "group")
    return {"type": "rbac_group", "rbac_group_id": target}


def settings_set(call: Call) -> Reply:
    plugin = _plugin(call)
    target = _target(call)
    key = f"{plugin['id']}/{call.params['target']}"
    now = call.state.timestamp()
    before = call.state.records.get(SETTINGS, {}).get(key)
    setting = {
        "type": "plugin_installation_setting",
        "plugin_id": plugin["id"],
        "target": target,
        "installation_preference": (call.body or {}).get("installation_preference"),
        "created_at": before["object"]["created_at"] if before else now,
        "updated_at": now,
    }
    _crud.store(call.state, SETTINGS, {"plugin_id": plugin["id"]}, setting, key)
    if target["type"] == "organization":
        with call.state.changed:
            plugin["organization_installation_preference"] = setting["installation_preference"]
            plugin["organization_installation_preference_inherited"] = False
    return Reply(body=setting)


def _target_key(item: dict[str, Any]) -> str:
    return str(
        item["target"].get("rbac_group_id") or item["target"].get("user_id") or "organization"
    )


def settings_list(call: Call) -> Reply:
    plugin = _plugin(call)
    found = _crud.items(call.state, SETTINGS, {"plugin_id": plugin["id"]})
    kept = _crud.matching(found, call.query, {"target_type": "target.type"})
    return Reply(body=keyed_page(kept, _target_key, call.query))


def settings_remove(call: Call) -> Reply:
    plugin = _plugin(call)
    key = f"{plugin['id']}/{call.params['target']}"
    setting = _crud.remove(call.state, SETTINGS, key, "installation setting")
    if setting["target"]["type"] == "organization":
        _crud.modify(
            call.state,
            plugin,
            organization_installation_preference=None,
            organization_installation_preference_inherited=True,
        )
    removed = {"type": "plugin_installation_setting_deleted", "plugin_id": plugin["id"]}
    return Reply(body={**removed, "target": setting["target"]})


def shares_list(call: Call) -> Reply:
    plugin = _plugin(call)
    shares = []
    if plugin["owner"]["type"] == "organization":
        shares.append(
            {
                "type": "plugin_share",
                "plugin_id": plugin["id"],
                "target": {"type": "organization"},
                "granted_at": plugin["created_at"],
            }
        )
    kept = _crud.matching(shares, call.query, {"target_type": "target.type"})
    return Reply(body=keyed_page(kept, _target_key, call.query))


def marketplaces_list(call: Call) -> Reply:
    fields = {"source": "source", "owner_type": "owner.type"}
    kept = _crud.matching(_crud.items(call.state, MARKETPLACES, {}), call.query, fields)
    return Reply(body=token_page(kept, call.query))


def _marketplace(call: Call) -> dict[str, Any]:
    return _crud.find(call.state, MARKETPLACES, call.params["marketplace_id"], "marketplace")


def marketplaces_retrieve(call: Call) -> Reply:
    return Reply(body=_marketplace(call))


def marketplaces_update(call: Call) -> Reply:
    preference = (call.body or {}).get("default_installation_preference")
    marketplace = _crud.modify(
        call.state, _marketplace(call), default_installation_preference=preference
    )
    return Reply(body=marketplace)


def _report(**fields: Any) -> dict[str, Any]:
    return {
        "type": "plugin_marketplace_validation_report",
        "valid": True,
        "total_plugin_count": 0,
        "plugin_errors": [],
        "plugin_warnings": [],
        "manifest_error": None,
        "manifest_error_code": None,
        "commit_sha": None,
        "ref": None,
        **fields,
    }


def validate_archive(call: Call) -> Reply:
    part = (call.body or {}).get("archive")
    data = part.data if isinstance(part, Part) else b""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = [n for n in archive.namelist() if n.endswith(".claude-plugin/marketplace.json")]
            manifest = json.loads(archive.read(min(names, key=len))) if names else None
    except (zipfile.BadZipFile, ValueError):
        return Reply(
            body=_report(
                valid=False,
                manifest_error="not a zip archive of a marketplace",
                manifest_error_code="invalid_archive",
            )
        )
    if not isinstance(manifest, dict):
        missing = ".claude-plugin/marketplace.json is missing or not an object"
        return Reply(
            body=_report(
                valid=False, manifest_error=missing, manifest_error_code="manifest_missing"
            )
        )
    plugins = manifest.get("plugins")
    count = len(plugins) if isinstance(plugins, list) else 0
    return Reply(body=_report(total_plugin_count=count))


def validate_repository(call: Call) -> Reply:
    ref = (call.body or {}).get("ref")
    return Reply(body=_report(ref=ref or "main", commit_sha="0" * 40))


_HANDLERS: dict[str, Handler] = {
    "organization_plugins_create": plugins_create,
    "organization_plugins_list": plugins_list,
    "organization_plugins_retrieve": plugins_retrieve,
    "organization_plugins_update": plugins_update,
    "organization_plugins_delete": plugins_delete,
    "organization_plugins_versions_create": versions_create,
    "organization_plugins_versions_list": versions_list,
    "organization_plugins_versions_retrieve": versions_retrieve,
    "organization_plugins_versions_download": versions_download,
    "organization_plugins_installation_settings_set": settings_set,
    "organization_plugins_installation_settings_list": settings_list,
    "organization_plugins_installation_settings_remove": settings_remove,
    "organization_plugins_shares_list": shares_list,
    "organization_plugin_marketplaces_list": marketplaces_list,
    "organization_plugin_marketplaces_retrieve": marketplaces_retrieve,
    "organization_plugin_marketplaces_update": marketplaces_update,
    "organization_plugin_marketplaces_validate_archive": validate_archive,
    "organization_plugin_marketplaces_validate_repository": validate_repository,
}
ANSWERS: dict[str, Handler] = {name: _crud.seeded_by(_seed)(h) for name, h in _HANDLERS.items()}
