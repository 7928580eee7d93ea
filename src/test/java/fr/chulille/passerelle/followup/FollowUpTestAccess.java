package fr.chulille.passerelle.followup;

import org.springframework.context.ApplicationContext;

/** For tests of other packages: the referrer answers on the status page, as the page's button does. */
public final class FollowUpTestAccess {

    private FollowUpTestAccess() {
    }

    /** @return whether the answer was taken (the link works) */
    public static boolean reply(ApplicationContext context, String token, String text) {
        return context.getBean(FollowUpService.class).reply(token, "192.0.2.200", text) instanceof StatusPage.Shown;
    }
}
