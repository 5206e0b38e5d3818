"""Writing files safely: locks, atomic replacement, and what a signal must not leave behind."""
