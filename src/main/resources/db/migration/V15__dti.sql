-- dti: the Digital Transformation Index (Chỉ số chuyển đổi số) — frameworks as versioned data, the yearly cycle of
-- self-assessment, appraisal by the provincial council and publication, and the national results of the provinces.

-- A version of a framework (bộ chỉ số): the whole document, in the JSON format of vn.tinhso.dti.scoring, kept as it
-- was imported. A new version (e.g. 405/QĐ-BKHCN replacing 922/QĐ-BTTTT) is a new row; rows are never changed once
-- a period uses them. Illustrative frameworks (demo point values) are flagged so pages can say so.
CREATE TABLE dti_framework (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code           text        NOT NULL CHECK (code ~ '^[0-9a-z][0-9a-z.-]{0,59}$'),
    version        integer     NOT NULL CHECK (version >= 1),
    level          text        NOT NULL CHECK (level IN ('PROVINCE', 'DEPARTMENT', 'COMMUNE', 'DISTRICT')),
    name           text        NOT NULL,
    effective_from date        NOT NULL,
    effective_to   date,
    illustrative   boolean     NOT NULL,
    document       jsonb       NOT NULL,
    imported_by    text        NOT NULL,
    imported_at    timestamptz NOT NULL,
    UNIQUE (code, version),
    CHECK (effective_to IS NULL OR effective_from <= effective_to)
);

-- The effort (công sức) a unit needs to gain an indicator's missing points, 1 (easy) to 10 (hard), editable data
-- used to order the plan on the path to a target rank (points per effort); an indicator or main index without a
-- row counts as effort 1, the engine's default. The code is an indicator's or a main index's.
CREATE TABLE dti_effort (
    framework_code text         NOT NULL,
    indicator_code text         NOT NULL,
    effort         numeric(4,1) NOT NULL CHECK (effort > 0 AND effort <= 10),
    note           text         NOT NULL DEFAULT '',
    updated_by     text         NOT NULL,
    updated_at     timestamptz  NOT NULL,
    PRIMARY KEY (framework_code, indicator_code)
);

-- A yearly assessment period (kỳ đánh giá) of one level under one framework version, with its deadlines. OPEN while
-- units assess themselves and the council appraises; PUBLISHED (locked) once the council publishes the results.
-- The seed of the Monte Carlo robustness of the ranking is stored so that the published intervals can be redrawn.
CREATE TABLE dti_period (
    id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    year                 integer     NOT NULL CHECK (year BETWEEN 2018 AND 2100),
    framework_id         bigint      NOT NULL REFERENCES dti_framework (id),
    title                text        NOT NULL CHECK (length(title) BETWEEN 1 AND 300),
    self_assessment_due  date        NOT NULL,
    appraisal_due        date        NOT NULL,
    status               text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'PUBLISHED')),
    opened_by            text        NOT NULL,
    opened_at            timestamptz NOT NULL,
    published_by         text,
    published_at         timestamptz,
    robustness_seed      bigint,
    version              integer     NOT NULL DEFAULT 0,
    UNIQUE (year, framework_id),
    CHECK (self_assessment_due <= appraisal_due),
    CHECK ((status = 'PUBLISHED') = (published_at IS NOT NULL))
);

-- The units (agencies) assessed in a period. A unit flagged not ranked is scored and shown without a rank (e.g. a
-- unit that provides no public services). DRAFT while its assessor fills it in, SUBMITTED once sent to the council.
CREATE TABLE dti_unit (
    period_id    bigint      NOT NULL REFERENCES dti_period (id),
    agency_code  text        NOT NULL,
    agency_name  text        NOT NULL,
    ranked       boolean     NOT NULL DEFAULT true,
    status       text        NOT NULL DEFAULT 'DRAFT' CHECK (status IN ('DRAFT', 'SUBMITTED')),
    submitted_by text,
    submitted_at timestamptz,
    PRIMARY KEY (period_id, agency_code),
    CHECK ((status = 'SUBMITTED') = (submitted_at IS NOT NULL))
);

-- A unit's answer to one indicator: what the indicator's rule needs (the code of a grade such as CÓ / MỘT PHẦN /
-- KHÔNG; a numerator and a denominator; an amount that is a count, a rate 0–1 or manual points), the points it earns (self), and the
-- council's appraisal (adjusted points and comment). The final points are the appraised ones when set, else self.
CREATE TABLE dti_answer (
    period_id         bigint        NOT NULL,
    agency_code       text          NOT NULL,
    indicator_code    text          NOT NULL,
    choice            text          CHECK (length(choice) BETWEEN 1 AND 40),
    numerator         numeric(14,4) CHECK (numerator >= 0),
    denominator       numeric(14,4) CHECK (denominator >= 0),
    amount            numeric(14,4) CHECK (amount >= 0),
    note              text          NOT NULL DEFAULT '' CHECK (length(note) <= 2000),
    prefilled         boolean       NOT NULL DEFAULT false,
    self_points       numeric(9,4)  NOT NULL CHECK (self_points >= 0),
    answered_by       text          NOT NULL,
    answered_at       timestamptz   NOT NULL,
    appraised_points  numeric(9,4)  CHECK (appraised_points >= 0),
    appraisal_comment text          NOT NULL DEFAULT '' CHECK (length(appraisal_comment) <= 2000),
    appraised_by      text,
    appraised_at      timestamptz,
    PRIMARY KEY (period_id, agency_code, indicator_code),
    FOREIGN KEY (period_id, agency_code) REFERENCES dti_unit (period_id, agency_code)
);

