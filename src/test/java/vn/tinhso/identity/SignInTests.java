package vn.tinhso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
class SignInTests {

    static final String PASSWORD = "Tinhso@2025";

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder passwords;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aDemoOfficerSignsInAndSeesTheirAgency() throws Exception {
        MvcResult signIn = mvc.perform(post("/sign-in").with(csrf())
                        .param("username", "motcua.hp").param("password", PASSWORD))
                .andExpect(redirectedUrl("/account"))
                .andReturn();
        var session = (MockHttpSession) signIn.getRequest().getSession();
        mvc.perform(get("/account").session(session))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "Trung tâm Phục vụ hành chính công thành phố Hải Phòng")));
    }

    @Test
    void aWrongPasswordAndAnUnknownUserGetTheSameAnswer() throws Exception {
        mvc.perform(post("/sign-in").with(csrf()).param("username", "motcua.haiduong").param("password", "wrong-one"))
                .andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(post("/sign-in").with(csrf()).param("username", "nobody.here").param("password", "wrong-one"))
                .andExpect(redirectedUrl("/sign-in?error"));
        mvc.perform(get("/sign-in").param("error", ""))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Tên đăng nhập hoặc mật khẩu không đúng")));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
        officer("khoa.thu", "Khóa Thử");
        for (int attempt = 0; attempt < 5; attempt++) {
            mvc.perform(post("/sign-in").with(csrf()).param("username", "khoa.thu").param("password", "nope-" + attempt))
                    .andExpect(redirectedUrl("/sign-in?error"));
        }
        mvc.perform(post("/sign-in").with(csrf()).param("username", "khoa.thu").param("password", PASSWORD))
                .andExpect(redirectedUrl("/sign-in?error"));
        assertThat(accounts.findByUsername("khoa.thu").orElseThrow().lockedUntil()).isNotNull();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'identity.sign-in-failed' AND actor = 'khoa.thu'")
                .query(Integer.class).single()).isEqualTo(6);
    }

    @Test
    void aSignInWithoutTheCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/sign-in").param("username", "motcua.hp").param("password", PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void everySignInIsAudited() throws Exception {
        mvc.perform(post("/sign-in").with(csrf()).param("username", "dti.khcn").param("password", PASSWORD))
                .andExpect(redirectedUrl("/account"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'identity.sign-in' AND actor = 'dti.khcn'")
                .query(Integer.class).single()).isPositive();
    }

    @Test
    void aCitizenSignsInWithTheirIdentityNumberTypedWithSpaces() throws Exception {
        mvc.perform(post("/sign-in").with(csrf()).param("username", "030 095 001 234").param("password", PASSWORD))
                .andExpect(redirectedUrl("/account"));
    }

    private void officer(String username, String name) {
        accounts.create(new NewAccount(username, name, AccountKind.OFFICER, passwords.encode(PASSWORD), null, null,
                null, List.of(new RoleGrant(Role.OFFICER, "000.11.00.H26"))));
    }
}
