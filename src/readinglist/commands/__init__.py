"""The commands of the ``readinglist`` command line, one module each.

Every module has ``register(commands)``, which adds its subparser; see :mod:`readinglist.cli`.
"""
