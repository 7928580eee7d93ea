package fr.chulille.passerelle.referral;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Settings that cut a submit's cost under load (issue 17, docs/performance.md): its inserts go to the database in
 * JDBC batches, and no timer is built per repository call.
 */
@SpringBootTest
class SubmitCostSettingsTest {

    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ReferralRepository referrals;

    @Test
    void insertsAreSentInOrderedJdbcBatches() {
        var options = entityManagerFactory.unwrap(SessionFactoryImplementor.class).getSessionFactoryOptions();
        assertThat(options.getJdbcBatchSize()).isGreaterThanOrEqualTo(20);
        assertThat(options.isOrderInsertsEnabled()).isTrue();
    }

    @Test
    void repositoryCallsAreNotTimed() {
        referrals.findBySubmissionToken(UUID.randomUUID());
        assertThat(meters.find("spring.data.repository.invocations").meters()).isEmpty();
    }
}
