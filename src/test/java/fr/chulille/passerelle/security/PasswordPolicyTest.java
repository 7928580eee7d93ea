package fr.chulille.passerelle.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** NIST SP 800-63B / ANSSI: length, no composition rule, not the username, not a common password. */
class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void twelveCharactersOfAnyKindAreEnoughAndElevenAreNot() {
        assertThat(policy.check("marie.dupont", "abcdefghijk")).contains(PasswordPolicy.Problem.TOO_SHORT);
        assertThat(policy.check("marie.dupont", "vert soleil 7")).isEmpty();
        assertThat(policy.check("marie.dupont", "tttttt uuuuu")).as("no composition rule").isEmpty();
        assertThat(policy.check("marie.dupont", "élan égal où")).as("12 code points, accents allowed").isEmpty();
        assertThat(policy.check("marie.dupont", null)).contains(PasswordPolicy.Problem.TOO_SHORT);
    }

    @Test
    void aPassphraseUpTo64CharactersIsAcceptedButNotBeyondWhatBcryptReads() {
        assertThat(policy.check("marie.dupont", "a".repeat(30) + " long phrase of many words ok")).isEmpty();
        assertThat(policy.check("marie.dupont", "x".repeat(65))).contains(PasswordPolicy.Problem.TOO_LONG);
        assertThat(policy.check("marie.dupont", "é".repeat(40))).as("80 bytes in UTF-8").contains(PasswordPolicy.Problem.TOO_LONG);
    }

    @Test
    void thePasswordMayNotContainTheUsername() {
        assertThat(policy.check("marie.dupont", "Marie.Dupont2026!")).contains(PasswordPolicy.Problem.CONTAINS_USERNAME);
        assertThat(policy.check("marie.dupont", "my marie.dupont pass")).contains(PasswordPolicy.Problem.CONTAINS_USERNAME);
    }

    @Test
    void commonPasswordsFromTheShippedListAreRefusedWhateverTheirCase() {
        assertThat(policy.commonPasswordCount()).isGreaterThan(19_000);
        assertThat(policy.check("marie.dupont", "password1234")).contains(PasswordPolicy.Problem.COMMON);
        assertThat(policy.check("marie.dupont", "QWERTY123456")).contains(PasswordPolicy.Problem.COMMON);
        assertThat(policy.check("marie.dupont", "1qaz2wsx3edc")).contains(PasswordPolicy.Problem.COMMON);
    }
}
