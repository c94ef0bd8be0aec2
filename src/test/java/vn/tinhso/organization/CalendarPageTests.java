package vn.tinhso.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The public calendar page, its deadline calculator and the administrator's adjustment form. */
@SpringBootTest
@AutoConfigureMockMvc
class CalendarPageTests {

    private static final LocalDate SATURDAY = LocalDate.of(2032, 3, 13);

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    CalendarAdjustments adjustments;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void removeTestAdjustment() {
        adjustments.remove(SATURDAY);
    }

    @Test
    void showsTheYearsHolidaysInVietnameseToEveryone() throws Exception {
        mvc.perform(get("/calendar").param("year", "2026"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lịch làm việc năm 2026")))
                .andExpect(content().string(containsString("Giỗ Tổ Hùng Vương")))
                .andExpect(content().string(containsString("10/3 âm lịch")))
                .andExpect(content().string(containsString("Nghỉ bù Giỗ Tổ Hùng Vương")))
                .andExpect(content().string(containsString("Tháng 12")))
                .andExpect(content().string(not(containsString("calendar.adjustment.add"))));
    }

    @Test
    void showsTheMakeUpSaturdaysOfTheYear() throws Exception {
        mvc.perform(get("/calendar").param("year", "2024"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("04/05/2024")))
                .andExpect(content().string(containsString("Làm bù cho ngày nghỉ 29/4/2024")));
    }

    @Test
    void speaksEnglishWhenAsked() throws Exception {
        mvc.perform(get("/calendar").param("year", "2026").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Working calendar 2026")))
                .andExpect(content().string(containsString("Compensation for Hùng Kings Commemoration")));
    }

    @Test
    void answersAYearOutsideTheLunarCalendarWithNotFound() throws Exception {
        mvc.perform(get("/calendar").param("year", "2300")).andExpect(status().isNotFound());
    }

    @Test
    void computesADeadlineAsAnHtmxFragment() throws Exception {
        mvc.perform(get("/calendar/deadline").param("start", "2025-08-29T17:30").param("days", "3")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("03/09/2025")))
                .andExpect(content().string(containsString("17:30, Thứ Sáu 05/09/2025")))
                .andExpect(content().string(not(containsString("<footer"))));
    }

    @Test
    void computesADeadlineOnTheWholePageWithoutHtmxAndExplainsBadInput() throws Exception {
        mvc.perform(get("/calendar/deadline").param("start", "2025-08-29T17:30").param("days", "3"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<footer")))
                .andExpect(content().string(containsString("05/09/2025")));
        mvc.perform(get("/calendar/deadline").param("start", "not a date").param("days", "-1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hãy nhập thời điểm nộp hồ sơ")));
    }

    @Test
    void refusesAnAdjustmentFromAnAnonymousVisitor() throws Exception {
        mvc.perform(post("/calendar/adjustments").with(csrf()).param("day", SATURDAY.toString())
                        .param("kind", "WORKING_DAY").param("reasonVi", "Làm bù"))
                .andExpect(status().is4xxClientError());
        assertThat(calendar.isWorkingDay(SATURDAY)).isFalse();
    }

    @Test
    @WithMockUser(roles = "OFFICER")
    void refusesAnAdjustmentFromAnOfficerWhoIsNotASystemAdministrator() throws Exception {
        mvc.perform(post("/calendar/adjustments").with(csrf()).param("day", SATURDAY.toString())
                        .param("kind", "WORKING_DAY").param("reasonVi", "Làm bù"))
                .andExpect(status().isForbidden());
        assertThat(calendar.isWorkingDay(SATURDAY)).isFalse();
    }

    @Test
    @WithMockUser(roles = CalendarController.ADMIN)
    void reRendersTheFormInVietnameseWhenTheDayIsMissingOrTheKindUnknown() throws Exception {
        mvc.perform(post("/calendar/adjustments").with(csrf()).param("day", "")
                        .param("kind", "HOLIDAY").param("reasonVi", "Làm bù"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Hãy chọn ngày cần điều chỉnh.")))
                .andExpect(content().string(containsString("Hãy chọn loại điều chỉnh: ngày nghỉ hoặc ngày làm việc.")))
                .andExpect(content().string(containsString("value=\"Làm bù\"")));
    }

    @Test
    @WithMockUser(roles = CalendarController.ADMIN)
    void addsAnAdjustmentThatThenShowsOnThePageAndRefusesTheSameDayTwice() throws Exception {
        mvc.perform(post("/calendar/adjustments").with(csrf()).param("day", SATURDAY.toString())
                        .param("kind", "WORKING_DAY").param("reasonVi", "Làm bù thử nghiệm")
                        .param("source", "Thông báo thử nghiệm"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/calendar?year=2032#adjustments"));
        assertThat(calendar.isWorkingDay(SATURDAY)).isTrue();
        assertThat(jdbc.sql("SELECT actor || ' ' || action FROM audit_entry WHERE subject = :day ORDER BY seq DESC LIMIT 1")
                .param("day", SATURDAY.toString()).query(String.class).single())
                .isEqualTo("user calendar.adjustment-added");
        mvc.perform(get("/calendar").param("year", "2032"))
                .andExpect(content().string(containsString("Làm bù thử nghiệm")))
                .andExpect(content().string(containsString("13/03/2032")));
        mvc.perform(post("/calendar/adjustments").with(csrf()).param("day", SATURDAY.toString())
                        .param("kind", "DAY_OFF").param("reasonVi", "Nghỉ"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Ngày 13/03/2032 đã có điều chỉnh")));
    }

    @Test
    @WithMockUser(roles = CalendarController.ADMIN)
    void removesAnAdjustment() throws Exception {
        adjustments.add(new AdjustmentForm(SATURDAY, "WORKING_DAY", "Làm bù", null, null));
        mvc.perform(post("/calendar/adjustments/" + SATURDAY + "/remove").with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(calendar.isWorkingDay(SATURDAY)).isFalse();
    }
}
