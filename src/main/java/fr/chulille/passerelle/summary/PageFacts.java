package fr.chulille.passerelle.summary;

import java.util.Locale;

/** The facts of the trial with its organisations named in the page's language. */
final class PageFacts {

    private PageFacts() {
    }

    static SummaryFacts of(SummaryService service, Translator t, Locale locale) {
        return service.facts(locale, registryName -> organisationName(t, registryName));
    }

    /** {@code summary.organisation.<registry name in lower case, words joined by '-'>}, else the registry's name. */
    static String organisationName(Translator t, String registryName) {
        String key = "summary.organisation." + registryName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
        String name = t.translate(key);
        return name.equals("!" + key + "!") ? registryName : name;
    }
}
