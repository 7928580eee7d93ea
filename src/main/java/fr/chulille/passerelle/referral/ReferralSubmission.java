package fr.chulille.passerelle.referral;

import fr.chulille.passerelle.eligibility.AnswerSource;
import fr.chulille.passerelle.eligibility.ClinicalFacts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * What the referral form sends. The patient is pseudonymised: initials, and the birth year and sex
 * held in the clinical facts.
 *
 * @param submissionToken  created with the form; a second submit with the same token returns the first referral
 * @param labSampleDates   sample date of each laboratory value, keyed by its fact name ("platelets", …)
 * @param answerSources    for the questions of the grouped attestation, keyed by fact name: answered on their
 *                         own or attested with the group; null is none
 */
public record ReferralSubmission(
        @NotNull UUID submissionToken,
        @NotNull @Pattern(regexp = "fr|en") String language,
        @NotNull @Valid ReferrerIdentity referrer,
        @NotBlank @Pattern(regexp = ReferralRules.INITIALS) String patientInitials,
        @NotNull ClinicalFacts facts,
        @NotNull Map<String, LocalDate> labSampleDates,
        @Size(max = ReferralRules.COMMENT_MAX) @Pattern(regexp = FreeText.LINES) String comment,
        @AssertTrue boolean consentAttested,
        Map<String, AnswerSource> answerSources) {

    /** Without a grouped attestation. */
    public ReferralSubmission(UUID submissionToken, String language, ReferrerIdentity referrer, String patientInitials,
                              ClinicalFacts facts, Map<String, LocalDate> labSampleDates, String comment,
                              boolean consentAttested) {
        this(submissionToken, language, referrer, patientInitials, facts, labSampleDates, comment, consentAttested, null);
    }

    public record ReferrerIdentity(
            @NotBlank @Size(max = ReferralRules.TEXT_MAX) @Pattern(regexp = FreeText.ONE_LINE) String name,
            @NotBlank @Pattern(regexp = ReferralRules.RPPS) String rpps,
            @NotBlank @Size(max = ReferralRules.TEXT_MAX) @Pattern(regexp = FreeText.ONE_LINE) String hospital,
            @NotBlank @Size(max = ReferralRules.TEXT_MAX) @Pattern(regexp = FreeText.ONE_LINE) String department,
            @NotBlank @Email @Size(max = 254) @Pattern(regexp = FreeText.ONE_LINE) String email,
            @NotBlank @Pattern(regexp = ReferralRules.PHONE) String phone) {

        Referrer toEmbeddable() {
            return new Referrer(name.strip(), rpps, hospital.strip(), department.strip(), email.strip(), phone.strip());
        }
    }
}
