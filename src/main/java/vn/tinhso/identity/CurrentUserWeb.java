package vn.tinhso.identity;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Makes the signed-in {@link CurrentUser} available to every page (model attribute {@code currentUser}) and to
 * every controller method that declares a {@code CurrentUser} parameter ({@code null} when nobody is signed in).
 */
@ControllerAdvice
class CurrentUserWeb implements HandlerMethodArgumentResolver {

    static CurrentUser current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInAccount account
                ? account.user() : null;
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return current();
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CurrentUser.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                  NativeWebRequest request, WebDataBinderFactory binders) {
        return current();
    }
}
