package vn.tinhso.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@SpringBootTest
@AutoConfigureMockMvc
class RegistrationTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    @Test
    void aCitizenRegistersAndCanThenSignIn() throws Exception {
        mvc.perform(registration("001198007777", "1998-05-20", "Mật khẩu mạnh 1"))
                .andExpect(redirectedUrl("/sign-in"));
        assertThat(accounts.findByUsername("001198007777")).hasValueSatisfying(account -> {
            assertThat(account.kind()).isEqualTo(AccountKind.CITIZEN);
            assertThat(account.passwordHash()).startsWith("{bcrypt}");
            assertThat(account.grants()).containsExactly(new RoleGrant(Role.CITIZEN, ""));
        });
        mvc.perform(post("/sign-in").with(csrf()).param("username", "001198007777").param("password", "Mật khẩu mạnh 1"))
                .andExpect(redirectedUrl("/account"));
    }

    @Test
    void aMalformedIdentityNumberIsExplainedInVietnameseAndNothingIsSaved() throws Exception {
        mvc.perform(registration("003198007777", "1998-05-20", "Mật khẩu mạnh 1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không phải mã tỉnh")));
        assertThat(accounts.findByUsername("003198007777")).isEmpty();
    }

    @Test
    void aDateOfBirthThatContradictsTheNumberIsRefused() throws Exception {
        mvc.perform(registration("001198008888", "1999-05-20", "Mật khẩu mạnh 1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("năm sinh 1998")));
        assertThat(accounts.findByUsername("001198008888")).isEmpty();
    }

    @Test
    void anIdentityNumberAlreadyRegisteredIsRefused() throws Exception {
        mvc.perform(registration(DemoAccounts.DEMO_CITIZEN, "1995-01-01", "Mật khẩu mạnh 1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("đã có tài khoản")));
    }

    @Test
    void mismatchedPasswordsAreRefused() throws Exception {
        mvc.perform(registration("001198009999", "1998-05-20", "Mật khẩu mạnh 1").param("confirmPassword", "khác hẳn"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("không khớp")));
        assertThat(accounts.findByUsername("001198009999")).isEmpty();
    }

    private static MockHttpServletRequestBuilder registration(String number, String birthDate, String password) {
        return post("/register").with(csrf())
                .param("identityNumber", number).param("fullName", "Trần Thị Thử")
                .param("birthDate", birthDate).param("email", "thu@example.vn").param("phone", "0987654321")
                .param("password", password).param("confirmPassword", password);
    }
}
