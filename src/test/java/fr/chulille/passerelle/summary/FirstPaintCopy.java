package fr.chulille.passerelle.summary;

import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import fr.chulille.passerelle.i18n.TranslationProvider;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.Locale;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * Test helper: the copy of a public page that {@link FirstPaintRenderer} puts into the first HTML
 * response, rendered without a server (a visitor who is not logged in, language from the URL).
 */
final class FirstPaintCopy {

    private FirstPaintCopy() {
    }

    /** @param path e.g. {@code "/"} or {@code "/professionals"} */
    static Element render(TranslationProvider translations, SummaryService summary, String path, String language) {
        return render(new FirstPaintRenderer(translations, summary), path, language, null);
    }

    /** The copy as {@code renderer} renders it for this address ({@code queryString} without "?", or null). */
    static Element render(FirstPaintRenderer renderer, String path, String language, String queryString) {
        VaadinServletRequest request = mock(VaadinServletRequest.class);
        when(request.getPathInfo()).thenReturn(path);
        when(request.getParameter("lang")).thenReturn(language);
        when(request.getQueryString()).thenReturn(queryString);
        when(request.getLocale()).thenReturn(Locale.forLanguageTag(language));
        when(request.getHeader("Host")).thenReturn("localhost");
        Document document = Jsoup.parse("<!DOCTYPE html><html><head></head><body><div id=\"outlet\"></div></body></html>");
        renderer.render(new IndexHtmlResponse(request, mock(VaadinResponse.class), document));
        Element copy = document.getElementById(PublicPage.FIRST_PAINT_ID);
        if (copy == null) {
            throw new AssertionError("no first-paint copy rendered for " + path);
        }
        return copy;
    }

    /** The text of the first element of the copy with this class. */
    static String textOf(Element copy, String className) {
        Element element = copy.selectFirst("." + className);
        if (element == null) {
            throw new AssertionError("no ." + className + " in the first-paint copy");
        }
        return element.text();
    }
}
