"""Storage: the database, its models, migrations and the lean sqlite3 path. Knows no use case."""
