"""Ground truth: which person each name in each document is."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bench.synth.world import World


@dataclass(slots=True)
class Mentions:
    """The people one document names: name -> (person id, roles). One name is one person per document."""

    by_name: dict[str, tuple[str, list[str]]] = field(default_factory=dict)

    def free(self, world: World, pid: str) -> bool:
        """True if the person can be named here without two people sharing a name in this document."""
        held = self.by_name.get(world.people[pid].name)
        return held is None or held[0] == pid

    def add(self, world: World, pid: str, role: str) -> None:
        name = world.people[pid].name
        held = self.by_name.setdefault(name, (pid, []))
        if held[0] != pid:
            raise ValueError(f"two people named {name} in one document: {held[0]} and {pid}")
        if role not in held[1]:
            held[1].append(role)

    def add_all(self, world: World, pids: tuple[str, ...] | list[str], role: str) -> None:
        for pid in pids:
            self.add(world, pid, role)

    def rows(self, document: str) -> list[dict[str, Any]]:
        return [{"document": document, "name": name, "person": pid, "roles": roles}
                for name, (pid, roles) in self.by_name.items()]
