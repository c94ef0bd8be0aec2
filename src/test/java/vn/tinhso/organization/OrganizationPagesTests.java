package vn.tinhso.organization;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/** The public pages of units and agencies, rendered in Vietnamese. */
@SpringBootTest
@AutoConfigureMockMvc
@WithMockUser
class OrganizationPagesTests {

    private static final LocalDate BEFORE = LocalDate.of(2025, 6, 30);

    @Autowired
    MockMvc mvc;

    @Autowired
    AdminUnits units;

    @Test
    void listsTheCurrentProvincesWithTheirCommunes() throws Exception {
        mvc.perform(get("/units"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Thành phố Hải Phòng"), containsString("114"),
                        not(containsString("Tỉnh Hải Dương")))));
    }

    @Test
    void listsTheSixtyThreeProvincesBeforeTheReformOnRequest() throws Exception {
        mvc.perform(get("/units").param("before", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tỉnh Hải Dương"), containsString("63 tỉnh"))));
    }

    @Test
    void findsHaiDuongWhenTypedWithoutDiacritics() throws Exception {
        mvc.perform(get("/units").param("q", "hai duong"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tỉnh Hải Dương"), containsString("Phường Hải Dương"))));
    }

    @Test
    void answersHtmxSearchesWithTheResultsOnly() throws Exception {
        mvc.perform(get("/units").param("q", "HAI  DUONG").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Tỉnh Hải Dương"), not(containsString("<html")))));
    }

    @Test
    void showsThatHaiDuongMergedIntoHaiPhongOnTheFirstOfJuly2025() throws Exception {
        long haiDuong = units.find("30", BEFORE).orElseThrow().id();
        long haiPhong = units.find("31", LocalDate.of(2025, 7, 1)).orElseThrow().id();
        mvc.perform(get("/units/{id}", haiDuong))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Sáp nhập vào"),
                        containsString("Thành phố Hải Phòng (31)"), containsString("từ 01/07/2025"),
                        containsString("/units/" + haiPhong), containsString("Thành phố Hải Dương"))));
    }

    @Test
    void showsWhatTheNewHaiPhongWasFormedFrom() throws Exception {
        long haiPhong = units.find("31", LocalDate.of(2025, 7, 1)).orElseThrow().id();
        mvc.perform(get("/units/{id}", haiPhong))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Hình thành từ"), containsString("Tỉnh Hải Dương (30)"),
                        containsString("Thành phố Hải Phòng (31)"), containsString("Nhập toàn bộ"),
                        containsString("Trang 1/3"))));
    }

    @Test
    void showsThatADistrictEndedWithTheDistrictLevel() throws Exception {
        long gialoc = units.find("297", BEFORE).orElseThrow().id();
        mvc.perform(get("/units/{id}", gialoc))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cấp huyện kết thúc hoạt động từ 01/07/2025")));
    }

    @Test
    void answersAnUnknownUnitWithNotFound() throws Exception {
        mvc.perform(get("/units/999999999")).andExpect(status().isNotFound())
                .andExpect(content().string(containsString("đơn vị hành chính")));
        mvc.perform(get("/units/not-a-number")).andExpect(status().isNotFound());
    }

    @Test
    void listsCurrentAgenciesAndFormerOnesOnRequest() throws Exception {
        mvc.perform(get("/agencies"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("000.00.00.H26"), containsString("Sở, ban, ngành"),
                        not(containsString("000.00.00.H23")))));
        mvc.perform(get("/agencies").param("former", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("000.00.00.H23"), not(containsString("000.11.00.H26")))));
    }

    @Test
    void showsTheSuccessorOfTheFormerPeoplesCommitteeOfHaiDuong() throws Exception {
        mvc.perform(get("/agencies/000.00.00.H23"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Đã hợp nhất vào"),
                        containsString("Ủy ban nhân dân thành phố Hải Phòng (000.00.00.H26)"),
                        containsString("href=\"/agencies/000.00.00.H26\""), containsString("từ 01/07/2025"))));
    }

    @Test
    void answersAnUnknownOrMalformedAgencyCodeWithNotFound() throws Exception {
        mvc.perform(get("/agencies/999.99.99.H99")).andExpect(status().isNotFound());
        mvc.perform(get("/agencies/abc")).andExpect(status().isNotFound());
    }

    @Test
    void speaksEnglishOnRequest() throws Exception {
        mvc.perform(get("/units").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Provinces today")));
    }
}
