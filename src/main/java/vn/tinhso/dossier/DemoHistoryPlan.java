package vn.tinhso.dossier;

/**
 * The SQL that writes a year of demo history in a few set-based statements, on temporary tables of the loading
 * transaction: {@code demo_day} (working days, numbered, written by {@link DemoHistory} from the working calendar)
 * and {@code demo_file} (the stored placeholder files) come first; the statements below draw every dossier once
 * ({@code demo_draw}), work out its dates ({@code demo_plan}), what has happened to it by now ({@code demo_state})
 * and when it went through each step ({@code demo_step_time}); {@link DemoHistoryRows} writes the tables from them.
 * <p>
 * Times follow {@link Deadlines}: a time in working days ends at 17:30 of the last of those days counted from the
 * day after receipt; 8 working hours end at the same time the next working day, 4 at the same time + 4 h in the
 * same window or + 6 h across the lunch break. A supplement request stops the clock for whole working days and moves
 * the due date by as many; more than one request makes a dossier late (Quyết định 766/QĐ-TTg).
 */
final class DemoHistoryPlan {

    /**
     * How each field behaves, per working day in the whole province: dossiers, share filed online (the online
     * share grows by 8 points over the year), share late, share with a supplement request, share of electronic
     * results, share of paper dossiers scanned at the desk. Land and construction are slower than civil status.
     */
    static final String FIELDS = """
            CREATE TEMP TABLE demo_field (field_code text PRIMARY KEY, per_day numeric, online_share numeric,
                late_share numeric, supplement_share numeric, e_result_share numeric, scanned_share numeric)
                ON COMMIT DROP;
            INSERT INTO demo_field VALUES
                ('HT',   14.0, 0.96, 0.010, 0.04, 0.97, 0.90),
                ('CT',    9.0, 0.96, 0.005, 0.01, 0.70, 0.70),
                ('LLTP',  3.0, 0.97, 0.030, 0.05, 0.95, 0.90),
                ('CTRU',  8.0, 0.98, 0.010, 0.06, 0.98, 0.95),
                ('HKD',   2.0, 0.94, 0.030, 0.10, 0.90, 0.85),
                ('DN',    2.5, 0.99, 0.020, 0.12, 0.99, 0.95),
                ('XD',    1.2, 0.86, 0.120, 0.30, 0.70, 0.60),
                ('DD',    3.0, 0.85, 0.180, 0.35, 0.55, 0.55),
                ('BTXH',  1.2, 0.90, 0.050, 0.15, 0.80, 0.75),
                ('GDDT',  1.0, 0.95, 0.010, 0.03, 0.95, 0.90),
                ('KCB',   0.3, 0.90, 0.060, 0.25, 0.85, 0.80),
                ('ATTP',  0.3, 0.90, 0.080, 0.25, 0.80, 0.80),
                ('VL',    1.0, 0.93, 0.030, 0.08, 0.90, 0.85),
                ('DB',    2.0, 0.96, 0.010, 0.02, 0.98, 0.95),
                ('VH',    0.1, 0.85, 0.050, 0.20, 0.85, 0.80)
            """;

    /**
     * Each procedure in force at each agency working over the period, with its share of the field's dossiers; a
     * procedure not offered online draws a fifth of the share of one that is (most of the field's demand has moved
     * online).
     */
    static final String OFFERS = """
            CREATE TEMP TABLE demo_offer ON COMMIT DROP AS
            SELECT p.code, p.version, p.field_code, a.code AS agency_code, p.processing_amount AS amount,
                   p.processing_unit AS unit, p.online_level, coalesce(p.documents -> 0 ->> 'name', 'Tờ khai') AS paper,
                   f.per_day * CASE WHEN p.online_level = 'NONE' THEN 0.2 ELSE 1 END
                       / sum(CASE WHEN p.online_level = 'NONE' THEN 0.2 ELSE 1 END) OVER (PARTITION BY p.field_code)
                       AS per_day, f.online_share, f.late_share,
                   f.supplement_share, f.e_result_share, f.scanned_share, u.name AS place,
                   greatest(CAST(:start AS date), a.valid_from, p.valid_from) AS first_day
            FROM procedure_in_force p
            JOIN demo_field f ON f.field_code = p.field_code
            CROSS JOIN LATERAL unnest(p.agency_codes) AS c (agency)
            JOIN agency a ON a.code = c.agency AND a.valid_to IS NULL
            JOIN admin_unit u ON u.id = a.unit_id
            WHERE NOT p.abolished AND p.valid_from <= CAST(:end AS date)
              AND (a.valid_from IS NULL OR a.valid_from <= CAST(:end AS date))
            """;

