package fr.chulille.passerelle.summary;

import java.util.Map;

/**
 * What the public pages show about the trial in one language: the named arguments of the
 * {@code summary.*} messages (see the translation files) and the addresses of the links.
 */
record SummaryFacts(
        Map<String, Object> arguments,
        String phone,
        String phoneUri,
        String clinicalTrialsGovUrl,
        String ctisUrl) {
}
