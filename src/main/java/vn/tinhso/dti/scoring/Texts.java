package vn.tinhso.dti.scoring;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The {@code dti-scoring} bundle read without Spring (the command line has none); the application reads the
 * same keys through its message source.
 */
final class Texts {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Texts() {
    }

    static String text(Locale locale, String key, Object... arguments) {
        ResourceBundle bundle = bundle(locale);
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException unknown) {
            return key;
        }
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
    }

    private static ResourceBundle bundle(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        return ResourceBundle.getBundle("i18n/dti-scoring", english ? Locale.ENGLISH : VIETNAMESE, NO_FALLBACK);
    }
}
