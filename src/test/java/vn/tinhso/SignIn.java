package vn.tinhso;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Signs a demo account in through the real sign-in form and returns its session. */
public final class SignIn {

    public static final String DEMO_PASSWORD = "Tinhso@2025";

    private SignIn() {
    }

    public static MockHttpSession as(MockMvc mvc, String username) throws Exception {
        var result = mvc.perform(post("/sign-in").with(csrf()).param("username", username)
                .param("password", DEMO_PASSWORD)).andExpect(redirectedUrl("/account")).andReturn();
        return (MockHttpSession) result.getRequest().getSession();
    }

    /** A second citizen, registered through the real form (once per database), signed in. */
    public static MockHttpSession anotherCitizen(MockMvc mvc) throws Exception {
        String number = "031095004321";
        String password = "Mật khẩu mạnh 1";
        mvc.perform(post("/register").with(csrf()).param("identityNumber", number).param("fullName", "Lê Thị Khác")
                .param("birthDate", "1995-03-04").param("email", "khac@example.vn").param("phone", "0987000111")
                .param("password", password).param("confirmPassword", password));
        return (MockHttpSession) mvc.perform(post("/sign-in").with(csrf()).param("username", number)
                        .param("password", password))
                .andExpect(redirectedUrl("/account")).andReturn().getRequest().getSession();
    }
}
