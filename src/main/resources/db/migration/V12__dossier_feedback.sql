-- dossier feedback: the applicant's rating of the service once the result is out, and the feedback and complaints
-- (phản ánh, kiến nghị, khiếu nại — PAKN) about a dossier, each with its own due date for the agency's answer.

-- One rating per dossier, given by its owner after the result (status RESOLVED or RETURNED), on the three levels
-- the national public service portal (Cổng Dịch vụ công quốc gia) asks for: rất hài lòng, hài lòng, không hài lòng.
-- The satisfaction component of the service-quality index (Quyết định 766/QĐ-TTg 2022) is computed from these rows.
CREATE TABLE dossier_rating (
    dossier_id bigint      PRIMARY KEY REFERENCES dossier (id),
    level      text        NOT NULL CHECK (level IN ('VERY_SATISFIED', 'SATISFIED', 'DISSATISFIED')),
    comment    text        NOT NULL DEFAULT '' CHECK (length(comment) <= 1000),
    rated_at   timestamptz NOT NULL,
    account_id bigint      NOT NULL
);

-- How long an agency has to answer, as data with effective dates: a change of the law adds a row with a new
-- effective_from, and a submission takes the row in force on the day it is submitted (local time). The days are
-- counted from the day after submission (Bộ luật Dân sự 2015 Art. 147); a time in calendar days that ends on a
-- day off ends on the next working day (Art. 148). The answer is due at the end of office hours of the last day.
--   WORKING   working days of the working calendar (vn.tinhso.organization.WorkingCalendar)
--   CALENDAR  calendar days
CREATE TABLE feedback_rule (
    kind           text    NOT NULL CHECK (kind IN ('FEEDBACK', 'COMPLAINT')),
    effective_from date    NOT NULL,
    response_days  integer NOT NULL CHECK (response_days BETWEEN 1 AND 365),
    day_kind       text    NOT NULL CHECK (day_kind IN ('WORKING', 'CALENDAR')),
    legal_basis    text    NOT NULL,
    PRIMARY KEY (kind, effective_from)
);

-- FEEDBACK: phản ánh, kiến nghị about administrative regulations or the handling of the dossier. Handled under
-- Nghị định 20/2008/NĐ-CP (amended by Nghị định 92/2017/NĐ-CP), Thông tư 02/2017/TT-VPCP and the province's own
-- regulation (Hải Dương: Quyết định 23/2018/QĐ-UBND, in force from 15/10/2018, the date used here). The 10
-- working days are tinhso's default time to answer, not a figure quoted from those texts: check it against the
-- provincial regulation in force (after the merger of 01/07/2025, Hải Phòng's) and record a change as a new row.
--
-- COMPLAINT: khiếu nại against an administrative decision or act in the handling of the dossier. Luật Khiếu nại
-- 2011 (Luật số 02/2011/QH13, in force from 01/07/2012): Art. 27 gives 10 days to accept (thụ lý) a complaint,
-- Art. 28 at most 30 days from acceptance to settle a first complaint (45 for complex cases; 45 and 60 in remote
-- areas). tinhso records no separate acceptance step and counts the 30 days from submission, the stricter
-- reading; an agency that needs the longer times records them in its answer.
INSERT INTO feedback_rule (kind, effective_from, response_days, day_kind, legal_basis) VALUES
    ('FEEDBACK',  DATE '2018-10-15', 10, 'WORKING',
     'Nghị định 20/2008/NĐ-CP (sửa đổi bởi Nghị định 92/2017/NĐ-CP); Thông tư 02/2017/TT-VPCP; Quyết định 23/2018/QĐ-UBND tỉnh Hải Dương'),
    ('COMPLAINT', DATE '2012-07-01', 30, 'CALENDAR',
     'Luật Khiếu nại 2011, Điều 27 (thụ lý) và Điều 28 (thời hạn giải quyết khiếu nại lần đầu)');

-- The feedback and complaints about a dossier, from its owner; answered by an officer of the dossier's agency.
-- The same open text cannot be filed twice for a dossier (a double click files it once).
CREATE TABLE dossier_feedback (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    dossier_id   bigint      NOT NULL REFERENCES dossier (id),
    kind         text        NOT NULL CHECK (kind IN ('FEEDBACK', 'COMPLAINT')),
    text         text        NOT NULL CHECK (length(text) BETWEEN 1 AND 4000),
    submitted_at timestamptz NOT NULL,
    due_at       timestamptz NOT NULL,
    account_id   bigint      NOT NULL,
    status       text        NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'ANSWERED')),
    answer       text        CHECK (length(answer) BETWEEN 1 AND 4000),
    answered_at  timestamptz,
    answered_by  text,
    CHECK ((status = 'ANSWERED') = (answer IS NOT NULL AND answered_at IS NOT NULL AND answered_by IS NOT NULL))
);
CREATE INDEX dossier_feedback_dossier ON dossier_feedback (dossier_id, id);
CREATE INDEX dossier_feedback_open ON dossier_feedback (due_at) WHERE status = 'OPEN';
CREATE UNIQUE INDEX dossier_feedback_once ON dossier_feedback (dossier_id, kind, md5(text)) WHERE status = 'OPEN';
