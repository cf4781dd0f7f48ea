"""Skills: create from files, retrieve, list, versions, delete."""

import anthropic
from _observe import show

client = anthropic.Anthropic()
SKILL_MD = b"---\nname: compat-skill\ndescription: used by the compat suite\n---\nDo things.\n"

skill = client.skills.create(files=[("compat/SKILL.md", SKILL_MD, "text/markdown")])
show(
    "create",
    {
        "type": skill.type,
        "display_name": skill.display_name,
        "has_version": bool(skill.latest_version_id),
    },
)
show("retrieve", client.skills.retrieve(skill.id).id == skill.id)
show("list", skill.id in [s.id for s in client.skills.list()])

version = client.skills.versions.create(
    skill.id, files=[("compat/SKILL.md", SKILL_MD, "text/markdown")]
)
versions = list(client.skills.versions.list(skill.id))
show("versions", {"count": len(versions), "name": versions[0].name, "type": version.type})
for v in versions:
    client.skills.versions.delete(v.version, skill_id=skill.id)
deleted = client.skills.delete(skill.id)
show("delete", {"type": deleted.type, "same": deleted.id == skill.id})
