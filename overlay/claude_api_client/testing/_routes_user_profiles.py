"""User profiles: what plain CRUD (`_crud`) cannot say.

A new profile carries what both forms of the API report: the GA form's enforcement standing
(`unrestricted`, no open actions, no program standing) and the beta form's `trust_grants` (none).

Its Google-managed data controls are one object per profile, read and updated.

The object exists as soon as its profile does (both controls off). An update changes only what
it names: a region given a new key or bucket turns `pending` (keeping the one it applied before
as its effective key or bucket), `null` removes a region's key or bucket, and turning a control
off or replacing a key or bucket retires the old one for `RETENTION`. A pending region passes
validation once `VALIDATION` of the simulator's clock has gone by (`state.advance(...)` in a
test), and is `active` from then on. Refused with 400: an update naming neither control, a
control turned on with no region set, a key ID that is not `ekey_...`, one bucket in two regions.
"""

from __future__ import annotations

import copy
import datetime as _dt
from typing import Any

from . import _crud
from ._protocol import APIFailure, Call, Handler, Reply

__all__ = ["ROUTES"]

PROFILES = "/v1/user_profiles"
CONTROLS = "/v1/user_profiles#google_data_controls"  # by profile id (not an API collection)
PENDING = (
    "/v1/user_profiles#google_data_controls_pending"  # profile id -> {control: {region: since}}
)
VALIDATION = _dt.timedelta(seconds=60)
RETENTION = _dt.timedelta(days=30)


def user_profiles_create(call: Call) -> Reply:
    given = {
        **(call.body or {}),
        "trust_grants": {},
        "enforcement_status": "unrestricted",
        "enforcement_actions": [],
        "programs": {"cyber": None, "efs": None},
    }
    return Reply(body=_crud.create(call, call.document.by_id["user_profiles_create"], given))


def _refuse(message: str) -> APIFailure:
    return APIFailure(400, "invalid_request_error", message)


def _record(call: Call) -> tuple[dict[str, Any], dict[str, dict[str, _dt.datetime]]]:
    """(the profile's controls, when each pending region started), created on first use."""
    profile_id = call.params["user_profile_id"]
    _crud.find(call.state, PROFILES, profile_id, "user_profile")
    with call.state.lock:
        found = call.state.records.get(CONTROLS, {}).get(profile_id)
        if found is not None:
            return found["object"], call.state.records[PENDING][profile_id]["object"]
    controls = {
        "type": "google_managed_data_controls",
        "user_profile_id": profile_id,
        "bucket_label_value": "anthropic-" + profile_id.lower().replace("_", "-"),
        "cmek": {"type": "disabled", "retired_keys": []},
        "storage": {"type": "disabled", "retired_buckets": []},
        "updated_at": call.state.timestamp(),
    }
    pending: dict[str, dict[str, _dt.datetime]] = {"cmek": {}, "storage": {}}
    _crud.store(call.state, PENDING, {}, dict(pending), key=profile_id)
    _crud.store(call.state, CONTROLS, {}, controls, key=profile_id)
    return controls, pending


def _settle(call: Call, controls: dict[str, Any], pending: dict[str, Any]) -> None:
    """Pass validation for every region that has been pending long enough."""
    now = call.state.now()
    for name in ("cmek", "storage"):
        control = controls[name]
        for region, since in list(pending[name].items()):
            if now - since < VALIDATION:
                continue
            del pending[name][region]
            if control["type"] != "enabled" or region not in control["status"]:
                continue
            validated: dict[str, Any] = {
                "type": "active",
                "validated_at": call.state.timestamp(now),
            }
            if name == "cmek":
                key = control["external_key_ids"].get(region)
                validated.update(effective_external_key_id=key, error=None, last_checked_at=None)
            else:
                bucket = control["buckets"].get(region)
                effective = (
                    {k: bucket[k] for k in ("bucket_name", "project_number")} if bucket else None
                )
                validated.update(effective_bucket=effective, failed_checks=[])
            control["status"][region] = validated
            controls["updated_at"] = call.state.timestamp(now)


def _effective(status: dict[str, Any] | None, field: str) -> Any:
    """What a region applies now: kept while its new key or bucket is being checked."""
    return status.get(field) if status is not None else None


