"""Limits on front matter from untrusted pages: size, nesting, expanded size, integer width.

YAML aliases share one object between many places, so a "billion laughs" block of a few
hundred bytes constructs quickly but expands to billions of values as soon as anything walks
it (a JSON export, ``repr``, ``==``, the writer); an alias may even contain itself. The
checks here bound what a front matter value may grow to *as walked*, so that everything
downstream stays linear in the size of the page. The bound is checked twice: on the node
graph PyYAML composes, before anything is constructed (merge keys, ``<<``, copy the pairs
they merge while constructing, which an alias bomb of merges makes exponential), and on
the constructed value (TOML has no aliases, but may be large).
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import yaml

MAX_DEPTH = 64
"""Deepest nesting of lists and mappings accepted in front matter."""
MAX_VALUES = 100_000
"""Most values (keys, items and scalars, each alias counted every time it is used)."""
MAX_INTEGER_BITS = 1024
"""Widest integer accepted (about 308 decimal digits; Python refuses to print far wider)."""
DEFAULT_MAX_FRONT_MATTER_SIZE = 256_000
"""Largest front matter parsed, in bytes of UTF-8; a larger one is ``front-matter-too-large``."""

_TOO_MANY_VALUES = (
    f"expands to more than {MAX_VALUES} values (an alias bomb, or an alias that contains itself)"
)


class FrontMatterLimitError(ValueError):
    """Front matter that is nested too deeply, expands too far, or holds a huge number."""


# Over 60 lines: the loader class is defined inside this function, because PyYAML, which it
# extends, is imported only on first use (it is slow to import).
@cache
def bounded_safe_loader() -> type[yaml.SafeLoader]:
    """PyYAML's safe loader, refusing deep nesting while composing and bad values while building.

    Only the standard YAML tags construct anything (``!!python/...`` tags are an error, as
    with :class:`yaml.SafeLoader`); a value the constructors cannot build (``2001-13-45``, an
    integer too wide to print) is a :class:`~yaml.constructor.ConstructorError` at its mark
    instead of a bare :class:`ValueError`. Built on first use, like the YAML handler: PyYAML
    is slow to import.
    """
    import yaml
    from yaml.composer import ComposerError
    from yaml.constructor import ConstructorError
    from yaml.nodes import MappingNode, Node, SequenceNode

    def check_expansion(root: Node) -> None:
        """Walk the composed graph as construction would expand it; stop past the limit."""
        pending, visited = [root], 0
        while pending:
            node = pending.pop()
            visited += 1
            if visited > MAX_VALUES:
                raise FrontMatterLimitError(_TOO_MANY_VALUES)
            if isinstance(node, MappingNode):
                pending.extend(item for pair in node.value for item in pair)
            elif isinstance(node, SequenceNode):
                pending.extend(node.value)

    class BoundedSafeLoader(yaml.SafeLoader):
        def __init__(self, stream: str) -> None:
            super().__init__(stream)
            self._depth = 0

        def compose_node(self, parent: Node | None, index: Any) -> Node | None:
            """Compose one node, counting how deep the composer has recursed."""
            self._depth += 1
            try:
                if self._depth > MAX_DEPTH:
                    raise ComposerError(
                        None,
                        None,
                        f"nested more than {MAX_DEPTH} levels deep",
                        self.peek_event().start_mark,  # type: ignore[no-untyped-call]
                    )
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1

        def construct_document(self, node: Node) -> Any:
            """Construct the document once its expanded size is known to be within limits."""
            check_expansion(node)
            return super().construct_document(node)

        def construct_object(self, node: Node, deep: bool = False) -> Any:
            """Construct one node; constructors' value errors become errors at its mark."""
            try:
                value = super().construct_object(node, deep=deep)
            except (ValueError, OverflowError) as error:
                message = f"cannot read value: {error}"
                raise ConstructorError(None, None, message, node.start_mark) from None
            if isinstance(value, int) and value.bit_length() > MAX_INTEGER_BITS:
                raise ConstructorError(
                    None, None, f"integer wider than {MAX_INTEGER_BITS} bits", node.start_mark
                )
            return value

    return BoundedSafeLoader


def check_front_matter_value(data: object) -> None:
    """Walk ``data`` as a consumer would; :class:`FrontMatterLimitError` if it is too big.

    The walk visits each use of a shared (aliased) value again, exactly like a JSON encoder,
    and stops as soon as a limit is passed, so it costs at most :data:`MAX_VALUES` steps even
    for an alias bomb or a value that contains itself.
    """
    pending: list[tuple[object, int]] = [(data, 1)]
    visited = 0
    while pending:
        value, depth = pending.pop()
        visited += 1
        if visited > MAX_VALUES:
            raise FrontMatterLimitError(_TOO_MANY_VALUES)
        if depth > MAX_DEPTH:
            raise FrontMatterLimitError(f"nested more than {MAX_DEPTH} levels deep")
        if isinstance(value, dict):
            pending.extend((item, depth + 1) for pair in value.items() for item in pair)
        elif isinstance(value, list | tuple | set | frozenset):
            pending.extend((item, depth + 1) for item in value)
        elif isinstance(value, int) and value.bit_length() > MAX_INTEGER_BITS:
            raise FrontMatterLimitError(f"holds an integer wider than {MAX_INTEGER_BITS} bits")
