package fr.chulille.passerelle.summary;

import fr.chulille.passerelle.recruitment.RecruitmentNotice;

import java.util.Map;

/**
 * What the public pages show about the trial in one language: the named arguments of the
 * {@code summary.*} messages (see the translation files), the addresses of the links, and the
 * recruitment state (formatted with the {@code recruitment.public.*} messages once staff set one).
 */
record SummaryFacts(
        Map<String, Object> arguments,
        String phone,
        String phoneUri,
        String clinicalTrialsGovUrl,
        String ctisUrl,
        RecruitmentNotice recruitment) {
}