def _update_cmek(
    call: Call, current: dict[str, Any], given: dict[str, Any], pending: dict[str, Any]
) -> dict[str, Any]:
    expires = call.state.timestamp(call.state.now() + RETENTION)
    retired = list(current["retired_keys"])
    keys: dict[str, str] = dict(current.get("external_key_ids", {}))
    status: dict[str, Any] = dict(current.get("status", {}))
    if given["type"] == "disabled":
        retired += [
            {"external_key_id": key, "region": region, "expires_at": expires}
            for region, key in keys.items()
        ]
        pending.clear()
        return {"type": "disabled", "retired_keys": retired}
    for region, key in (given.get("external_key_ids") or {}).items():
        if key is not None and not (isinstance(key, str) and key.startswith("ekey_")):
            raise _refuse(
                f"external_key_ids.{region}: {key!r} is not an External Key ID (ekey_...)"
            )
        old = keys.get(region)
        if old is not None and old != key:
            retired.append({"external_key_id": old, "region": region, "expires_at": expires})
        effective = _effective(status.get(region), "effective_external_key_id")
        if key is None:
            keys.pop(region, None)
            status[region] = {"type": "not_configured", "effective_external_key_id": None}
            pending.pop(region, None)
        else:
            keys[region] = key
            status[region] = {
                "type": "pending",
                "effective_external_key_id": effective,
                "error": None,
            }
            pending[region] = call.state.now()
    if not keys:
        raise _refuse("cmek: a control that is on needs a key in at least one region")
    return {"type": "enabled", "external_key_ids": keys, "retired_keys": retired, "status": status}


def _update_storage(
    call: Call, current: dict[str, Any], given: dict[str, Any], pending: dict[str, Any]
) -> dict[str, Any]:
    expires = call.state.timestamp(call.state.now() + RETENTION)
    retired = list(current["retired_buckets"])
    buckets: dict[str, dict[str, Any]] = dict(current.get("buckets", {}))
    status: dict[str, Any] = dict(current.get("status", {}))

    def retire(region: str, bucket: dict[str, Any]) -> None:
        retired.append(
            {
                "bucket_name": bucket["bucket_name"],
                "project_number": bucket["project_number"],
                "region": region,
                "expires_at": expires,
            }
        )

    if given["type"] == "disabled":
        for region, bucket in buckets.items():
            retire(region, bucket)
        pending.clear()
        return {"type": "disabled", "retired_buckets": retired}
    for region, ref in (given.get("buckets") or {}).items():
        old = buckets.get(region)
        same = ref is not None and old is not None and all(old[k] == ref[k] for k in ref)
        if old is not None and not same:
            retire(region, old)
        effective = _effective(status.get(region), "effective_bucket")
        if ref is None:
            buckets.pop(region, None)
            status[region] = {"type": "not_configured", "effective_bucket": None}
            pending.pop(region, None)
            continue
        buckets[region] = {
            "bucket_name": ref["bucket_name"],
            "project_number": ref["project_number"],
            "project_id": None,
            "location": None,
            "kms_key_name": None,
        }
        status[region] = {"type": "pending", "effective_bucket": effective, "failed_checks": []}
        pending[region] = call.state.now()
    names = [(b["project_number"], b["bucket_name"]) for b in buckets.values()]
    if len(set(names)) != len(names):
        raise _refuse("storage: a bucket can serve only one region")
    if not buckets:
        raise _refuse("storage: a control that is on needs a bucket in at least one region")
    return {"type": "enabled", "buckets": buckets, "retired_buckets": retired, "status": status}


def data_controls_retrieve(call: Call) -> Reply:
    controls, pending = _record(call)
    with call.state.changed:
        _settle(call, controls, pending)
        return Reply(body=copy.deepcopy(controls))


def data_controls_update(call: Call) -> Reply:
    body = call.body or {}
    if "cmek" not in body and "storage" not in body:
        raise _refuse("send `cmek`, `storage`, or both")
    controls, pending = _record(call)
    with call.state.changed:
        _settle(call, controls, pending)
        # Work on copies: a refused update leaves the controls as they were.
        changed = {name: copy.deepcopy(controls[name]) for name in ("cmek", "storage")}
        waiting = copy.deepcopy(pending)
        if body.get("cmek") is not None:
            changed["cmek"] = _update_cmek(call, changed["cmek"], body["cmek"], waiting["cmek"])
        if body.get("storage") is not None:
            changed["storage"] = _update_storage(
                call, changed["storage"], body["storage"], waiting["storage"]
            )
        controls.update(changed, updated_at=call.state.timestamp())
        pending.update(waiting)
        call.state.changed.notify_all()
        return Reply(body=copy.deepcopy(controls))


ROUTES: dict[str, Handler] = {
    "user_profiles_create": user_profiles_create,
    "user_profiles_providers_google_data_controls_retrieve": data_controls_retrieve,
    "user_profiles_providers_google_data_controls_update": data_controls_update,
}
