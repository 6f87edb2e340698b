"""The registry of attribution rules: every ``rule`` value in a stance row names one function here.

:data:`HOLDER_RULES` is the ordered list the holder step tries, first match
wins; :data:`RULES` maps every rule name that can appear in the output to its
function, including the ones applied after the holder step (``demand``,
``reported_speech``, ``deontic``, ``own_side``, ``condition_demand``, ``intention``, ``signatories``,
``shared_position``, ``provisions``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, NamedTuple, Optional

from spacy.tokens import Span

if TYPE_CHECKING:
    from helpers.stance.document import ArticleIndex
    from helpers.stance.hits import CueHit

__all__ = ["Attribution", "HolderRule", "HOLDER_RULES", "RULES", "holder_rule", "rule"]


class Attribution(NamedTuple):
    """What a holder rule found: the actors (possibly none: the rule claims the cue for nobody)."""

    holders: tuple[str, ...]
    end: int = -1      # token after a holder phrase found after the cue ("set by Trump"), for the topic scope


HolderFn = Callable[["ArticleIndex", "CueHit", Span], Optional[Attribution]]


@dataclass(frozen=True)
class HolderRule:
    """A named attribution rule: ``fn`` returns None when it does not apply, so the next one is tried."""

    name: str
    fn: HolderFn


HOLDER_RULES: list[HolderRule] = []
RULES: dict[str, Callable] = {}


def _register(name: str, fn: Callable) -> None:
    if name in RULES:
        raise ValueError(f"stance rule {name!r} is registered twice")
    RULES[name] = fn


def holder_rule(name: str, *, before: str | None = None) -> Callable[[HolderFn], HolderFn]:
    """Register a holder rule under ``name``: after the ones registered before it, or right before ``before``."""
    def register(fn: HolderFn) -> HolderFn:
        at = len(HOLDER_RULES)
        if before is not None:
            at = next((k for k, r in enumerate(HOLDER_RULES) if r.name == before), -1)
            if at < 0:
                raise ValueError(f"holder rule {name!r} goes before {before!r}, which is not registered")
        _register(name, fn)
        HOLDER_RULES.insert(at, HolderRule(name, fn))
        return fn
    return register


def rule(name: str) -> Callable[[Callable], Callable]:
    """Register a rule the conditions step applies (it reassigns holders after the holder step)."""
    def register(fn: Callable) -> Callable:
        _register(name, fn)
        return fn
    return register
