package fr.chulille.passerelle.recruitment;

/**
 * The tests that set a recruitment state share one Spring context (and so one database) of their
 * own: what they set never changes what the other tests' public pages show (the record's status).
 */
public final class RecruitmentTestContext {

    /** Give it to {@code @SpringBootTest(properties = …)}. */
    public static final String OWN_CONTEXT = "passerelle.test.context=recruitment-state-set";

    private RecruitmentTestContext() {
    }
}
