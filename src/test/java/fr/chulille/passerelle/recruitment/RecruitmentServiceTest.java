package fr.chulille.passerelle.recruitment;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * Staff set the recruitment state; each setting is kept with who and when, and written to the audit
 * trail. In a context of its own ({@link RecruitmentTestContext}).
 */
@SpringBootTest(properties = RecruitmentTestContext.OWN_CONTEXT)
@WithMockUser(username = "pi.recruitment", roles = "INVESTIGATOR")
class RecruitmentServiceTest {

    @Autowired
    Recruitment recruitment;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSettingIsKeptWithWhoAndWhenAndAudited() {
        RecruitmentNotice set = recruitment.set(RecruitmentState.PAUSED, 3);

        RecruitmentNotice current = recruitment.current();
        assertThat(current).isEqualTo(set);
        assertThat(current.state()).isEqualTo(RecruitmentState.PAUSED);
        assertThat(current.placesLeft()).isEqualTo(3);
        assertThat(current.setBy()).isEqualTo("pi.recruitment");
        assertThat(current.setAt()).isCloseTo(Instant.now(), within(1, ChronoUnit.MINUTES));
        List<Map<String, Object>> audit = jdbc.queryForList(
                "SELECT actor, detail, referral_id, at FROM audit_entry WHERE action = 'RECRUITMENT'");
        assertThat(audit).anySatisfy(line -> {
            assertThat(line).containsEntry("actor", "pi.recruitment").containsEntry("referral_id", null);
            assertThat((String) line.get("detail")).endsWith("→ PAUSED, places left: 3");
        });
    }

    @Test
    @WithMockUser(username = "coordinator.recruitment", roles = "COORDINATOR")
    void theNewestSettingIsTheCurrentOneAndTheHistoryKeepsTheEarlierOnes() {
        recruitment.set(RecruitmentState.OPEN, null);
        recruitment.set(RecruitmentState.CLOSED, null);

        assertThat(recruitment.current().state()).isEqualTo(RecruitmentState.CLOSED);
        assertThat(recruitment.current().placesLeft()).isNull();
        assertThat(recruitment.history()).extracting(RecruitmentNotice::state)
                .startsWith(RecruitmentState.CLOSED, RecruitmentState.OPEN);
        assertThat(jdbc.queryForList("SELECT detail FROM audit_entry WHERE action = 'RECRUITMENT' AND actor = 'coordinator.recruitment'",
                String.class)).contains("OPEN → CLOSED, places left: none");
    }

    @Test
    void placesThatContradictTheStateAreRefusedAndNothingIsStored() {
        recruitment.set(RecruitmentState.OPEN, 2);
        long settings = count("recruitment_update");
        long auditLines = count("audit_entry");

        assertThatThrownBy(() -> recruitment.set(RecruitmentState.CLOSED, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> recruitment.set(RecruitmentState.OPEN, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> recruitment.set(RecruitmentState.PAUSED, 100)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> recruitment.set(null, null)).isInstanceOf(IllegalArgumentException.class);

        assertThat(count("recruitment_update")).isEqualTo(settings);
        assertThat(count("audit_entry")).isEqualTo(auditLines);
        assertThat(recruitment.current().placesLeft()).isEqualTo(2);
    }

    @Test
    @WithAnonymousUser
    void anyoneReadsTheStateButOnlyStaffSetIt() {
        assertThat(recruitment.current()).isNotNull();
        assertThatThrownBy(() -> recruitment.set(RecruitmentState.CLOSED, null))
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> recruitment.history())
                .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
