package vn.safeschool.base.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Serves {@code vaadin-i18n/translations*.properties}: Vietnamese is the root bundle, English the only other.
 * Lookups never fall back to the JVM's default locale, so a server set to en_US still shows Vietnamese by default.
 */
@Component
public class Translations implements I18NProvider {

    public static final Locale VIETNAMESE = Locale.of("vi");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> LOCALES = List.of(VIETNAMESE, ENGLISH);
    static final String BUNDLE = "vaadin-i18n.translations";

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK);
        try {
            String pattern = bundle.getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported(locale)).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation key {} for {}", key, locale);
            return "!" + key;
        }
    }

    /**
     * Whether the key has a text (the language files have the same keys, {@code TranslationFilesTest}): for
     * texts made of recorded names, such as the audit log's field names, that fall back to the name itself.
     */
    public static boolean has(String key) {
        return ResourceBundle.getBundle(BUNDLE, VIETNAMESE, NO_FALLBACK).containsKey(key);
    }

    /** The supported locale closest to the one asked for; Vietnamese when nothing matches. */
    public static Locale supported(Locale locale) {
        return ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : VIETNAMESE;
    }
}
