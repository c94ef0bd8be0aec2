-- Working calendar (module organization): public holidays as rules, and the government's yearly adjustments.
-- Deadlines are counted in working days on this calendar; see vn.tinhso.organization.WorkingCalendar.

-- Public holidays as rules with effective dates: a change of the law closes a rule (valid_to) and adds a new one
-- (valid_from); a rule gives the holidays that fall from valid_from to valid_to (inclusive).
--   SOLAR     the solar day month/day, then days − 1 more days
--   LUNAR     the lunar day month/day (Vietnamese lunar calendar, UTC+7), then days − 1 more days
--   TET       days days from first_offset days after mùng 1 Tết (−1 = lunar new year's eve)
--   ADJACENT  one day next to the solar day month/day, on the side that joins the break to a weekend: the day
--             before when month/day falls on Tuesday, Friday, Saturday or Sunday, the day after otherwise
--             (the government's choice for 2/9 in 2021–2025); the real choice comes from calendar_adjustment.
-- A holiday on Saturday or Sunday gives a compensation day on the next working day (Bộ luật Lao động 2019
-- Art. 111(3)); that is computed, not stored.
CREATE TABLE holiday_rule (
    id           integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind         text     NOT NULL CHECK (kind IN ('SOLAR', 'LUNAR', 'TET', 'ADJACENT')),
    month        smallint CHECK (month BETWEEN 1 AND 12),
    day          smallint CHECK (day BETWEEN 1 AND 31),
    first_offset smallint NOT NULL DEFAULT 0 CHECK (first_offset BETWEEN -10 AND 10),
    days         smallint NOT NULL DEFAULT 1 CHECK (days BETWEEN 1 AND 10),
    name_vi      text     NOT NULL,
    name_en      text     NOT NULL,
    legal_source text     NOT NULL,
    valid_from   date     NOT NULL,
    valid_to     date,
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CHECK ((kind = 'TET') = (month IS NULL AND day IS NULL))
);

-- Bộ luật Lao động 2019 (Luật số 45/2019/QH14) Art. 112(1), in force from 01/01/2021. The Tết window (lunar new
-- year's eve to mùng 4) is the usual default; the Prime Minister fixes the real five days each year.
INSERT INTO holiday_rule (kind, month, day, first_offset, days, name_vi, name_en, legal_source, valid_from) VALUES
    ('SOLAR',     1,    1,     0, 1, 'Tết Dương lịch',                  'New Year''s Day',
     'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a', DATE '2021-01-01'),
    ('TET',       NULL, NULL, -1, 5, 'Tết Nguyên đán',                  'Lunar New Year (Tết)',
     'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm b', DATE '2021-01-01'),
    ('SOLAR',     4,    30,    0, 1, 'Ngày Chiến thắng',                'Reunification Day',
     'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm c', DATE '2021-01-01'),
    ('SOLAR',     5,    1,     0, 1, 'Ngày Quốc tế lao động',           'International Workers'' Day',
     'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm d', DATE '2021-01-01'),
    ('SOLAR',     9,    2,     0, 1, 'Quốc khánh',                      'National Day',
     'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ', DATE '2021-01-01'),
    ('ADJACENT',  9,    2,     0, 1, 'Quốc khánh (ngày liền kề)',       'National Day (adjacent day)',
     'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm đ', DATE '2021-01-01'),
    ('LUNAR',     3,    10,    0, 1, 'Giỗ Tổ Hùng Vương',               'Hùng Kings Commemoration',
     'Bộ luật Lao động 2019, Điều 112 khoản 1 điểm e', DATE '2021-01-01');

-- The days the government moves each year. These rows are the government's yearly announcements (lịch nghỉ lễ,
-- Tết of cán bộ, công chức, viên chức, announced by the Ministry of Labour, Invalids and Social Affairs, from
-- 2025 by the Ministry of Home Affairs, on the Prime Minister's decision); they are data, editable by a system
-- administrator on the page /calendar. Only the differences from the computed calendar are stored:
--   DAY_OFF      a weekday becomes a day off (usually swapped with a make-up Saturday)
--   WORKING_DAY  a weekend day, computed holiday or compensation day becomes a working day
CREATE TABLE calendar_adjustment (
    day       date PRIMARY KEY,
    kind      text NOT NULL CHECK (kind IN ('DAY_OFF', 'WORKING_DAY')),
    reason_vi text NOT NULL,
    reason_en text,
    source    text
);

-- 2024. Tết Giáp Thìn: break Thu 08/02 – Wed 14/02. Computed: 09/02–13/02 (eve to mùng 4) with compensation for
--   Sat 10/02 and Sun 11/02 on Wed 14/02 and Thu 15/02; differences: 08/02 off, 15/02 working.
-- 30/4–1/5: break Sat 27/04 – Wed 01/05, Mon 29/04 swapped with Sat 04/05.
-- 2/9: break Sat 31/08 – Tue 03/09; the default adjacent day (03/09, 2/9 being a Monday) matches, nothing stored.
-- 2025. Tết Ất Tỵ: break Sat 25/01 – Sun 02/02. Computed: 28/01–01/02 with compensation for Sat 01/02 on
--   Mon 03/02; differences: Mon 27/01 off, Mon 03/02 working.
-- 30/4–1/5: break Wed 30/04 – Sun 04/05, Fri 02/05 swapped with Sat 26/04.
-- 2/9: break Sat 30/08 – Tue 02/09; the default adjacent day (01/09, 2/9 being a Tuesday) matches, nothing stored.
-- 2026. Tết Bính Ngọ: break Sat 14/02 – Sun 22/02; the computed window Mon 16/02 – Fri 20/02 matches, nothing stored.
INSERT INTO calendar_adjustment (day, kind, reason_vi, reason_en, source) VALUES
    (DATE '2024-02-08', 'DAY_OFF',     'Nghỉ Tết Nguyên đán Giáp Thìn (28 tháng Chạp)',
     'Lunar New Year break (28th day of the 12th lunar month)',
     'Bộ Lao động – Thương binh và Xã hội, thông báo lịch nghỉ Tết Âm lịch và Quốc khánh năm 2024 (nghỉ Tết từ 08/02 đến hết 14/02/2024)'),
    (DATE '2024-02-15', 'WORKING_DAY', 'Đi làm lại sau Tết Nguyên đán Giáp Thìn (ngày nghỉ bù đã dồn vào kỳ nghỉ Tết)',
     'Back to work after the Lunar New Year break (compensation already given inside the break)',
     'Bộ Lao động – Thương binh và Xã hội, thông báo lịch nghỉ Tết Âm lịch và Quốc khánh năm 2024 (nghỉ Tết từ 08/02 đến hết 14/02/2024)'),
    (DATE '2024-04-29', 'DAY_OFF',     'Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 04/5/2024)',
     'Day off swapped for the 30 April – 1 May break (made up on Saturday 4 May 2024)',
     'Bộ Lao động – Thương binh và Xã hội, thông báo hoán đổi ngày làm việc dịp 30/4 – 1/5/2024 (nghỉ từ 27/4 đến hết 01/5/2024)'),
    (DATE '2024-05-04', 'WORKING_DAY', 'Làm bù cho ngày nghỉ 29/4/2024',
     'Make-up working day for 29 April 2024',
     'Bộ Lao động – Thương binh và Xã hội, thông báo hoán đổi ngày làm việc dịp 30/4 – 1/5/2024 (nghỉ từ 27/4 đến hết 01/5/2024)'),
    (DATE '2025-01-27', 'DAY_OFF',     'Nghỉ Tết Nguyên đán Ất Tỵ (28 tháng Chạp)',
     'Lunar New Year break (28th day of the 12th lunar month)',
     'Bộ Lao động – Thương binh và Xã hội, thông báo lịch nghỉ Tết Âm lịch năm 2025 (nghỉ từ 25/01 đến hết 02/02/2025)'),
    (DATE '2025-02-03', 'WORKING_DAY', 'Đi làm lại sau Tết Nguyên đán Ất Tỵ (ngày nghỉ bù đã dồn vào kỳ nghỉ Tết)',
     'Back to work after the Lunar New Year break (compensation already given inside the break)',
     'Bộ Lao động – Thương binh và Xã hội, thông báo lịch nghỉ Tết Âm lịch năm 2025 (nghỉ từ 25/01 đến hết 02/02/2025)'),
    (DATE '2025-04-26', 'WORKING_DAY', 'Làm bù cho ngày nghỉ 02/5/2025',
     'Make-up working day for 2 May 2025',
     'Bộ Nội vụ, thông báo hoán đổi ngày làm việc dịp 30/4 – 1/5/2025 (nghỉ từ 30/4 đến hết 04/5/2025)'),
    (DATE '2025-05-02', 'DAY_OFF',     'Nghỉ hoán đổi dịp 30/4 – 1/5 (làm bù thứ Bảy 26/4/2025)',
     'Day off swapped for the 30 April – 1 May break (made up on Saturday 26 April 2025)',
     'Bộ Nội vụ, thông báo hoán đổi ngày làm việc dịp 30/4 – 1/5/2025 (nghỉ từ 30/4 đến hết 04/5/2025)');
