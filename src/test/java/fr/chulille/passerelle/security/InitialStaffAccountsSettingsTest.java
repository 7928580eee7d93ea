package fr.chulille.passerelle.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

/** The settings of the start-up accounts, without a database. */
class InitialStaffAccountsSettingsTest {

    private final StaffAccounts accounts = mock(StaffAccounts.class);

    @Test
    void aProductionLikeSettingHasNoDemoAccount() {
        new InitialStaffAccounts(accounts, "", "", "", false).run(new DefaultApplicationArguments());

        verifyNoInteractions(accounts);
    }

    @Test
    void theDemoAccountIsMadeWhenEnabled() {
        new InitialStaffAccounts(accounts, "", "", "", true).run(new DefaultApplicationArguments());

        verify(accounts).createOrResetWithRandomPassword(any(), any(), any());
    }

    @Test
    void anInvestigatorWithoutAStrongEnoughPasswordStopsTheStart() {
        InitialStaffAccounts shortPassword = new InitialStaffAccounts(accounts, "dr.first", "short", "", false);

        assertThatThrownBy(() -> shortPassword.run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("PASSERELLE_ADMIN_PASSWORD")
                .hasMessageNotContaining("short");
        verifyNoInteractions(accounts);
    }
}
