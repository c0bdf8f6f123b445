"""Pure domain logic: no Qt, no I/O, no heavy imports (checked by import-linter)."""