    /** The dossiers: a random number each working day (more towards the end of the year), every draw made once. */
    static final String DRAWS = """
            CREATE TEMP TABLE demo_draw ON COMMIT DROP AS
            SELECT o.*, d.n, d.day, (d.day - CAST(:start AS date)) / 365.0 AS t,
                   random() AS r_channel, random() AS r_time, random() AS r_lag, random() AS r_speed,
                   random() AS r_late, random() AS r_delay, random() AS r_supp, random() AS r_pause,
                   random() AS r_eres, random() AS r_rated, random() AS r_level, random() AS r_return,
                   random() AS r_feedback, random() AS r_answer, random() AS r_refuse, random() AS r_scan,
                   floor(random() * 13)::int + 1 AS family, floor(random() * 9)::int + 1 AS middle,
                   floor(random() * 20)::int + 1 AS given, floor(random() * 1000000)::int AS serial,
                   1950 + floor(random() * 55)::int AS born
            FROM demo_offer o
            JOIN demo_day d ON d.day BETWEEN o.first_day AND CAST(:end AS date)
            CROSS JOIN LATERAL generate_series(1, floor(o.per_day * (0.8 + 0.4 * (d.day - CAST(:start AS date)) / 365.0)
                                                   * (0.6 + 0.8 * random()) + random())::int) AS g (i)
            """;

    /** Channel, receipt, supplements, lateness, due dates and the moment of resolution of every dossier. */
    static final String PLAN = """
            CREATE TEMP TABLE demo_plan ON COMMIT DROP AS
            WITH a AS (
                SELECT w.*,
                       CASE WHEN w.online_level = 'NONE' THEN CASE WHEN w.r_channel < 0.06 THEN 3 ELSE 1 END
                            WHEN w.r_channel < w.online_share + 0.08 * (w.t - 0.5) THEN 2
                            WHEN w.r_channel < w.online_share + 0.08 * (w.t - 0.5) + 0.015 THEN 3 ELSE 1 END AS channel,
                       CASE WHEN floor(w.r_time * 300) < 210
                            THEN time '07:30' + floor(w.r_time * 300) * interval '1 minute'
                            ELSE time '13:30' + (floor(w.r_time * 300) - 210) * interval '1 minute' END AS tod,
                       CASE WHEN w.unit = 'WORKING_DAYS' AND w.r_supp < w.supplement_share
                            THEN CASE WHEN w.r_supp < w.supplement_share / 8 THEN 2 ELSE 1 END
                            ELSE 0 END AS supplements,
                       w.r_late < CASE WHEN w.unit = 'WORKING_DAYS' THEN w.late_share ELSE w.late_share / 4 END AS late
                FROM demo_draw w
            ), b AS (
                SELECT a.*, CASE WHEN a.supplements > 0 THEN 1 + floor(a.r_pause * 4)::int ELSE 0 END AS paused,
                       (a.day + a.tod) AT TIME ZONE 'Asia/Ho_Chi_Minh' AS received_at,
                       a.channel = 2 AND a.r_refuse < 0.01 AS refused
                FROM a
            ), c AS (
                SELECT b.*,
                       CASE WHEN b.unit = 'WORKING_DAYS' THEN b.n + b.amount END AS due_n,
                       CASE WHEN b.unit <> 'WORKING_DAYS' THEN NULL
                            WHEN b.late OR b.supplements = 2
                                 THEN b.n + b.amount + b.paused + 1 + floor(b.r_delay ^ 3 * 40)::int
                            ELSE b.n + b.paused + greatest(1, ceil(b.amount * (0.35 + 0.65 * b.r_speed)))::int
                       END AS resolved_n
                FROM b
            )
            SELECT c.*,
                   CASE WHEN c.channel = 2 THEN c.received_at - c.r_lag * interval '14 hours'
                        ELSE c.received_at END AS submitted_at,
                   CASE WHEN c.unit = 'WORKING_DAYS' THEN (dd.day + time '17:30') AT TIME ZONE 'Asia/Ho_Chi_Minh'
                        WHEN c.amount >= 8 THEN (d1.day + c.tod) AT TIME ZONE 'Asia/Ho_Chi_Minh'
                        WHEN c.tod + interval '4 hours' <= time '11:30'
                             OR c.tod >= time '13:30' AND c.tod + interval '4 hours' <= time '17:30'
                             THEN c.received_at + interval '4 hours'
                        WHEN c.tod < time '11:30' THEN c.received_at + interval '6 hours'
                        ELSE (d1.day + c.tod - interval '6 hours') AT TIME ZONE 'Asia/Ho_Chi_Minh'
                   END AS original_due_at,
                   (dm.day + time '17:30') AT TIME ZONE 'Asia/Ho_Chi_Minh' AS moved_due_at,
                   CASE WHEN c.unit = 'WORKING_DAYS'
                            THEN (dr.day + time '08:00' + floor(c.r_speed * 540) * interval '1 minute')
                                 AT TIME ZONE 'Asia/Ho_Chi_Minh'
                        WHEN c.late THEN (d2.day + time '09:00' + floor(c.r_speed * 400) * interval '1 minute')
                                         AT TIME ZONE 'Asia/Ho_Chi_Minh'
                        ELSE c.received_at + least(30 + floor(c.r_speed * 180),
                                 greatest(20, extract(epoch FROM time '17:25' - c.tod) / 60)) * interval '1 minute'
                   END AS resolved_at,
                   (ds.day + time '16:45') AT TIME ZONE 'Asia/Ho_Chi_Minh' AS supplement_at,
                   (de.day + time '16:45') AT TIME ZONE 'Asia/Ho_Chi_Minh' AS supplemented_at
            FROM c
            JOIN demo_day d1 ON d1.n = c.n + 1
            JOIN demo_day d2 ON d2.n = c.n + 2
            LEFT JOIN demo_day dd ON dd.n = c.due_n
            LEFT JOIN demo_day dm ON dm.n = c.due_n + c.paused
            LEFT JOIN demo_day dr ON dr.n = c.resolved_n
            LEFT JOIN demo_day ds ON ds.n = c.n + floor((c.resolved_n - c.n - c.paused) * 0.3)::int
            LEFT JOIN demo_day de ON de.n = c.n + floor((c.resolved_n - c.n - c.paused) * 0.3)::int + c.paused
            """;

