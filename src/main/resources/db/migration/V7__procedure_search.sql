-- procedure search: one row per procedure offered today, written in the transaction that publishes a version,
-- and the everyday words citizens type for the official ones.

-- Folds text the way the search compares it: lower case, no diacritics (đ → d), i for a y right after a consonant
-- (kỳ/kì, lý/lí are the same word to a reader; giấy stays giay, not giai), anything else than letters and digits
-- becomes one space. Immutable, so it can be indexed.
-- vn.tinhso.procedure.search.SearchText#fold is the same function in Java; keep them in step.
CREATE FUNCTION search_fold(input text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN btrim(regexp_replace(
        regexp_replace(lower(public.unaccent('public.unaccent'::regdictionary, input)), '([bcdfghklmnpqrstvx])y', '\1i', 'g'),
        '[^a-z0-9]+', ' ', 'g'));

CREATE TABLE procedure_search (
    code               text    PRIMARY KEY,
    version            integer NOT NULL,
    name               text    NOT NULL,
    field_code         text    NOT NULL,
    field_name         text    NOT NULL,
    level              text    NOT NULL,
    online_level       text    NOT NULL,
    agency_codes       text[]  NOT NULL,
    processing_amount  integer NOT NULL,
    processing_unit    text    NOT NULL,
    total_fees         bigint  NOT NULL,
    on_national_portal boolean NOT NULL,
    name_folded        text    NOT NULL,           -- search_fold(name)
    keywords           text    NOT NULL,           -- everyday phrases whose meaning the name carries, folded
    document           text    NOT NULL,           -- name and keywords, folded: what trigrams compare (typos)
    words              tsvector NOT NULL           -- the same, weighted A name, B keywords, C field, D legal basis
);
CREATE INDEX procedure_search_document_trgm ON procedure_search USING gin (document gin_trgm_ops);
CREATE INDEX procedure_search_words ON procedure_search USING gin (words);
CREATE INDEX procedure_search_name ON procedure_search (name);

-- The day the rows were last rebuilt: a version whose day comes changes what is in force without an event.
CREATE TABLE procedure_search_state (
    singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
    built_on  date    NOT NULL
);

-- Everyday words (as citizens type them) and the catalogue's words they stand for. A phrase may have several
-- meanings (any of them may match); an empty meaning marks a filler word the search ignores ("thủ tục", "xin").
-- Written with diacritics for people to read; the search folds both sides.
CREATE TABLE procedure_search_term (
    phrase  text NOT NULL CHECK (phrase <> ''),
    meaning text NOT NULL,
    PRIMARY KEY (phrase, meaning)
);

INSERT INTO procedure_search_term (phrase, meaning) VALUES
    -- hộ tịch
    ('giấy khai sinh', 'khai sinh'),
    ('làm giấy khai sinh', 'đăng ký khai sinh'),
    ('làm khai sinh', 'đăng ký khai sinh'),
    ('khai sinh cho con', 'đăng ký khai sinh'),
    ('báo tử', 'khai tử'),
    ('giấy chứng tử', 'khai tử'),
    ('khai báo người chết', 'khai tử'),
    ('cưới', 'kết hôn'),
    ('cưới vợ', 'kết hôn'),
    ('lấy vợ', 'kết hôn'),
    ('lấy chồng', 'kết hôn'),
    ('giấy đăng ký kết hôn', 'đăng ký kết hôn'),
    ('độc thân', 'tình trạng hôn nhân'),
    ('giấy xác nhận độc thân', 'xác nhận tình trạng hôn nhân'),
    ('nhận con', 'nhận cha mẹ con'),
    ('nhận cha', 'nhận cha mẹ con'),
    ('sửa tên', 'thay đổi cải chính'),
    ('đổi tên', 'thay đổi cải chính'),
    ('sửa giấy khai sinh', 'thay đổi cải chính'),
    ('sai ngày sinh', 'cải chính'),
    -- chứng thực
    ('công chứng bản sao', 'chứng thực bản sao'),
    ('photo công chứng', 'chứng thực bản sao'),
    ('sao y', 'chứng thực bản sao'),
    ('sao y bản chính', 'chứng thực bản sao'),
    ('công chứng giấy tờ', 'chứng thực bản sao'),
    ('công chứng chữ ký', 'chứng thực chữ ký'),
    ('xác nhận chữ ký', 'chứng thực chữ ký'),
    ('lý lịch', 'lý lịch tư pháp'),
    ('xác nhận không tiền án', 'lý lịch tư pháp'),
    ('không tiền án tiền sự', 'lý lịch tư pháp'),
    -- cư trú, giấy tờ tùy thân
    ('hộ khẩu', 'thường trú'),
    ('nhập hộ khẩu', 'đăng ký thường trú'),
    ('chuyển hộ khẩu', 'đăng ký thường trú'),
    ('đăng ký hộ khẩu', 'đăng ký thường trú'),
    ('khai báo tạm trú', 'tạm trú'),
    ('đăng ký ở trọ', 'tạm trú'),
    ('cmnd', 'căn cước'),
    ('cccd', 'căn cước'),
    ('chứng minh nhân dân', 'căn cước'),
    ('chứng minh thư', 'căn cước'),
    ('căn cước công dân', 'căn cước'),
    -- kinh doanh
    ('mở quán', 'hộ kinh doanh'),
    ('mở cửa hàng', 'hộ kinh doanh'),
    ('kinh doanh nhỏ', 'hộ kinh doanh'),
    ('buôn bán', 'hộ kinh doanh'),
    ('bán hàng', 'hộ kinh doanh'),
    ('kinh doanh cá thể', 'hộ kinh doanh'),
    ('mở công ty', 'thành lập doanh nghiệp'),
    ('thành lập công ty', 'thành lập doanh nghiệp'),
    ('công ty tư nhân', 'doanh nghiệp tư nhân'),
    ('vệ sinh an toàn thực phẩm', 'an toàn thực phẩm'),
    ('vệ sinh thực phẩm', 'an toàn thực phẩm'),
    ('attp', 'an toàn thực phẩm'),
    -- đất đai, xây dựng
    ('sổ đỏ', 'quyền sử dụng đất'),
    ('sổ hồng', 'quyền sử dụng đất'),
    ('làm sổ đỏ', 'cấp giấy chứng nhận quyền sử dụng đất'),
    ('bìa đỏ', 'quyền sử dụng đất'),
    ('sang tên', 'chuyển nhượng'),
    ('mua bán đất', 'chuyển nhượng quyền sử dụng đất'),
    ('cho tặng', 'tặng cho'),
    ('thừa kế đất', 'thừa kế quyền sử dụng đất'),
    ('xây nhà', 'giấy phép xây dựng nhà ở riêng lẻ'),
    ('xin phép xây nhà', 'giấy phép xây dựng nhà ở riêng lẻ'),
    ('xây dựng nhà ở', 'giấy phép xây dựng nhà ở riêng lẻ'),
    ('phép xây dựng', 'giấy phép xây dựng'),
    -- lao động, xã hội, y tế, giao thông
    ('tiền trợ cấp', 'trợ cấp'),
    ('trợ cấp người già', 'trợ cấp xã hội'),
    ('trợ cấp người khuyết tật', 'trợ cấp xã hội'),
    ('bảo trợ xã hội', 'trợ cấp xã hội'),
    ('bảo hiểm thất nghiệp', 'trợ cấp thất nghiệp'),
    ('mất việc', 'trợ cấp thất nghiệp'),
    ('thất nghiệp', 'trợ cấp thất nghiệp'),
    ('ma chay', 'mai táng'),
    ('chôn cất', 'mai táng'),
    ('tiền mai táng', 'mai táng phí'),
    ('mai táng phí', 'chi phí mai táng'),
    ('bằng lái', 'giấy phép lái xe'),
    ('bằng lái xe', 'giấy phép lái xe'),
    ('đổi bằng', 'đổi giấy phép lái xe'),
    ('gplx', 'giấy phép lái xe'),
    ('work permit', 'giấy phép lao động'),
    ('người nước ngoài đi làm', 'giấy phép lao động'),
    ('chứng chỉ hành nghề y', 'chứng chỉ hành nghề khám bệnh chữa bệnh'),
    ('hành nghề bác sĩ', 'hành nghề khám bệnh chữa bệnh'),
    ('bác sĩ', 'khám bệnh chữa bệnh'),
    ('mở phòng khám', 'khám bệnh chữa bệnh'),
    -- fillers: words that say nothing about which procedure
    ('thủ tục', ''), ('làm thủ tục', ''), ('xin', ''), ('tôi', ''), ('muốn', ''), ('cần', ''), ('làm', ''),
    ('cách', ''), ('như thế nào', ''), ('thế nào', ''), ('ở đâu', ''), ('bao lâu', ''), ('mất bao lâu', ''),
    ('hồ sơ', ''), ('giấy tờ gì', ''), ('cần gì', ''), ('online', ''), ('trực tuyến', ''), ('cho', ''),
    ('của', ''), ('bao nhiêu tiền', ''), ('lệ phí', ''), ('ạ', ''), ('nộp', '');
