package fr.chulille.passerelle.security;

import org.springframework.context.ApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.TestExecutionListener;

/**
 * Each application context installs its own Vaadin-aware {@link SecurityContextHolderStrategy} in the
 * static {@link SecurityContextHolder}, so the last context started owns it. {@code @WithMockUser} writes
 * into the strategy bean of the test's own context: before each test, the static holder is pointed back
 * at that bean, so that services and Vaadin's mock requests see the mock user whatever the test order.
 * Registered for every test in {@code META-INF/spring.factories}.
 */
public class SecurityContextOfTheTestContext implements TestExecutionListener, Ordered {

    @Override
    public void beforeTestMethod(TestContext testContext) {
        if (!testContext.hasApplicationContext()) {
            return;
        }
        ApplicationContext context = testContext.getApplicationContext();
        context.getBeanProvider(SecurityContextHolderStrategy.class).ifUnique(SecurityContextHolder::setContextHolderStrategy);
    }

    /** Before {@code WithSecurityContextTestExecutionListener} (10000); either order works. */
    @Override
    public int getOrder() {
        return 9000;
    }
}
