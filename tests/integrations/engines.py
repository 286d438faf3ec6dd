"""Skip an engine's tests when it is not installed, except in `nox -s integrations`.

That session sets CLEANARTICLE_REQUIRE_ENGINES=1, so a broken install fails loudly instead of
turning every engine test into a quiet skip.
"""

import importlib
import os
from types import ModuleType

import pytest


def require(module: str) -> ModuleType:
    if os.environ.get("CLEANARTICLE_REQUIRE_ENGINES") == "1":
        return importlib.import_module(module)
    return pytest.importorskip(module)
