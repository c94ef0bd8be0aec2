-- servicequality: the service-quality index of Quyết định 766/QĐ-TTg (23/06/2022), "Bộ chỉ số chỉ đạo, điều hành
-- và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời
-- gian thực trên môi trường điện tử", kept as editable data: a version of the framework takes effect on a date, and
-- a period is scored with the version in force on its last day. An edit never overwrites: it adds a version.

CREATE TABLE quality_index_version (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    effective_from date        NOT NULL UNIQUE,
    legal_basis    text        NOT NULL,
    note           text        NOT NULL DEFAULT '',
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    recorded_by    text        NOT NULL
);

-- The five groups (nhóm chỉ số thành phần) and their maximum points; the points of a version add up to 100.
CREATE TABLE quality_index_group (
    version_id bigint       NOT NULL REFERENCES quality_index_version (id),
    code       text         NOT NULL CHECK (code ~ '^[A-Z_]{1,30}$'),
    position   integer      NOT NULL,
    name_vi    text         NOT NULL,
    name_en    text         NOT NULL,
    points     numeric(5,2) NOT NULL CHECK (points >= 0 AND points <= 100),
    PRIMARY KEY (version_id, code)
);

-- The indicators (chỉ số) of a group; their points add up to the group's.
--   formula  CAPPED_RATE  points × min(1, rate / target): at or above the target, full points
--            RATE         points × rate (the target is 100%)
--   measure  what numerator and denominator the indicator reads (servicequality.index.IndexMeasure): from the
--            dossier statistics, the procedure catalogue or the feedback; a measure the platform does not record
--            yet (online payment before the payment module, synchronisation with the national portal) is shown as
--            "no data" and scores 0 points, never full marks.
--   A measure whose denominator is 0 in the period (nothing happened to count, "không phát sinh") scores full
--   points, the rule the provincial scoring guides commonly state ("trường hợp không phát sinh thì được điểm tối
--   đa"); a unit that received and handled no dossier in the period is not ranked at all.
CREATE TABLE quality_index_indicator (
    version_id bigint       NOT NULL,
    group_code text         NOT NULL,
    code       text         NOT NULL CHECK (code ~ '^[0-9]{1,2}\.[0-9]{1,2}$'),
    position   integer      NOT NULL,
    name_vi    text         NOT NULL,
    name_en    text         NOT NULL,
    points     numeric(5,2) NOT NULL CHECK (points >= 0 AND points <= 100),
    formula    text         NOT NULL CHECK (formula IN ('CAPPED_RATE', 'RATE')),
    measure    text         NOT NULL,
    target     numeric(5,4) NOT NULL CHECK (target > 0 AND target <= 1),
    assumption text         NOT NULL DEFAULT '',
    PRIMARY KEY (version_id, code),
    FOREIGN KEY (version_id, group_code) REFERENCES quality_index_group (version_id, code)
);

-- Published by the dossier module for the index, like dossier_fact (V13): the feedback (phản ánh, kiến nghị) about
-- each agency's dossiers and when it was due and answered; no private text.
CREATE VIEW dossier_feedback_fact AS
SELECT f.id AS feedback_id, f.dossier_id, d.agency_code, f.kind, f.submitted_at, f.due_at, f.answered_at
FROM dossier_feedback f
JOIN dossier d ON d.id = f.dossier_id;

-- Version 1, in force from the day the Decision was signed. The five groups and their points are the Decision's
-- (18 + 20 + 22 + 22 + 18 = 100); so are the indicators' names. The Decision's appendix as found in public sources
-- gives the points of only some indicators (4/18 for TTHC updated and published on time, 6/18 for satisfaction in
-- receiving and resolving TTHC, the whole 20 of the progress group for dossiers resolved early or on time); the
-- other splits and the targets marked ASSUMPTION are tinhso's choice, shown on the index page and editable there
-- (a new version with an effective date). Targets: 80% of procedures offered online, paid online, dossiers
-- digitised and digitised data reused; 50% of dossiers filed online; 90% satisfied (Nghị quyết 76/NQ-CP 2021 and
-- Quyết định 766/QĐ-TTg).
INSERT INTO quality_index_version (effective_from, legal_basis, note, recorded_by) VALUES
    (DATE '2022-06-23', 'Quyết định 766/QĐ-TTg ngày 23/06/2022 của Thủ tướng Chính phủ',
     'Phiên bản đầu tiên. Phân bổ điểm giữa các chỉ số khi văn bản không nêu là GIẢ ĐỊNH của tinhso, có thể sửa.',
     'system');

INSERT INTO quality_index_group (version_id, code, position, name_vi, name_en, points)
SELECT v.id, g.code, g.position, g.name_vi, g.name_en, g.points
FROM quality_index_version v, (VALUES
    ('TRANSPARENCY', 1, 'Công khai, minh bạch', 'Publicity and transparency', 18),
    ('PROGRESS',     2, 'Tiến độ, kết quả giải quyết', 'Progress and results of settlement', 20),
    ('DIGITISATION', 3, 'Số hóa hồ sơ', 'Digitisation of dossiers', 22),
    ('ONLINE',       4, 'Cung cấp dịch vụ công trực tuyến', 'Online public services', 22),
    ('SATISFACTION', 5, 'Mức độ hài lòng', 'Satisfaction', 18)) AS g (code, position, name_vi, name_en, points)
WHERE v.effective_from = DATE '2022-06-23';

INSERT INTO quality_index_indicator (version_id, group_code, code, position, name_vi, name_en, points, formula,
                                     measure, target, assumption)
SELECT v.id, i.group_code, i.code, i.position, i.name_vi, i.name_en, i.points, i.formula, i.measure, i.target,
       i.assumption
FROM quality_index_version v, (VALUES
    ('TRANSPARENCY', '1.1', 1, 'Tỷ lệ thủ tục hành chính được công bố đúng hạn',
     'Share of procedures announced on time', 4, 'RATE', 'PROCEDURES_ANNOUNCED_ON_TIME', 1.0,
     'GIẢ ĐỊNH: 4 điểm.'),
    ('TRANSPARENCY', '1.2', 2, 'Tỷ lệ thủ tục hành chính được cập nhật, công khai đúng hạn',
     'Share of procedures updated and published on time', 4, 'RATE', 'PROCEDURES_PUBLISHED_ON_TIME', 1.0, ''),
    ('TRANSPARENCY', '1.3', 3, 'Tỷ lệ thủ tục hành chính được công khai đầy đủ các bộ phận tạo thành',
     'Share of procedures published with every component', 4, 'RATE', 'PROCEDURES_FULLY_PUBLISHED', 1.0,
     'GIẢ ĐỊNH: 4 điểm; "đầy đủ" = có thành phần hồ sơ, thời hạn, cơ quan thực hiện, kết quả và căn cứ pháp lý.'),
    ('TRANSPARENCY', '1.4', 4, 'Tỷ lệ hồ sơ được đồng bộ lên Cổng Dịch vụ công quốc gia',
     'Share of dossiers synchronised with the national public service portal', 6, 'RATE', 'DOSSIERS_SYNCED', 1.0,
     'GIẢ ĐỊNH: 6 điểm (phần còn lại của nhóm).'),
    ('PROGRESS', '2.1', 1, 'Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn',
     'Share of dossiers settled early or on time', 20, 'RATE', 'ON_TIME', 1.0,
     'Hồ sơ chưa giải quyết tính theo ngày cuối kỳ; bổ sung quá 1 lần tính là trễ hạn (Quyết định 766/QĐ-TTg).'),
    ('DIGITISATION', '3.1', 1, 'Tỷ lệ hồ sơ có cấp kết quả giải quyết thủ tục hành chính điện tử',
     'Share of dossiers with an electronic result', 8, 'RATE', 'ELECTRONIC_RESULTS', 1.0,
     'GIẢ ĐỊNH: 8 điểm.'),
    ('DIGITISATION', '3.2', 2, 'Tỷ lệ hồ sơ thủ tục hành chính được số hóa',
     'Share of dossiers digitised', 8, 'CAPPED_RATE', 'DIGITISED', 0.8,
     'GIẢ ĐỊNH: 8 điểm; mục tiêu 80%.'),
    ('DIGITISATION', '3.3', 3, 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa',
     'Share of dossiers reusing digitised data', 6, 'CAPPED_RATE', 'DIGITISED_DATA_REUSED', 0.8,
     'GIẢ ĐỊNH: 6 điểm; mục tiêu 80%.'),
    ('ONLINE', '4.1', 1, 'Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến',
     'Share of procedures offered online', 4, 'CAPPED_RATE', 'PROCEDURES_ONLINE', 0.8,
     'GIẢ ĐỊNH: 4 điểm; mục tiêu 80%.'),
    ('ONLINE', '4.2', 2, 'Tỷ lệ dịch vụ công trực tuyến có phát sinh hồ sơ',
     'Share of online services with online dossiers', 4, 'CAPPED_RATE', 'ONLINE_SERVICES_USED', 0.8,
     'GIẢ ĐỊNH: 4 điểm; mục tiêu 80%.'),
    ('ONLINE', '4.3', 3, 'Tỷ lệ hồ sơ nộp trực tuyến',
     'Share of dossiers filed online', 6, 'CAPPED_RATE', 'ONLINE_DOSSIERS', 0.5,
     'GIẢ ĐỊNH: 6 điểm; mục tiêu 50%.'),
    ('ONLINE', '4.4', 4, 'Tỷ lệ thủ tục hành chính có giao dịch thanh toán trực tuyến',
     'Share of procedures with online payments', 4, 'CAPPED_RATE', 'PROCEDURES_PAID_ONLINE', 0.8,
     'GIẢ ĐỊNH: 4 điểm; mục tiêu 80%.'),
    ('ONLINE', '4.5', 5, 'Tỷ lệ hồ sơ thanh toán trực tuyến',
     'Share of dossiers paid online', 4, 'CAPPED_RATE', 'DOSSIERS_PAID_ONLINE', 0.8,
     'GIẢ ĐỊNH: 4 điểm; mục tiêu 80%.'),
    ('SATISFACTION', '5.1', 1, 'Tỷ lệ phản ánh, kiến nghị được xử lý đúng hạn',
     'Share of feedback answered on time', 6, 'RATE', 'FEEDBACK_ON_TIME', 1.0, 'GIẢ ĐỊNH: 6 điểm.'),
    ('SATISFACTION', '5.2', 2, 'Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị',
     'Satisfaction with the handling of feedback', 6, 'RATE', 'FEEDBACK_SATISFACTION', 1.0, 'GIẢ ĐỊNH: 6 điểm.'),
    ('SATISFACTION', '5.3', 3, 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết thủ tục hành chính',
     'Satisfaction with the reception and settlement of procedures', 6, 'CAPPED_RATE', 'SATISFIED', 0.9,
     'Mục tiêu 90%; tính trên các đánh giá của người dân (rất hài lòng, hài lòng / tổng số đánh giá).'))
    AS i (group_code, code, position, name_vi, name_en, points, formula, measure, target, assumption)
WHERE v.effective_from = DATE '2022-06-23';
