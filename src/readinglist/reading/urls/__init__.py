"""URLs: canonical keys, sites and problems, with a shortcut for the common shape."""