    /** What has happened by now to each dossier, its code, its applicant and who handled it. */
    static final String STATE = """
            CREATE TEMP TABLE demo_state ON COMMIT DROP AS
            WITH p AS (
                SELECT p.*,
                       p.resolved_at + CASE WHEN p.channel = 2 THEN (5 + p.r_return * 55) * interval '1 minute'
                                            ELSE (1 + p.r_return * 47) * interval '1 hour' END AS returned_at,
                       p.r_eres < p.e_result_share AS electronic,
                       p.supplements = 2 AS twice
                FROM demo_plan p
            )
            SELECT p.*,
                   p.agency_code || '-' || to_char(p.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh', 'YYMMDD') || '-'
                       || lpad(row_number() OVER (PARTITION BY p.agency_code,
                               (p.submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date ORDER BY p.submitted_at)::text,
                               4, '0') AS code_text,
                   CASE WHEN p.refused THEN 'REFUSED'
                        WHEN p.returned_at <= :now THEN 'RETURNED'
                        WHEN p.resolved_at <= :now THEN 'RESOLVED'
                        WHEN p.supplements > 0 AND p.supplement_at <= :now AND :now < p.supplemented_at
                            THEN 'SUPPLEMENT_REQUESTED'
                        ELSE 'OPEN' END AS state,
                   CASE WHEN p.refused OR p.supplements = 0 OR :now < p.supplement_at THEN 0
                        WHEN :now < p.supplemented_at THEN 1
                        ELSE p.supplements END AS requests,
                   CASE WHEN NOT p.refused AND p.supplements > 0 AND p.supplemented_at <= :now
                        THEN p.paused * 480 + CASE WHEN p.twice THEN 20 ELSE 0 END ELSE 0 END AS paused_minutes,
                   CASE WHEN p.supplements > 0 AND p.supplemented_at <= :now THEN p.moved_due_at
                        ELSE p.original_due_at END AS due_at,
                   (ARRAY['Nguyễn','Trần','Lê','Phạm','Hoàng','Vũ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý'])[p.family]
                       || ' ' || (ARRAY['Văn','Thị','Hữu','Đức','Minh','Thu','Ngọc','Quang','Thanh'])[p.middle]
                       || ' ' || (ARRAY['An','Bình','Chi','Dũng','Hà','Hải','Hạnh','Hùng','Hương','Lan','Long',
                                        'Mai','Nam','Nga','Phong','Quân','Thảo','Trang','Tuấn','Yến'])[p.given]
                       AS applicant_name,
                   '030' || CASE WHEN p.born < 2000 THEN (p.serial % 2)::text ELSE (2 + p.serial % 2)::text END
                       || lpad((p.born % 100)::text, 2, '0') || lpad(p.serial::text, 6, '0') AS id_number,
                   CASE WHEN p.agency_code LIKE '525.%' THEN 'motcua.haiduong'
                        WHEN p.agency_code LIKE '507.%' THEN 'motcua.thanhdong'
                        ELSE 'motcua.hp' END AS desk,
                   CASE WHEN p.agency_code = '000.11.00.H26' THEN 'chuyenvien.tuphap'
                        ELSE 'chuyenvien.' || replace(p.agency_code, '.', '') END AS officer,
                   CASE WHEN p.agency_code = '000.11.00.H26' THEN 'lanhdao.tuphap'
                        ELSE 'lanhdao.' || replace(p.agency_code, '.', '') END AS leader
            FROM p
            """;

