-- notification: messages to applicants about their dossiers (submitted, received, refused, supplement requested).
-- Written by the dossier event listeners after the business transaction commits, then delivered by the mailer
-- (log sink or SMTP) or, later, by SMS and Zalo adapters; a failed delivery keeps its error and is retried.
CREATE TABLE notification (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dossier_code text        NOT NULL,
    channel      text        NOT NULL CHECK (channel IN ('EMAIL', 'SMS', 'ZALO')),
    recipient    text        NOT NULL,
    subject      text        NOT NULL,
    body         text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    sent_at      timestamptz,
    attempts     integer     NOT NULL DEFAULT 0,
    last_error   text
);
CREATE INDEX notification_latest ON notification (created_at DESC, id DESC);
CREATE INDEX notification_dossier ON notification (dossier_code);
