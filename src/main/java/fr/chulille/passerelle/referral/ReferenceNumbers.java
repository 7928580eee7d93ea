package fr.chulille.passerelle.referral;

import jakarta.persistence.EntityManager;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.springframework.stereotype.Component;

import java.time.Year;

/**
 * Human references PAS-2026-0007 from the database sequence {@code referral_number_seq}. Hibernate's
 * dialect writes the "next value" query, so the same code runs on H2 and PostgreSQL.
 */
@Component
class ReferenceNumbers {

    private static final String SEQUENCE = "referral_number_seq";

    private final EntityManager entityManager;
    private final String nextValueQuery;

    ReferenceNumbers(EntityManager entityManager) {
        this.entityManager = entityManager;
        this.nextValueQuery = entityManager.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class)
                .getJdbcServices().getDialect().getSequenceSupport().getSequenceNextValString(SEQUENCE);
    }

    /** The number runs on across years; the year only tells when the referral came. */
    String next(Year year) {
        long number = ((Number) entityManager.createNativeQuery(nextValueQuery).getSingleResult()).longValue();
        return "PAS-%d-%04d".formatted(year.getValue(), number);
    }
}
