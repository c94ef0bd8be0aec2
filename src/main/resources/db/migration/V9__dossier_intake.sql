-- dossier: the one-stop shop's dossiers, from submission or desk registration to reception.

-- Thông tư 01/2018/TT-VPCP Art. 19: the code is <agency identifier code>-YYMMDD-XXXX, XXXX the agency's
-- sequence of that day. One row per agency and day; the row lock serialises concurrent submissions.
CREATE TABLE dossier_sequence (
    agency_code text    NOT NULL,
    day         date    NOT NULL,
    last_value  integer NOT NULL CHECK (last_value BETWEEN 1 AND 9999),
    PRIMARY KEY (agency_code, day)
);

CREATE TABLE dossier (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code                text        NOT NULL UNIQUE CHECK (code ~ '^[0-9A-Z.]{1,35}-[0-9]{6}-[0-9]{4}$'),
    procedure_code      text        NOT NULL,
    procedure_version   integer     NOT NULL,
    agency_code         text        NOT NULL,
    channel             smallint    NOT NULL CHECK (channel IN (1, 2, 3)),
    status              text        NOT NULL,
    owner_account_id    bigint,
    applicant_name      text        NOT NULL,
    applicant_id_number char(12)    NOT NULL,
    applicant_phone     text,
    applicant_email     text,
    applicant_address   text,
    submitted_at        timestamptz NOT NULL,
    received_at         timestamptz,
    due_at              timestamptz,
    registered_by       text        NOT NULL,
    idempotency_key     text,
    version             integer     NOT NULL DEFAULT 0,
    UNIQUE (owner_account_id, idempotency_key)
);
CREATE INDEX dossier_agency_status ON dossier (agency_code, status, submitted_at);
CREATE INDEX dossier_owner ON dossier (owner_account_id, submitted_at DESC);

-- The papers of a dossier; the file itself is stored once by its SHA-256 under the data directory.
CREATE TABLE dossier_document (
    dossier_id  bigint  NOT NULL REFERENCES dossier (id),
    position    integer NOT NULL,
    name        text    NOT NULL,
    file_name   text    NOT NULL,
    media_type  text    NOT NULL,
    size_bytes  bigint  NOT NULL CHECK (size_bytes > 0),
    sha256      char(64) NOT NULL,
    PRIMARY KEY (dossier_id, position)
);

-- Files uploaded before the dossier is submitted; claimed by the submission that names them.
CREATE TABLE dossier_upload (
    id          uuid        PRIMARY KEY,
    account_id  bigint,
    uploaded_by text        NOT NULL,
    file_name   text        NOT NULL,
    media_type  text        NOT NULL,
    size_bytes  bigint      NOT NULL,
    sha256      char(64)    NOT NULL,
    uploaded_at timestamptz NOT NULL DEFAULT now(),
    claimed_by  bigint REFERENCES dossier (id)
);

-- What happened to a dossier, in order; never changed or deleted.
CREATE TABLE dossier_event (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dossier_id  bigint      NOT NULL REFERENCES dossier (id),
    at          timestamptz NOT NULL,
    actor       text        NOT NULL,
    type        text        NOT NULL,
    from_status text,
    to_status   text        NOT NULL,
    note        text        NOT NULL DEFAULT ''
);
CREATE INDEX dossier_event_dossier ON dossier_event (dossier_id, id);
CREATE FUNCTION dossier_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'dossier_event is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER dossier_event_append_only BEFORE UPDATE OR DELETE ON dossier_event
    FOR EACH ROW EXECUTE FUNCTION dossier_event_refuse_change();

-- Our states as the national public service portal numbers them (1 Mới đăng ký … 10 Đã trả kết quả); editable.
CREATE TABLE portal_status_mapping (
    status      text     PRIMARY KEY,
    portal_code smallint NOT NULL CHECK (portal_code BETWEEN 1 AND 10)
);
INSERT INTO portal_status_mapping (status, portal_code) VALUES
    ('SUBMITTED', 1), ('RECEIVED', 2), ('REFUSED', 3), ('SUPPLEMENT_REQUESTED', 5);
