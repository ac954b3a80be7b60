"""The adaptation loop: confirmed attacks and admin-labelled false positives change what Shieldwall blocks.

- ``index``: the in-memory vector index (exact numpy, or hnswlib above a few thousand rows);
- ``live``: the index as persisted in the store, reloaded in running processes (polling + Redis);
- ``scanner``: the ``known_attacks`` scanner (category ``known_attack``) and the allow-exemplar exemption;
- ``feedback``: adding entries from texts, incidents (``apply_label``) and red-team runs.

``adapt`` sits above ``models``, ``policy`` and ``store``; nothing here is imported by ``import shieldwall``.
"""