-- Evidence (minh chứng) of an answer: a file stored by its SHA-256 under <data-dir>/dti-evidence (type detected
-- from the content) or a link.
CREATE TABLE dti_evidence (
    id             uuid        PRIMARY KEY,
    period_id      bigint      NOT NULL,
    agency_code    text        NOT NULL,
    indicator_code text        NOT NULL,
    kind           text        NOT NULL CHECK (kind IN ('FILE', 'LINK')),
    file_name      text,
    media_type     text,
    size_bytes     bigint      CHECK (size_bytes > 0),
    sha256         char(64),
    url            text        CHECK (url ~ '^https?://'),
    added_by       text        NOT NULL,
    added_at       timestamptz NOT NULL,
    FOREIGN KEY (period_id, agency_code) REFERENCES dti_unit (period_id, agency_code),
    CHECK ((kind = 'FILE') = (sha256 IS NOT NULL)),
    CHECK ((kind = 'LINK') = (url IS NOT NULL))
);
CREATE INDEX dti_evidence_answer ON dti_evidence (period_id, agency_code, indicator_code);

-- Corrections of published points by the council, each with its reason; never changed or deleted.
CREATE TABLE dti_correction (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    period_id      bigint        NOT NULL,
    agency_code    text          NOT NULL,
    indicator_code text          NOT NULL,
    points_before  numeric(9,4)  NOT NULL,
    points_after   numeric(9,4)  NOT NULL CHECK (points_after >= 0),
    reason         text          NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    corrected_by   text          NOT NULL,
    corrected_at   timestamptz   NOT NULL,
    FOREIGN KEY (period_id, agency_code) REFERENCES dti_unit (period_id, agency_code)
);
CREATE FUNCTION dti_correction_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'dti_correction is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER dti_correction_append_only BEFORE UPDATE OR DELETE ON dti_correction
    FOR EACH ROW EXECUTE FUNCTION dti_correction_refuse_change();

-- Each ranked unit's rank under 1000 Monte Carlo draws of the main-index weights (each × U(0.9, 1.1)) from the
-- period's stored seed: the best and worst rank drawn, the 5th–95th percentile interval and the share of draws that
-- give the published rank. Redrawn after a correction.
CREATE TABLE dti_robustness (
    period_id          bigint       NOT NULL REFERENCES dti_period (id),
    agency_code        text         NOT NULL,
    published_rank     integer      NOT NULL CHECK (published_rank >= 1),
    best_rank          integer      NOT NULL CHECK (best_rank >= 1),
    worst_rank         integer      NOT NULL,
    p5_rank            integer      NOT NULL,
    p95_rank           integer      NOT NULL,
    share_at_published numeric(5,4) NOT NULL CHECK (share_at_published BETWEEN 0 AND 1),
    draws              integer      NOT NULL CHECK (draws > 0),
    PRIMARY KEY (period_id, agency_code),
    CHECK (best_rank <= p5_rank AND p5_rank <= p95_rank AND p95_rank <= worst_rank)
);

-- Reminders of a coming or missed deadline, one per unit, deadline and day at most; written to the log sink.
CREATE TABLE dti_reminder (
    period_id   bigint      NOT NULL REFERENCES dti_period (id),
    agency_code text        NOT NULL,
    deadline    text        NOT NULL CHECK (deadline IN ('SELF_ASSESSMENT', 'APPRAISAL')),
    sent_on     date        NOT NULL,
    days_left   integer     NOT NULL,
    recipients  text        NOT NULL,
    message     text        NOT NULL,
    PRIMARY KEY (period_id, agency_code, deadline, sent_on)
);

-- The national DTI results of a year as published by the ministry: one row per province with its main-index
-- values (0–1) keyed by the main-index codes of the framework. Illustrative tables (demo) are flagged.
CREATE TABLE dti_national_table (
    year           integer     PRIMARY KEY CHECK (year BETWEEN 2018 AND 2100),
    framework_code text        NOT NULL,
    source         text        NOT NULL,
    illustrative   boolean     NOT NULL,
    imported_by    text        NOT NULL,
    imported_at    timestamptz NOT NULL
);
CREATE TABLE dti_national_value (
    year          integer      NOT NULL REFERENCES dti_national_table (year) ON DELETE CASCADE,
    province_code text         NOT NULL,
    province_name text         NOT NULL,
    index_values  jsonb        NOT NULL,
    PRIMARY KEY (year, province_code)
);
