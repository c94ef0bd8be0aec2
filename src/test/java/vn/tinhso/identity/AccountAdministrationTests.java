package vn.tinhso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Who may manage which accounts: the matrix of system admin, agency admin and plain officer. */
@SpringBootTest
@AutoConfigureMockMvc
class AccountAdministrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/admin/accounts").accept(org.springframework.http.MediaType.TEXT_HTML))
                .andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    void anOfficerWithoutAdminRoleIsForbidden() throws Exception {
        mvc.perform(get("/admin/accounts").session(signIn("motcua.hp"))).andExpect(status().isForbidden());
    }

    @Test
    void theSystemAdminOpensAnOfficerAccountInAnyAgency() throws Exception {
        mvc.perform(open(signIn("admin"), "can.bo.moi", "OFFICER", "000.19.00.H26"))
                .andExpect(redirectedUrl("/admin/accounts"));
        assertThat(accounts.findByUsername("can.bo.moi").orElseThrow().grants())
                .containsExactly(new RoleGrant(Role.OFFICER, "000.19.00.H26"));
    }

    @Test
    void anAgencyAdminSeesOnlyTheirAgencysOfficers() throws Exception {
        mvc.perform(get("/admin/accounts").session(signIn("quantri.tuphap")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lanhdao.tuphap")))
                .andExpect(content().string(not(containsString("motcua.hp"))));
    }

    @Test
    void anAgencyAdminCannotOpenAccountsInAnotherAgency() throws Exception {
        mvc.perform(open(signIn("quantri.tuphap"), "ngoai.pham.vi", "OFFICER", "000.19.00.H26"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không thuộc phạm vi của bạn")));
        assertThat(accounts.findByUsername("ngoai.pham.vi")).isEmpty();
    }

    @Test
    void anAgencyAdminCannotCreateAdministrators() throws Exception {
        mvc.perform(open(signIn("quantri.tuphap"), "sieu.quan.tri", "SYSTEM_ADMIN", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không được cấp vai trò này")));
        assertThat(accounts.findByUsername("sieu.quan.tri")).isEmpty();
    }

    @Test
    void aDuplicateUsernameOrUnknownAgencyIsExplained() throws Exception {
        MockHttpSession admin = signIn("admin");
        mvc.perform(open(admin, "MOTCUA.HP", "OFFICER", "000.05.00.H26"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Tên đăng nhập gồm")));
        mvc.perform(open(admin, "motcua.hp", "OFFICER", "000.05.00.H26"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("đã được dùng")));
        mvc.perform(open(admin, "co.quan.la", "OFFICER", "999.99.99.H99"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Không có cơ quan mang mã 999.99.99.H99")));
        assertThat(accounts.findByUsername("co.quan.la")).isEmpty();
    }

    private MockHttpServletRequestBuilder open(MockHttpSession session, String username, String role, String agency) {
        return post("/admin/accounts").session(session).with(csrf())
                .param("username", username).param("displayName", "Người Thử").param("password", "Mật khẩu 12345")
                .param("role", role).param("agencyCode", agency);
    }

    private MockHttpSession signIn(String username) throws Exception {
        var result = mvc.perform(post("/sign-in").with(csrf()).param("username", username)
                .param("password", SignInTests.PASSWORD)).andExpect(redirectedUrl("/account")).andReturn();
        return (MockHttpSession) result.getRequest().getSession();
    }
}
