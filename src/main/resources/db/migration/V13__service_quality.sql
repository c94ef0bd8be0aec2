-- servicequality: live statistics of the one-stop shop (Biểu 06/VPCP/KSTT, Thông tư 01/2020/TT-VPCP; the
-- service-quality index of Quyết định 766/QĐ-TTg 2022), kept by aggregates that the dossier events update.

-- ---- Read models published by other modules ------------------------------------------------------------------

-- Published by the dossier module for statistics: one row per dossier with the facts statistics need, so that no
-- other module reads the dossier tables themselves. Times are instants; days are Vietnam's dates.
--   legal_due_at  the due date by law: the due date in force, moved by the working time a supplement request
--                 stopped the clock, but not by apology-and-extension letters (form 04): the letter apologises
--                 "vì hồ sơ giải quyết quá hạn", so a dossier handled after its statutory date stays late even
--                 with a new date (Quyết định 766/QĐ-TTg judges against the time the procedure sets).
--   closed_at     withdrawn by the applicant or stopped by the agency, without a result
--   paused_at     the clock is stopped by a supplement request now
CREATE VIEW dossier_fact AS
SELECT d.id AS dossier_id,
       d.code,
       d.agency_code,
       pv.field_code,
       d.procedure_code,
       d.channel,
       d.status,
       d.submitted_at,
       d.received_at,
       d.due_at,
       CASE WHEN d.extension_count = 0 THEN d.due_at
            ELSE d.due_at - (SELECT coalesce(sum(l.new_due_at - l.old_due_at), interval '0')
                             FROM dossier_letter l
                             WHERE l.dossier_id = d.id AND l.form = '04') END AS legal_due_at,
       d.paused_at,
       d.supplement_count,
       d.extension_count,
       d.resolved_at,
       CASE WHEN d.status IN ('WITHDRAWN', 'STOPPED') THEN d.closed_at END AS closed_at,
       coalesce(r.electronic, false) AS electronic_result,
       EXISTS (SELECT 1 FROM dossier_document doc WHERE doc.dossier_id = d.id) AS has_documents,
       pv.total_fees > 0 AS has_fee,
       rating.level AS rating,
       rating.rated_at
FROM dossier d
JOIN procedure_version pv ON pv.code = d.procedure_code AND pv.version = d.procedure_version
LEFT JOIN dossier_result r ON r.dossier_id = d.id
LEFT JOIN dossier_rating rating ON rating.dossier_id = d.id;

COMMENT ON VIEW dossier_fact IS
    'Published read model of the dossier module for statistics: the facts of each dossier, no private columns';

-- Published by the organization module for statistics: the tree figures roll up along. An agency's statistical
-- parent is its parent agency; an agency without one is under the People's Committee of its province (a commune's
-- People's Committee, a vertical agency such as the provincial police), and a former province's People's
-- Committee is under its successor, so that history adds up in the province it merged into.
CREATE VIEW statistics_agency AS
SELECT a.code,
       a.name,
       a.kind,
       u.level AS unit_level,
       a.valid_from,
       a.valid_to,
       coalesce(parent.code,
                CASE WHEN a.kind = 'PEOPLES_COMMITTEE' AND u.level = 'PROVINCE' THEN successor.code
                     ELSE (SELECT pc.code
                           FROM agency pc JOIN admin_unit pu ON pu.id = pc.unit_id
                           WHERE pc.kind = 'PEOPLES_COMMITTEE' AND pc.parent_id IS NULL AND pu.level = 'PROVINCE'
                             AND pu.id = CASE WHEN u.level = 'PROVINCE' THEN u.id ELSE u.parent_id END
                             AND pc.id <> a.id
                           ORDER BY pc.valid_to DESC NULLS FIRST, pc.id
                           LIMIT 1) END) AS parent_code
FROM agency a
JOIN admin_unit u ON u.id = a.unit_id
LEFT JOIN agency parent ON parent.id = a.parent_id
LEFT JOIN agency successor ON successor.id = a.successor_id;

-- ---- Aggregates kept by servicequality -------------------------------------------------------------------------

