-- tinhso schema starts here. Each module adds its own numbered migrations; landed migrations are never edited.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
