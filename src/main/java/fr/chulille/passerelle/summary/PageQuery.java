package fr.chulille.passerelle.summary;

import com.vaadin.flow.router.Location;

/** The query part of a page's address ("?lang=en" or ""), kept in in-page links so that they stay on the same URL. */
final class PageQuery {

    private PageQuery() {
    }

    static String of(Location location) {
        return of(location.getQueryParameters().getQueryString());
    }

    static String of(String queryString) {
        return queryString == null || queryString.isBlank() ? "" : "?" + queryString;
    }
}
