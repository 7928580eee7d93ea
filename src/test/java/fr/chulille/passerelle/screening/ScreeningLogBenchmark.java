package fr.chulille.passerelle.screening;

import fr.chulille.passerelle.TestDatabase;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark of the screening log (issue 15; goal: under 1 s for 10 000 referrals), never run by the build
 * (its name does not end in Test) and never a timed assertion: it prints its figures. Run it with
 * {@code bench/screening-log.sh}, on H2 and, with PASSERELLE_TEST_POSTGRESQL_* set, on PostgreSQL.
 */
@Tag("bench")
@SpringBootTest
@WithMockUser(username = "pi.bench", roles = "INVESTIGATOR")
class ScreeningLogBenchmark {

    private static final int REFERRALS = Integer.getInteger("bench.referrals", 10_000);
    private static final int RUNS = 15;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ScreeningLogService service;

    @Test
    void screeningLogOverTenThousandReferrals() {
        LocalDate from = LocalDate.of(2070, 1, 1);
        LocalDate to = LocalDate.of(2070, 12, 31);
        long insertStart = System.nanoTime();
        ScreeningHistories.store(jdbc, new Random(2026), REFERRALS, from, to);
        long insertMillis = (System.nanoTime() - insertStart) / 1_000_000;

        for (int warm = 0; warm < 3; warm++) {
            service.log(from, to);
        }
        List<Double> millis = new ArrayList<>();
        ScreeningLog log = null;
        for (int run = 0; run < RUNS; run++) {
            long start = System.nanoTime();
            log = service.log(from, to);
            millis.add((System.nanoTime() - start) / 1_000_000.0);
        }
        Collections.sort(millis);
        assertThat(log.referred()).isEqualTo(REFERRALS);
        System.out.printf("SCREENING-LOG-BENCH database=%s referrals=%d insert=%d ms runs=%d median=%.1f ms max=%.1f ms"
                        + " (ScreeningLogService.log over the year)%n",
                TestDatabase.isPostgreSql() ? "PostgreSQL" : "H2", REFERRALS, insertMillis, RUNS,
                millis.get(RUNS / 2), millis.getLast());
    }
}
