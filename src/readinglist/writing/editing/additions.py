"""Where a new entry goes: the plan for ``add``, by the rules of :mod:`.moves`.

After the last entry of its topic and status, written like it; else beside task boxes that
say its status; else into the page's group of its status, in its topics there (created
when missing); else into its topics on a page without status groups; else into a new group
of its status, written like the page's own.
"""

from __future__ import annotations

from readinglist.status import Status
from readinglist.writing.editing.layout import Opener, has_box
from readinglist.writing.editing.moves import Moves, box_says, fold
from readinglist.writing.editing.placements import (
    Block,
    Edit,
    after,
    boxed,
    dedented,
    label_for,
    new_group_beside,
    placements_after_sibling,
    status_opener,
)
from readinglist.writing.output.escape import escape_text


def add_plan(
    moves: Moves, block: Block, groups: tuple[str, ...], target: Status
) -> list[Edit] | None:
    """The edits that add ``block`` (an entry without prefix) in ``groups`` as ``target``."""
    layout, page, vocabulary = moves.layout, moves.page, moves.vocabulary
    sibling = moves.siblings(groups, target, None)
    if sibling:
        return [placements_after_sibling(layout, sibling[0], block, target)]
    same_topic = [e for e in page.entries if e.groups == groups]
    model = same_topic[-1] if same_topic else (page.entries[-1] if page.entries else None)
    prefix = "- " if model is None else layout.prefix(model.line, model.column)
    styled = Block(block.first, (), boxed(prefix, target) if has_box(prefix) else prefix)
    boxed_ones = [e for e in same_topic if e.checked is not None]
    if boxed_ones:
        around = status_opener(layout, boxed_ones[-1])
        status = around.status if around is not None and around.status else vocabulary.default
        if box_says(target, status):
            return [placements_after_sibling(layout, boxed_ones[-1], styled, target)]
    around = status_opener(layout, model) if model is not None else None
    group = moves.status_group(target, around, model)
    outside, inside = _topic_split(moves, groups, group)
    if group is not None:
        placed = moves.into_group(group, inside, styled, target)
        return None if placed is None else [placed]
    if target is vocabulary.default and not any(
        o.status is not None for o in layout.openers.values()
    ):
        return _into_topics(moves, groups, styled, target)
    label = label_for(target, vocabulary)
    if around is not None:
        return [new_group_beside(layout, around, target, label, styled, styled.old_prefix)]
    lines = [
        line
        for name in outside
        for line in ("### " + escape_text(name) + layout.newline, layout.newline)
    ]
    end = layout.last_non_blank(layout.body_start + 1, len(layout.lines))
    heading = "## " + label + layout.newline
    entry_lines = styled.lines(dedented(styled.old_prefix) or "- ")
    return [after(layout, end, [heading, layout.newline, *lines, *entry_lines], blank=end > 0)]


def _topic_split(
    moves: Moves, groups: tuple[str, ...], group: Opener | None
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The topic names outside a status group (the ones holding it) and inside it."""
    if group is None:
        return groups, ()
    layout = moves.layout
    outer: list[str] = []
    line = layout.enclosing[group.line]
    while line:
        opener = layout.openers[line]
        if opener.status is None:
            outer.insert(0, opener.label)
        line = layout.enclosing[line]
    count = 0
    while count < len(outer) and count < len(groups) and fold(outer[count]) == fold(groups[count]):
        count += 1
    return groups[:count], groups[count:]


def _into_topics(
    moves: Moves, groups: tuple[str, ...], block: Block, target: Status
) -> list[Edit] | None:
    """An entry of the default status on a page without status groups: into its topics."""
    layout = moves.layout
    if not groups:
        end = layout.last_non_blank(layout.body_start + 1, len(layout.lines))
        return [after(layout, end, block.lines(dedented(block.old_prefix) or "- "), blank=end > 0)]
    matched = [
        o for o in layout.children(0) if o.status is None and fold(o.label) == fold(groups[0])
    ]
    if matched:
        placed = moves.into_group(matched[0], groups[1:], block, target)
        return None if placed is None else [placed]
    end = layout.last_non_blank(layout.body_start + 1, len(layout.lines))
    levels = [o.level for o in layout.openers.values() if o.kind == "heading"]
    level = min(levels) if levels else 2
    lines: list[str] = []
    for depth, name in enumerate(groups):
        heading = "#" * min(level + depth, 6) + " " + escape_text(name)
        lines += [heading + layout.newline, layout.newline]
    entry_lines = block.lines(dedented(block.old_prefix) or "- ")
    return [after(layout, end, [*lines, *entry_lines], blank=end > 0)]
