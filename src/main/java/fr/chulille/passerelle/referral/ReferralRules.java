package fr.chulille.passerelle.referral;

/** Formats shared by the form bean and the service's Bean Validation, so that both agree. */
final class ReferralRules {

    /** French RPPS number: 11 digits. */
    static final String RPPS = "\\d{11}";
    /** Digits, spaces and the usual separators, optionally international. */
    static final String PHONE = "\\+?[0-9][0-9 .()-]{5,30}";
    /** Something at a domain with a dot: Bean Validation's @Email checks the rest, as the RFC allows ("o'brien@…"). */
    static final String EMAIL = ".+@.+\\..+";
    /** One to four letters (hyphens allowed between them): never a name. */
    static final String INITIALS = "\\p{L}(?:-?\\p{L}){0,3}";
    static final int TEXT_MAX = 200;
    static final int COMMENT_MAX = 4000;

    private ReferralRules() {
    }

    /**
     * The RPPS key is a Luhn check digit; not every valid number is confirmed to carry one, so a
     * failed check is only a warning.
     */
    static boolean passesLuhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