-- What a received dossier counts for, by the rules of Biểu 06 and Quyết định 766/QĐ-TTg; the incremental listener
-- and the full recomputation both read it, so the two cannot disagree. Days are Vietnam's dates.
--   outcome  L (late): the result came after the legal due date, or the applicant was asked more than once to
--              complete the dossier (Quyết định 766: more than one supplement request counts as late);
--            E (early, trước hạn): otherwise, and issued on a day before the due date's day;
--            O (on time, đúng hạn): otherwise.
--   due_day  the day the dossier falls due for the stock of overdue dossiers; null while a supplement request
--            stops the clock (unless it was already overdue when the clock stopped).
--   processing_minutes  calendar time from reception to the result.
--   digitised  filed online, or registered at the desk with scanned papers.
--   paid_online  false until the payment module publishes online payments (then: paid online, counted with the
--            dossiers with a fee received on the same day).
CREATE VIEW sq_measure AS
SELECT f.dossier_id,
       f.code,
       f.agency_code,
       f.field_code,
       f.procedure_code,
       f.channel,
       f.received_at,
       f.resolved_at,
       f.legal_due_at,
       (f.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS received_day,
       (f.resolved_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS resolved_day,
       CASE WHEN f.resolved_at IS NULL THEN NULL
            WHEN f.resolved_at > f.legal_due_at OR f.supplement_count > 1 THEN 'L'
            WHEN (f.resolved_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
                 < (f.legal_due_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date THEN 'E'
            ELSE 'O' END AS outcome,
       CASE WHEN f.resolved_at IS NULL THEN 0
            ELSE floor(extract(epoch FROM f.resolved_at - f.received_at) / 60)::bigint END AS processing_minutes,
       CASE WHEN f.resolved_at IS NULL THEN (f.closed_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date END AS closed_day,
       CASE WHEN f.paused_at IS NOT NULL AND f.legal_due_at >= f.paused_at THEN NULL
            ELSE greatest((f.legal_due_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
                          (f.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date) END AS due_day,
       f.electronic_result AND f.resolved_at IS NOT NULL AS electronic_result,
       f.channel = 2 OR f.has_documents AS digitised,
       f.has_fee,
       false AS paid_online,
       (f.rated_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS rated_day,
       CASE f.rating WHEN 'VERY_SATISFIED' THEN 'V' WHEN 'SATISFIED' THEN 'S' WHEN 'DISSATISFIED' THEN 'D' END
           AS rating
FROM dossier_fact f
WHERE f.received_at IS NOT NULL;

-- What each dossier contributes to the figures, as last applied to sq_day: on every dossier event the listener
-- recomputes it from dossier_fact and applies the difference, so a replayed or late event changes nothing twice.
-- A dossier not received (online, waiting; refused at reception) has no row.
CREATE TABLE sq_dossier (
    dossier_id         bigint   PRIMARY KEY,
    agency_code        text     NOT NULL,
    field_code         text     NOT NULL,
    procedure_code     text     NOT NULL,
    channel            smallint NOT NULL,
    received_day       date     NOT NULL,
    resolved_day       date,
    outcome            char(1) CHECK (outcome IN ('E', 'O', 'L')),   -- early, on time, late
    processing_minutes bigint   NOT NULL DEFAULT 0,
    closed_day         date,      -- withdrawn or stopped after reception, without a result
    due_day            date,      -- legal due day, null while the clock is stopped
    electronic_result  boolean  NOT NULL DEFAULT false,
    digitised          boolean  NOT NULL DEFAULT false,
    has_fee            boolean  NOT NULL DEFAULT false,
    paid_online        boolean  NOT NULL DEFAULT false,  -- fed by a payment event once the payment module exists
    rated_day          date,
    rating             char(1) CHECK (rating IN ('V', 'S', 'D'))      -- very satisfied, satisfied, dissatisfied
);

-- Flow counters per unit, field ('' = all fields) and day, for the unit and every unit above it. Stocks (open,
-- overdue, carried over) are prefix sums: open(T) = Σ received − Σ finished up to T; overdue(T) = Σ due − Σ
-- finished_by_due on due days up to T − Σ finished_after_due on finishing days up to T.
CREATE TABLE sq_day (
    unit_code          text    NOT NULL,
    field_code         text    NOT NULL,
    day                date    NOT NULL,
    received_online    integer NOT NULL DEFAULT 0,
    received_direct    integer NOT NULL DEFAULT 0,
    received_postal    integer NOT NULL DEFAULT 0,
    resolved_early     integer NOT NULL DEFAULT 0,
    resolved_on_time   integer NOT NULL DEFAULT 0,
    resolved_late      integer NOT NULL DEFAULT 0,
    processing_minutes bigint  NOT NULL DEFAULT 0,
    closed             integer NOT NULL DEFAULT 0,
    due                integer NOT NULL DEFAULT 0,
    finished_by_due    integer NOT NULL DEFAULT 0,
    finished_after_due integer NOT NULL DEFAULT 0,
    electronic_results integer NOT NULL DEFAULT 0,
    digitised          integer NOT NULL DEFAULT 0,
    with_fee           integer NOT NULL DEFAULT 0,
    paid_online        integer NOT NULL DEFAULT 0,
    very_satisfied     integer NOT NULL DEFAULT 0,
    satisfied          integer NOT NULL DEFAULT 0,
    dissatisfied       integer NOT NULL DEFAULT 0,
    PRIMARY KEY (unit_code, field_code, day)
);

-- The procedures with at least one online dossier received, per unit (and every unit above), month and field: bit
-- d-1 of days is set when one was received on day d of the month. A reception never changes, so setting bits is
-- idempotent and needs no per-dossier bookkeeping.
CREATE TABLE sq_online_procedure (
    unit_code      text    NOT NULL,
    month          date    NOT NULL,
    field_code     text    NOT NULL,
    procedure_code text    NOT NULL,
    days           integer NOT NULL,
    PRIMARY KEY (unit_code, month, field_code, procedure_code)
);

-- The full recomputations asked for and how far each got, for the page that shows their progress.
CREATE TABLE sq_recomputation (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    started_at  timestamptz NOT NULL DEFAULT now(),
    started_by  text        NOT NULL,
    status      text        NOT NULL CHECK (status IN ('RUNNING', 'DONE', 'FAILED')),
    stage       text        NOT NULL DEFAULT '',
    dossiers    bigint,
    rows        bigint,
    finished_at timestamptz,
    error       text
);

-- Published by the procedure module for statistics: the version of every procedure in force on a day (abolished
-- ones included), like the view procedure_in_force for any day.
CREATE FUNCTION procedure_in_force_on(day date) RETURNS SETOF procedure_version LANGUAGE sql STABLE AS $$
    SELECT DISTINCT ON (code) *
    FROM procedure_version
    WHERE valid_from <= day
    ORDER BY code, valid_from DESC, version DESC
$$;
