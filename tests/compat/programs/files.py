"""Files: upload, list (auto-paging), download, delete, GA and beta."""

import anthropic
from _observe import show
from anthropic.types import FileMetadata

client = anthropic.Anthropic()

uploaded = [
    client.files.upload(file=(f"note-{n}.txt", f"note {n}".encode(), "text/plain"))
    for n in range(3)
]
assert all(isinstance(f, FileMetadata) for f in uploaded)
show("upload", [(f.filename, f.mime_type, f.size_bytes, f.type) for f in uploaded])

listed = [f.filename for f in client.files.list(limit=2)]
show("list_all_pages", listed)
show("beta_list_all_pages", [f.filename for f in client.beta.files.list(limit=2)])

meta = client.files.retrieve_metadata(uploaded[0].id)
show("retrieve", meta.filename)
show("download", client.files.download(uploaded[0].id).read().decode())
show("beta_download", client.beta.files.download(uploaded[1].id).read().decode())

deleted = client.files.delete(uploaded[2].id)
show("delete", {"type": deleted.type, "same": deleted.id == uploaded[2].id})
show("after_delete", sorted(f.filename for f in client.files.list()))
