package fr.chulille.passerelle.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/** Replaces Vaadin's default provider: ICU4J formatting of {@code translations/}. */
@Component
public class TranslationProvider implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);

    private final Messages messages = Messages.fromClasspath();

    @Override
    public List<Locale> getProvidedLocales() {
        return Messages.LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (!messages.has(key)) {
            log.warn("Missing translation key {}", key);
        }
        return messages.format(key, locale, params);
    }

    public Messages messages() {
        return messages;
    }
}
