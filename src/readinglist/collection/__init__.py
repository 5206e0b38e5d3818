"""Many pages at once: finding them, cross-page checks, and the Just the Docs navigation."""

from readinglist.collection.files import PathArgument, find_pages
from readinglist.collection.navigation import NavigationNode
from readinglist.collection.pages import Collection, collect, load_collection

__all__ = [
    "Collection",
    "NavigationNode",
    "PathArgument",
    "collect",
    "find_pages",
    "load_collection",
]
