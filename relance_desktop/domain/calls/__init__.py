"""Collection calls: vocabularies, guards, payment plans, promises, the script (pure)."""