    /** The steps of each procedure's workflow, with the share of the processing time before and after each. */
    static final String STEPS = """
            CREATE TEMP TABLE demo_step ON COMMIT DROP AS
            WITH s AS (
                SELECT p.code, p.version, s.i::int AS i, s.step ->> 'state' AS state, s.step ->> 'role' AS role,
                       nullif(s.step ->> 'agencyCode', '') AS agency_code,
                       s.step -> 'actions' -> 0 ->> 'name' AS action,
                       (s.step ->> 'sharePercent')::numeric AS share,
                       count(*) OVER (PARTITION BY p.code, p.version) AS steps
                FROM procedure_in_force p
                CROSS JOIN LATERAL jsonb_array_elements(p.workflow -> 'steps') WITH ORDINALITY AS s (step, i)
            )
            SELECT s.*, s.i = s.steps AS last,
                   coalesce(sum(s.share) FILTER (WHERE s.i < s.steps) OVER w - s.share, 0)
                       / nullif(sum(s.share) FILTER (WHERE s.i < s.steps) OVER (PARTITION BY s.code, s.version), 0)
                       AS share_from,
                   sum(s.share) FILTER (WHERE s.i < s.steps) OVER w
                       / nullif(sum(s.share) FILTER (WHERE s.i < s.steps) OVER (PARTITION BY s.code, s.version), 0)
                       AS share_to
            FROM s
            WINDOW w AS (PARTITION BY s.code, s.version ORDER BY s.i)
            """;

    /**
     * When each dossier entered and left each step: the steps before the last share the time from receipt to
     * resolution; the last one (returning the result) lasts until the result is handed back.
     */
    static final String STEP_TIMES = """
            CREATE TEMP TABLE demo_step_time ON COMMIT DROP AS
            SELECT st.code_text, s.i, s.state, s.role, s.last, s.action,
                   coalesce(s.agency_code, st.agency_code) AS agency_code,
                   CASE WHEN s.last THEN st.resolved_at
                        ELSE st.received_at + s.share_from * (st.resolved_at - st.received_at) END AS entered_at,
                   CASE WHEN s.last THEN st.returned_at
                        ELSE st.received_at + s.share_to * (st.resolved_at - st.received_at) END AS left_at,
                   CASE WHEN s.last THEN st.due_at
                        ELSE least(st.due_at, st.received_at + s.share_to * (st.due_at - st.received_at)) END AS due_at,
                   CASE WHEN s.role = 'LEADER' THEN st.leader WHEN s.i = 1 OR s.last THEN st.desk
                        ELSE st.officer END AS actor
            FROM demo_state st
            JOIN demo_step s ON s.code = st.code AND s.version = st.version
            WHERE NOT st.refused
            """;

    private DemoHistoryPlan() {
    }
}
