package vn.tinhso.platform;

import java.io.IOException;
import java.util.Arrays;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module keeps its texts in {@code i18n/<module>_vi.properties} and {@code i18n/<module>_en.properties};
 * all such bundles found on the classpath are used, Vietnamese when the language is unknown.
 */
@Configuration(proxyBeanMethods = false)
class Messages {

    @Bean
    MessageSource messageSource() throws IOException {
        Resource[] vietnamese = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*_vi.properties");
        var basenames = new TreeSet<String>();
        Arrays.stream(vietnamese).map(Resource::getFilename)
                .map(name -> "classpath:i18n/" + name.substring(0, name.length() - "_vi.properties".length()))
                .forEach(basenames::add);
        var source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(basenames.toArray(String[]::new));
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(WebConfiguration.VIETNAMESE);
        return source;
    }
}
