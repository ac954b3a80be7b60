from __future__ import annotations

from tests.gateway.test_redis_limits import redis_url
from tests.store.conftest import db

__all__ = ["db", "redis_url"]
