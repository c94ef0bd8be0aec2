package vn.tinhso.dossier;

/**
 * The SQL that writes the dossier tables from the plan of {@link DemoHistoryPlan} ({@code demo_state},
 * {@code demo_step_time}, {@code demo_file}): the dossiers as they stand now, their history in order, the steps of
 * their workflow (form 06), their results, papers, ratings and feedback, and the day counters of their codes.
 */
final class DemoHistoryRows {

    static final String DOSSIERS = """
            INSERT INTO dossier (code, procedure_code, procedure_version, agency_code, channel, status,
                owner_account_id, applicant_name, applicant_id_number, applicant_phone, applicant_email,
                applicant_address, submitted_at, received_at, due_at, registered_by, handling_agency, step, step_role,
                step_due_at, assignee, paused_at, paused_status, paused_minutes, supplement_count, original_due_at,
                resolved_at, returned_at, return_method, closed_at)
            SELECT st.code_text, st.code, st.version, st.agency_code, st.channel,
                   CASE st.state WHEN 'OPEN' THEN CASE WHEN now_step.i = 1 THEN 'RECEIVED' ELSE 'IN_PROGRESS' END
                                 ELSE st.state END,
                   NULL, st.applicant_name, st.id_number, '09' || lpad((st.serial * 37 % 100000000)::text, 8, '0'),
                   NULL, st.place || ', thành phố Hải Phòng', st.submitted_at,
                   CASE WHEN NOT st.refused THEN st.received_at END,
                   CASE WHEN NOT st.refused THEN st.due_at END,
                   CASE WHEN st.channel = 2 THEN st.id_number ELSE st.desk END,
                   coalesce(now_step.agency_code, st.agency_code),
                   now_step.state, now_step.role, now_step.due_at,
                   CASE WHEN now_step.i > 1 AND NOT now_step.last THEN now_step.actor END,
                   CASE WHEN st.state = 'SUPPLEMENT_REQUESTED' THEN st.supplement_at END,
                   CASE WHEN st.state = 'SUPPLEMENT_REQUESTED' THEN 'IN_PROGRESS' END,
                   st.paused_minutes, st.requests,
                   CASE WHEN NOT st.refused THEN st.original_due_at END,
                   CASE WHEN st.state IN ('RESOLVED', 'RETURNED') THEN st.resolved_at END,
                   CASE WHEN st.state = 'RETURNED' THEN st.returned_at END,
                   CASE WHEN st.state = 'RETURNED' THEN CASE WHEN st.channel = 3 THEN 'POST'
                        WHEN st.channel = 2 AND st.electronic THEN 'ONLINE' ELSE 'DESK' END END,
                   CASE WHEN st.state = 'RETURNED' THEN st.returned_at END
            FROM demo_state st
            LEFT JOIN LATERAL (
                SELECT t.* FROM demo_step_time t
                WHERE t.code_text = st.code_text AND st.state IN ('OPEN', 'SUPPLEMENT_REQUESTED', 'RESOLVED')
                  AND t.entered_at <= :now ORDER BY t.i DESC LIMIT 1) AS now_step ON true
            ORDER BY st.submitted_at
            """;

    static final String IDS = """
            CREATE TEMP TABLE demo_id ON COMMIT DROP AS
            SELECT d.id, st.* FROM demo_state st JOIN dossier d ON d.code = st.code_text
            """;

