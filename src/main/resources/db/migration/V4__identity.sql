-- identity: accounts of officers and citizens, and their roles, each scoped to an agency where it applies.
CREATE TABLE account (
    id              bigserial   PRIMARY KEY,
    username        text        NOT NULL,
    display_name    text        NOT NULL,
    kind            text        NOT NULL CHECK (kind IN ('OFFICER', 'CITIZEN')),
    password_hash   text        NOT NULL,
    identity_number char(12)    UNIQUE,
    email           text,
    phone           text,
    enabled         boolean     NOT NULL DEFAULT true,
    failed_attempts integer     NOT NULL DEFAULT 0,
    locked_until    timestamptz,
    created_at      timestamptz NOT NULL DEFAULT now(),
    CHECK (kind <> 'CITIZEN' OR identity_number IS NOT NULL)
);
CREATE UNIQUE INDEX account_username_unique ON account (lower(username));

-- agency_code is '' for roles that are not tied to one agency (citizen, system administrator).
CREATE TABLE role_grant (
    account_id  bigint NOT NULL REFERENCES account (id) ON DELETE CASCADE,
    role        text   NOT NULL,
    agency_code text   NOT NULL DEFAULT '',
    PRIMARY KEY (account_id, role, agency_code)
);
CREATE INDEX role_grant_agency ON role_grant (agency_code, role);
