-- procedure: the catalogue of administrative procedures, one row per version.
-- A change never overwrites: it adds version n+1 with the date it takes effect, so that a dossier filed under
-- an earlier version still reads the rules it was filed under.

CREATE TABLE procedure_field (
    code text PRIMARY KEY CHECK (code ~ '^[A-Z0-9_.-]{1,20}$'),
    name text NOT NULL
);

CREATE TABLE procedure_version (
    code               text        NOT NULL CHECK (code ~ '^[0-9]\.[0-9]{6}$'),
    version            integer     NOT NULL CHECK (version >= 1),
    valid_from         date        NOT NULL,
    name               text        NOT NULL,
    field_code         text        NOT NULL REFERENCES procedure_field (code),
    level              text        NOT NULL CHECK (level IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    agency_codes       text[]      NOT NULL CHECK (cardinality(agency_codes) >= 1),
    applicants         text[]      NOT NULL,
    processing_amount  integer     NOT NULL CHECK (processing_amount >= 1),
    processing_unit    text        NOT NULL CHECK (processing_unit IN ('WORKING_DAYS', 'WORKING_HOURS')),
    cutoff_time        time,
    online_level       text        NOT NULL CHECK (online_level IN ('FULL_PROCESS', 'PARTIAL', 'NONE')),
    on_national_portal boolean     NOT NULL,
    legal_basis        text        NOT NULL DEFAULT '',
    documents          jsonb       NOT NULL DEFAULT '[]',
    fees               jsonb       NOT NULL DEFAULT '[]',
    total_fees         bigint      NOT NULL DEFAULT 0,
    result             jsonb       NOT NULL,
    workflow           jsonb       NOT NULL,
    abolished          boolean     NOT NULL DEFAULT false,
    recorded_at        timestamptz NOT NULL DEFAULT now(),
    recorded_by        text        NOT NULL,
    PRIMARY KEY (code, version)
);
CREATE INDEX procedure_version_effective ON procedure_version (code, valid_from DESC, version DESC);

-- The version in force today (Vietnam's date) of every procedure, abolished ones included.
CREATE VIEW procedure_in_force AS
SELECT DISTINCT ON (code) *
FROM procedure_version
WHERE valid_from <= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
ORDER BY code, valid_from DESC, version DESC;