    /** The history of each dossier up to now, in order, as the services write it. */
    static final String EVENTS = """
            INSERT INTO dossier_event (dossier_id, at, actor, type, from_status, to_status, note)
            SELECT e.id, e.at, e.actor, e.type, e.from_status, e.to_status, e.note
            FROM (
                SELECT id, submitted_at AS at, CASE WHEN channel = 2 THEN id_number ELSE desk END AS actor,
                       CASE WHEN channel = 2 THEN 'submitted' ELSE 'registered' END AS type, NULL AS from_status,
                       CASE WHEN channel = 2 THEN 'SUBMITTED' ELSE 'RECEIVED' END AS to_status, '' AS note, 0 AS o
                FROM demo_id
                UNION ALL
                SELECT id, received_at, desk, CASE WHEN refused THEN 'refused' ELSE 'received' END, 'SUBMITTED',
                       CASE WHEN refused THEN 'REFUSED' ELSE 'RECEIVED' END,
                       CASE WHEN refused THEN 'Hồ sơ không thuộc thẩm quyền giải quyết' ELSE '' END, 1
                FROM demo_id WHERE channel = 2
                UNION ALL
                SELECT i.id, t.left_at, t.actor, 'step.' || t.action,
                       CASE WHEN t.i = 1 THEN 'RECEIVED' ELSE 'IN_PROGRESS' END, 'IN_PROGRESS', '', 2
                FROM demo_id i JOIN demo_step_time t ON t.code_text = i.code_text
                WHERE NOT t.last AND t.left_at <= :now
                UNION ALL
                SELECT id, supplement_at, officer, 'supplement-requested', 'IN_PROGRESS', 'SUPPLEMENT_REQUESTED',
                       'Bổ sung ' || paper, 3
                FROM demo_id WHERE NOT refused AND supplements > 0 AND supplement_at <= :now
                UNION ALL
                SELECT id, supplemented_at, desk, 'supplemented', 'SUPPLEMENT_REQUESTED', 'IN_PROGRESS', '', 4
                FROM demo_id WHERE NOT refused AND supplements > 0 AND supplemented_at <= :now
                UNION ALL
                SELECT id, supplemented_at + interval '5 minutes', officer, 'supplement-requested', 'IN_PROGRESS',
                       'SUPPLEMENT_REQUESTED', 'Bổ sung bản sao có chứng thực', 5
                FROM demo_id WHERE NOT refused AND twice AND supplemented_at + interval '5 minutes' <= :now
                UNION ALL
                SELECT id, supplemented_at + interval '25 minutes', desk, 'supplemented', 'SUPPLEMENT_REQUESTED',
                       'IN_PROGRESS', '', 6
                FROM demo_id WHERE NOT refused AND twice AND supplemented_at + interval '25 minutes' <= :now
                UNION ALL
                SELECT id, resolved_at, leader, 'resolved', 'IN_PROGRESS', 'RESOLVED', '', 7
                FROM demo_id WHERE state IN ('RESOLVED', 'RETURNED')
                UNION ALL
                SELECT id, returned_at, desk, 'returned', 'RESOLVED', 'RETURNED',
                       CASE WHEN channel = 3 THEN 'POST' WHEN channel = 2 AND electronic THEN 'ONLINE'
                            ELSE 'DESK' END, 8
                FROM demo_id WHERE state = 'RETURNED'
            ) AS e
            ORDER BY e.id, e.at, e.o
            """;

    static final String STEP_ROWS = """
            INSERT INTO dossier_step (dossier_id, step, agency_code, entered_at, entered_by, due_at, left_at, left_by,
                action)
            SELECT i.id, t.state, t.agency_code, t.entered_at, coalesce(prev.actor, i.desk), t.due_at,
                   CASE WHEN t.left_at <= :now THEN t.left_at END, CASE WHEN t.left_at <= :now THEN t.actor END,
                   CASE WHEN t.left_at <= :now THEN CASE WHEN t.last THEN 'return-result' ELSE t.action END END
            FROM demo_id i
            JOIN demo_step_time t ON t.code_text = i.code_text
            LEFT JOIN demo_step_time prev ON prev.code_text = t.code_text AND prev.i = t.i - 1
            WHERE t.entered_at <= :now
            ORDER BY i.id, t.i
            """;

