package vn.tinhso.platform;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class WebShellTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theHomePageSpeaksVietnameseByDefault() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"vi\"")))
                .andExpect(content().string(containsString("Cổng dịch vụ công và chuyển đổi số")));
    }

    @Test
    void theLanguageSwitchesToEnglish() throws Exception {
        mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Public services and digital transformation portal")));
    }

    @Test
    void anUnknownLanguageIsIgnored() throws Exception {
        mvc.perform(get("/").param("lang", "xx"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cổng dịch vụ công")));
    }

    @Test
    void anUnknownPageGetsAVietnamese404Page() throws Exception {
        mvc.perform(get("/khong-co-trang-nay").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy trang bạn yêu cầu")));
    }

    @Test
    void anUnknownApiAddressGetsProblemJson() throws Exception {
        mvc.perform(get("/api/khong-co"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("error.404"))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void aParameterOfTheWrongTypeIsABadRequestNotAServerError() throws Exception {
        mvc.perform(get("/agencies").param("former", "co-le").accept(MediaType.TEXT_HTML))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Yêu cầu không hợp lệ")));
    }

    @Test
    void theOpenApiDescriptionAndSwaggerUiAreServed() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andExpect(jsonPath("$.openapi").exists());
        mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
    }

    @Test
    void healthAndPrometheusMetricsAreExposed() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(get("/actuator/prometheus")).andExpect(status().isOk())
                .andExpect(content().string(containsString("jvm_memory_used_bytes")));
    }

    @Test
    void securityHeadersAreSent() throws Exception {
        mvc.perform(get("/"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("X-Content-Type-Options", "nosniff"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Security-Policy", containsString("frame-ancestors 'none'")));
    }
}
