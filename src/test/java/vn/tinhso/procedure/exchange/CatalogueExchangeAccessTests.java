package vn.tinhso.procedure.exchange;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** Only a system administrator exports or imports the catalogue. */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogueExchangeAccessTests {

    private static final List<String> PAGES = List.of("/admin/procedures/import", "/admin/procedures/export.xlsx",
            "/admin/procedures/export.json");

    @Autowired
    MockMvc mvc;

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        for (String page : PAGES) {
            mvc.perform(get(page).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/sign-in"));
        }
    }

    @Test
    void anOfficerOrAnAgencyAdministratorIsForbidden() throws Exception {
        for (String username : List.of("motcua.hp", "quantri.tuphap")) {
            MockHttpSession session = Exchanges.signIn(mvc, username);
            for (String page : PAGES) {
                mvc.perform(get(page).session(session)).andExpect(status().isForbidden());
            }
            mvc.perform(multipart("/admin/procedures/import").file(new MockMultipartFile("file", "x.json", null, "{}".getBytes()))
                    .session(session).with(csrf())).andExpect(status().isForbidden());
        }
    }

    @Test
    void theSystemAdministratorSeesTheImportPageWithItsLink() throws Exception {
        mvc.perform(get("/admin/procedures/import").session(Exchanges.signIn(mvc, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Nhập / xuất danh mục")))
                .andExpect(content().string(Matchers.containsString("enctype=\"multipart/form-data\"")));
    }
}
