from __future__ import annotations

import pytest

from graph.stores.base import Store
from tests.queries.graphs import load_world


@pytest.fixture
def world(store: Store) -> Store:
    """The 青松 award nomination and the 东湖研究院 news article, loaded (on each backend in turn)."""
    load_world(store)
    return store
