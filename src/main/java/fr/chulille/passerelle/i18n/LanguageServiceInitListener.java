package fr.chulille.passerelle.i18n;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Applies the visitor's language before anything renders: in the first HTML response's
 * {@code <html lang>} and as the locale of each new UI.
 */
@Component
class LanguageServiceInitListener implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> {
            Locale locale = LanguagePreference.resolve(response.getVaadinRequest());
            response.getDocument().getElementsByTag("html").attr("lang", locale.getLanguage());
        });
        event.getSource().addUIInitListener(uiEvent -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null) {
                uiEvent.getUI().setLocale(LanguagePreference.resolve(request));
            }
        });
    }
}
