-- dossier processing: the procedure's workflow run on each received dossier, the clock stopped by supplement
-- requests, extension letters (form 04), stop notices (form 05), the signed result and its return.

ALTER TABLE dossier
    -- The workflow state the dossier is at while processed (e.g. PROCESSING), null before reception and after.
    ADD COLUMN step               text,
    -- The agency carrying the current step out: the receiving agency, or another one in an inter-agency
    -- ("liên thông") procedure. Officers see the queue of the agencies they work for.
    ADD COLUMN handling_agency    text,
    -- The role that works on the current step (OFFICER, LEADER): what puts it in the "awaiting approval" queue.
    ADD COLUMN step_role          text,
    ADD COLUMN step_due_at        timestamptz,
    ADD COLUMN assignee           text,
    -- A supplement request during processing stops the clock (paused_at); completing it resumes the clock and
    -- moves the due date by the working time it was stopped. Decision 766: more than one request counts as late.
    ADD COLUMN paused_at          timestamptz,
    ADD COLUMN paused_status      text,
    ADD COLUMN paused_minutes     integer NOT NULL DEFAULT 0,
    ADD COLUMN supplement_count   integer NOT NULL DEFAULT 0,
    ADD COLUMN original_due_at    timestamptz,
    ADD COLUMN extension_count    integer NOT NULL DEFAULT 0,
    ADD COLUMN resolved_at        timestamptz,
    ADD COLUMN returned_at        timestamptz,
    ADD COLUMN return_method      text CHECK (return_method IN ('ONLINE', 'DESK', 'POST')),
    ADD COLUMN closed_at          timestamptz;

UPDATE dossier SET handling_agency = agency_code, original_due_at = due_at;
-- Dossiers received before this migration start at the first step of the workflow they were filed under.
UPDATE dossier d SET step = pv.workflow -> 'steps' -> 0 ->> 'state', step_role = pv.workflow -> 'steps' -> 0 ->> 'role'
FROM procedure_version pv
WHERE pv.code = d.procedure_code AND pv.version = d.procedure_version AND d.status = 'RECEIVED';
CREATE INDEX dossier_queue ON dossier (handling_agency, status, due_at);

-- Each step a dossier went through: who had it, from when, until when it was due, how it left (form 06).
CREATE TABLE dossier_step (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dossier_id  bigint      NOT NULL REFERENCES dossier (id),
    step        text        NOT NULL,
    agency_code text        NOT NULL,
    entered_at  timestamptz NOT NULL,
    entered_by  text        NOT NULL,
    due_at      timestamptz,
    left_at     timestamptz,
    left_by     text,
    action      text
);
CREATE INDEX dossier_step_dossier ON dossier_step (dossier_id, id);

-- Officers' notes on a dossier, visible to the officers who may see it (never to the applicant).
CREATE TABLE dossier_comment (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dossier_id  bigint      NOT NULL REFERENCES dossier (id),
    at          timestamptz NOT NULL DEFAULT now(),
    author      text        NOT NULL,
    text        text        NOT NULL CHECK (length(text) BETWEEN 1 AND 4000)
);
CREATE INDEX dossier_comment_dossier ON dossier_comment (dossier_id, id);

-- Letters to the applicant: form 04 (apology and extension, with the new date) and form 05 (stop processing).
CREATE TABLE dossier_letter (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dossier_id  bigint      NOT NULL REFERENCES dossier (id),
    form        text        NOT NULL CHECK (form IN ('04', '05')),
    reason      text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 4000),
    old_due_at  timestamptz,
    new_due_at  timestamptz,
    issued_at   timestamptz NOT NULL,
    issued_by   text        NOT NULL,
    signer_name text        NOT NULL
);
CREATE INDEX dossier_letter_dossier ON dossier_letter (dossier_id, id);

-- The result: a PDF generated on approval and signed with the agency's certificate; the file is stored once by its
-- SHA-256 under the data directory, like the papers of the dossier.
CREATE TABLE dossier_result (
    dossier_id   bigint      PRIMARY KEY REFERENCES dossier (id),
    file_name    text        NOT NULL,
    sha256       char(64)    NOT NULL,
    size_bytes   bigint      NOT NULL,
    signed_at    timestamptz NOT NULL,
    approved_by  text        NOT NULL,
    agency_code  text        NOT NULL,
    electronic   boolean     NOT NULL DEFAULT true
);

INSERT INTO portal_status_mapping (status, portal_code) VALUES
    ('IN_PROGRESS', 4), ('WITHDRAWN', 7), ('STOPPED', 8), ('RESOLVED', 9), ('RETURNED', 10);
