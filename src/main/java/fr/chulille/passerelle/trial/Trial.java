package fr.chulille.passerelle.trial;

import java.time.LocalDate;
import java.util.List;

/**
 * The facts of the trial, copied once from {@code shared/trial/NCT06649227-record.txt}
 * (ClinicalTrials.gov record last updated 2025-12-05). Every view reads them from here.
 */
public record Trial(
        String nctId,
        String title,
        String phase,
        RecruitmentStatus status,
        int enrolmentTarget,
        LocalDate startDate,
        LocalDate completionDate,
        String leadSponsor,
        List<String> collaborators,
        String site,
        String siteCity,
        String principalInvestigator,
        String centralContactPhone,
        String ctisId,
        String sponsorStudyId,
        LocalDate recordLastUpdated) {

    /**
     * The record gives one title only (the registry's brief title); the short title shown in
     * the header is a translation of it ({@code layout.trial-short-title}).
     */
    public static final Trial NCT06649227 = new Trial(
            "NCT06649227",
            "Study Investigating the Safety of CD19 CAR-T Cells in Relapsed/Refractory AML Expressing CD19",
            "Phase 1",
            RecruitmentStatus.RECRUITING,
            5,
            LocalDate.of(2025, 7, 10),
            LocalDate.of(2030, 7, 10),
            "University Hospital, Lille",
            List.of("Ministry of Health, France", "University Hospital, Rouen", "Miltenyi"),
            "CHU de Lille",
            "Lille, France",
            "Ibrahim Yakoub-Agha, MD, PhD",
            // the record writes "0320445962 ext. +33": the French number 03 20 44 59 62 in international form
            "+33 3 20 44 59 62",
            "2023-509212-29-01",
            "2021_0578",
            LocalDate.of(2025, 12, 5));

    public List<String> sponsorAndCollaborators() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(leadSponsor), collaborators.stream()).toList();
    }

    /** The phone number as a {@code tel:} URI, without spaces. */
    public String centralContactPhoneUri() {
        return "tel:" + centralContactPhone.replace(" ", "");
    }

    public String clinicalTrialsGovUrl() {
        return "https://clinicaltrials.gov/study/" + nctId;
    }

    public String ctisUrl() {
        return "https://euclinicaltrials.eu/search-for-clinical-trials/?lang=en&EUCT=" + ctisId;
    }
}
