"""Pure business rules: no Qt, no database, nothing else of the project imported."""
