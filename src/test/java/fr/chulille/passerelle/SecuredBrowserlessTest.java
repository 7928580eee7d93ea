package fr.chulille.passerelle;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A browserless UI test whose {@code @WithMockUser} is seen by the views. {@code @WithMockUser} writes
 * into this application context's security strategy (Vaadin installs one per context), while the static
 * holder may belong to another cached context started later: point the holder back at ours.
 */
public abstract class SecuredBrowserlessTest extends SpringBrowserlessTest {

    @Autowired
    private SecurityContextHolderStrategy securityContexts;

    @BeforeEach
    @Override
    protected void initVaadinEnvironment() {
        SecurityContextHolder.setContextHolderStrategy(securityContexts);
        super.initVaadinEnvironment();
    }
}
