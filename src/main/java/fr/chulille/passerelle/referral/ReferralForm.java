package fr.chulille.passerelle.referral;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The identity part of the referral form, bound with Bean Validation. Constraint messages are
 * translation keys (the view translates them). The clinical part is read by {@link ClinicalInputs}.
 */
public class ReferralForm {

    static final String REQUIRED = "referral.validation.required";
    static final String CHARACTERS = "referral.validation.characters";

    @NotBlank(message = REQUIRED)
    @Size(max = ReferralRules.TEXT_MAX, message = "referral.validation.too-long")
    @Pattern(regexp = FreeText.ONE_LINE, message = CHARACTERS)
    private String referrerName;
    @NotBlank(message = REQUIRED)
    @Pattern(regexp = ReferralRules.RPPS, message = "referral.validation.rpps")
    private String rpps;
    @NotBlank(message = REQUIRED)
    @Size(max = ReferralRules.TEXT_MAX, message = "referral.validation.too-long")
    @Pattern(regexp = FreeText.ONE_LINE, message = CHARACTERS)
    private String hospital;
    @NotBlank(message = REQUIRED)
    @Size(max = ReferralRules.TEXT_MAX, message = "referral.validation.too-long")
    @Pattern(regexp = FreeText.ONE_LINE, message = CHARACTERS)
    private String department;
    @NotBlank(message = REQUIRED)
    @Email(regexp = ReferralRules.EMAIL, message = "referral.validation.email")
    @Size(max = 254, message = "referral.validation.too-long")
    @Pattern(regexp = FreeText.ONE_LINE, message = CHARACTERS)
    private String email;
    @NotBlank(message = REQUIRED)
    @Pattern(regexp = ReferralRules.PHONE, message = "referral.validation.phone")
    private String phone;
    @NotBlank(message = REQUIRED)
    @Pattern(regexp = ReferralRules.INITIALS, message = "referral.validation.initials")
    private String initials;
    @Size(max = ReferralRules.COMMENT_MAX, message = "referral.validation.too-long")
    @Pattern(regexp = FreeText.LINES, message = CHARACTERS)
    private String comment;
    @AssertTrue(message = "referral.validation.attestation")
    private boolean consentAttested;

    public String getReferrerName() { return referrerName; }

    public void setReferrerName(String referrerName) { this.referrerName = referrerName; }

    public String getRpps() { return rpps; }

    public void setRpps(String rpps) { this.rpps = rpps == null ? null : rpps.replace(" ", ""); }

    public String getHospital() { return hospital; }

    public void setHospital(String hospital) { this.hospital = hospital; }

    public String getDepartment() { return department; }

    public void setDepartment(String department) { this.department = department; }

    public String getEmail() { return email; }

    public void setEmail(String email) { this.email = email == null ? null : email.strip(); }

    public String getPhone() { return phone; }

    public void setPhone(String phone) { this.phone = phone == null ? null : phone.strip(); }

    public String getInitials() { return initials; }

    public void setInitials(String initials) { this.initials = initials == null ? null : initials.strip(); }

    public String getComment() { return comment; }

    public void setComment(String comment) { this.comment = comment; }

    public boolean isConsentAttested() { return consentAttested; }

    public void setConsentAttested(boolean consentAttested) { this.consentAttested = consentAttested; }

    ReferralSubmission.ReferrerIdentity referrer() {
        return new ReferralSubmission.ReferrerIdentity(referrerName, rpps, hospital, department, email, phone);
    }
}
