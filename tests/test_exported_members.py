from __future__ import annotations

import shieldwall
import shieldwall.core
import shieldwall.policy


def test_public_surface_is_sorted_and_resolvable():
    for mod in (shieldwall, shieldwall.core, shieldwall.policy):
        assert mod.__all__ == sorted(mod.__all__), mod.__name__
        for name in mod.__all__:
            assert getattr(mod, name) is not None