    /** The signed placeholder result of the agency, for every dossier it resolved. */
    static final String RESULTS = """
            INSERT INTO dossier_result (dossier_id, file_name, sha256, size_bytes, signed_at, approved_by, agency_code,
                electronic)
            SELECT i.id, 'ket-qua-' || i.code_text || '.pdf', f.sha256, f.size_bytes, i.resolved_at, i.leader,
                   i.agency_code, i.electronic
            FROM demo_id i JOIN demo_file f ON f.kind = 'RESULT' AND f.agency_code = i.agency_code
            WHERE i.state IN ('RESOLVED', 'RETURNED')
            """;

    /** The papers: every online dossier comes with its scan, a share of the paper ones is scanned at the desk. */
    static final String DOCUMENTS = """
            INSERT INTO dossier_document (dossier_id, position, name, file_name, media_type, size_bytes, sha256)
            SELECT i.id, 0, i.paper, 'giay-to-1.pdf', 'application/pdf', f.size_bytes, f.sha256
            FROM demo_id i JOIN demo_file f ON f.kind = 'PAPER'
            WHERE i.channel = 2 OR i.r_scan < i.scanned_share
            """;

    /**
     * Ratings of returned dossiers, given on the national portal's form by applicants without a local account
     * ({@code account_id} 0): late dossiers are rated worse.
     */
    static final String RATINGS = """
            INSERT INTO dossier_rating (dossier_id, level, comment, rated_at, account_id)
            SELECT id,
                   CASE WHEN r_level < CASE WHEN late OR twice THEN 0.30 ELSE 0.03 END THEN 'DISSATISFIED'
                        WHEN r_level < CASE WHEN late OR twice THEN 0.70 ELSE 0.30 END THEN 'SATISFIED'
                        ELSE 'VERY_SATISFIED' END,
                   '', least(:now, returned_at + (1 + r_rated * 40) * interval '1 hour'), 0
            FROM demo_id
            WHERE state = 'RETURNED' AND r_rated < CASE WHEN channel = 2 THEN 0.45 ELSE 0.25 END
            """;

    /** A little feedback (phản ánh, kiến nghị), mostly about late dossiers; most answered, some late. */
    static final String FEEDBACK = """
            INSERT INTO dossier_feedback (dossier_id, kind, text, submitted_at, due_at, account_id, status, answer,
                answered_at, answered_by)
            SELECT f.id, 'FEEDBACK', f.text, f.submitted_at, f.due_at, 0,
                   CASE WHEN f.answered_at <= :now THEN 'ANSWERED' ELSE 'OPEN' END,
                   CASE WHEN f.answered_at <= :now THEN 'Cơ quan đã tiếp nhận, kiểm tra và trả lời ông/bà.' END,
                   CASE WHEN f.answered_at <= :now THEN f.answered_at END,
                   CASE WHEN f.answered_at <= :now THEN f.officer END
            FROM (
                SELECT id, officer, returned_at + interval '1 day' AS submitted_at,
                       returned_at + interval '15 days' AS due_at,
                       returned_at + interval '1 day' + (2 + r_answer * 16) * interval '1 day' AS answered_at,
                       CASE WHEN late THEN 'Hồ sơ trả kết quả chậm so với giấy hẹn, đề nghị cơ quan giải thích.'
                            ELSE 'Đề nghị hướng dẫn rõ hơn thành phần hồ sơ trên Cổng dịch vụ công.' END AS text
                FROM demo_id
                WHERE state = 'RETURNED' AND r_feedback < CASE WHEN late OR twice THEN 0.08 ELSE 0.006 END
                  AND returned_at + interval '1 day' <= :now
            ) AS f
            """;

    /** Keeps the code counters ahead of the codes handed out, so the next dossier of a day gets the next number. */
    static final String SEQUENCES = """
            INSERT INTO dossier_sequence (agency_code, day, last_value)
            SELECT agency_code, (submitted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, count(*)
            FROM demo_id
            GROUP BY 1, 2
            ON CONFLICT (agency_code, day)
                DO UPDATE SET last_value = greatest(dossier_sequence.last_value, excluded.last_value)
            """;

    private DemoHistoryRows() {
    }
}
