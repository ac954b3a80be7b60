"""Persistence (SQLAlchemy 2.x; SQLite by default, PostgreSQL by URL): audit log, incidents, API keys.

``store`` imports ``core`` only (and SQLAlchemy). Nothing here is imported by ``import shieldwall``.
"""

from __future__ import annotations

from shieldwall.store.audit import Anchor, AuditLog, Problem, VerifyResult
from shieldwall.store.db import Database, default_data_dir, default_database_url
from shieldwall.store.incidents import Incident, IncidentStore
from shieldwall.store.keys import ApiKey, KeyStore
from shieldwall.store.tenants import StoredTenant, TenantStore

__all__ = [
    "Anchor",
    "ApiKey",
    "AuditLog",
    "Database",
    "Incident",
    "IncidentStore",
    "KeyStore",
    "Problem",
    "StoredTenant",
    "TenantStore",
    "VerifyResult",
    "default_data_dir",
    "default_database_url",
]
