package vn.tinhso.identity;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the {@link CurrentUser} argument resolver. */
@Configuration(proxyBeanMethods = false)
class IdentityWebConfiguration implements WebMvcConfigurer {

    private final CurrentUserWeb currentUserWeb;

    IdentityWebConfiguration(CurrentUserWeb currentUserWeb) {
        this.currentUserWeb = currentUserWeb;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(currentUserWeb);
    }
}
