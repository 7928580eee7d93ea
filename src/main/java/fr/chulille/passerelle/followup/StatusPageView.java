package fr.chulille.passerelle.followup;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.chulille.passerelle.eligibility.AdviceKind;
import fr.chulille.passerelle.eligibility.CriterionKind;
import fr.chulille.passerelle.eligibility.Outcome;
import fr.chulille.passerelle.eligibility.TrialCriteria;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.layout.MainLayout;
import fr.chulille.passerelle.referral.ReferralForReferrer;
import fr.chulille.passerelle.referral.StatusChange;
import fr.chulille.passerelle.trial.Trial;

import java.util.Map;

/**
 * The referrer's status page, opened by the private link of their mails and confirmation: no login.
 * Never indexed, cached or given as a Referer ({@link StatusPageHeaders}).
 */
@Route(value = "status", layout = MainLayout.class)
@AnonymousAllowed
class StatusPageView extends Div implements HasUrlParameter<String>, LocaleChangeObserver, HasDynamicTitle {

    private final FollowUpService followUp;
    private StatusPage page = new StatusPage.Unknown();
    private String token;

    StatusPageView(FollowUpService followUp) {
        this.followUp = followUp;
        setId("status-page");
        addClassName("status-page");
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String token) {
        this.token = token;
        page = followUp.open(token, client());
        render();
    }

    private static String client() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? null : request.getRemoteAddr();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        // the X-Robots-Tag header says the same; the tag also covers a copy of the page saved elsewhere
        attachEvent.getUI().getPage().executeJs("""
                if (!document.querySelector('meta[name=robots]')) {
                  const m = document.createElement('meta'); m.name = 'robots'; m.content = 'noindex, nofollow';
                  document.head.appendChild(m);
                }""");
    }

    @Override
    public String getPageTitle() {
        return page instanceof StatusPage.Shown shown
                ? getTranslation("followup.page.title", Map.of("reference", shown.referral().reference()))
                : getTranslation("followup.page.title-plain");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        render();
    }

    private void render() {
        removeAll();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        switch (page) {
            case StatusPage.Shown shown -> shown(shown);
            case StatusPage.Expired ignored -> notAvailable("followup.expired.heading", "followup.expired.text");
            case StatusPage.Unknown ignored -> notAvailable("followup.unknown.heading", "followup.unknown.text");
            case StatusPage.Throttled ignored -> notAvailable("followup.throttled.heading", "followup.throttled.text");
        }
    }

    private void notAvailable(String heading, String text) {
        Trial trial = followUp.trial();
        H1 title = new H1(getTranslation(heading));
        title.setId("status-page-heading");
        Anchor phone = new Anchor(trial.centralContactPhoneUri(), trial.centralContactPhone());
        phone.setId("status-page-phone");
        Paragraph explanation = new Paragraph(getTranslation(text) + " ");
        explanation.add(phone);
        add(title, explanation);
    }

    private void shown(StatusPage.Shown shown) {
        ReferralForReferrer referral = shown.referral();
        H1 title = new H1(getTranslation("followup.page.heading"));
        title.setId("status-page-heading");
        Span reference = new Span(referral.reference());
        reference.setId("status-reference");
        reference.addClassName("referral-reference");
        Paragraph referenceLine = new Paragraph(new Span(getTranslation("followup.page.reference") + " "), reference);
        Paragraph sent = new Paragraph(getTranslation("followup.page.sent",
                Map.of("date", Messages.dateTime(referral.submittedAt(), getLocale()))));
        sent.setId("status-sent");
        Paragraph current = new Paragraph(getTranslation(StatusWords.key(referral.status())));
        current.setId("status-current");
        current.addClassName("status-current");
        add(title, referenceLine, sent, new H2(getTranslation("followup.page.current")), current);
        if (referral.closingCategory() != null) {
            // the category staff chose from the short list, never their free reason
            Paragraph category = new Paragraph(getTranslation("followup.page.closing-category",
                    Map.of("category", getTranslation(referral.closingCategory().messageKey()))));
            category.setId("status-closing-category");
            add(category);
        }

        OrderedList history = new OrderedList();
        history.setId("status-history");
        for (StatusChange change : referral.history().reversed()) {
            ListItem item = new ListItem(new Span(Messages.dateTime(change.at(), getLocale()) + " — "),
                    new Span(getTranslation(change.isSubmission() ? "followup.status.sent" : StatusWords.key(change.to()))));
            history.add(item);
        }
        add(new H2(getTranslation("followup.page.history")), history);
        add(thread(shown));
        add(preCheck(referral.preCheck()));
        add(new Paragraph(getTranslation("followup.page.questions", Map.of("phone", followUp.trial().centralContactPhone()))));
    }

    private Div thread(StatusPage.Shown shown) {
        Div section = new Div();
        section.setId("status-messages");
        section.add(new H2(getTranslation("followup.messages.heading")));
        OrderedList list = new OrderedList();
        list.setId("status-message-list");
        for (ThreadMessage message : shown.messages()) {
            ListItem item = new ListItem();
            item.addClassName("thread-message");
            Paragraph meta = new Paragraph(getTranslation(message.author() == MessageAuthor.STAFF
                    ? "followup.messages.from-team" : "followup.messages.from-you",
                    Map.of("date", Messages.dateTime(message.writtenAt(), getLocale()))));
            meta.addClassName("thread-message-meta");
            Paragraph text = new Paragraph(message.text());
            text.addClassName("thread-message-text");
            item.add(meta, text);
            list.add(item);
        }
        if (shown.messages().isEmpty()) {
            section.add(new Paragraph(getTranslation("followup.messages.none")));
        } else {
            section.add(list);
        }
        TextArea answer = new TextArea(getTranslation("followup.messages.answer-label"));
        answer.setId("status-reply-text");
        answer.setHelperText(getTranslation("followup.messages.answer-help", Map.of("max", ReferrerMessages.MAX_LENGTH)));
        answer.setWidthFull();
        Button send = new Button(getTranslation("followup.messages.send"));
        send.setId("status-reply-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            if (!ReferrerMessages.isValid(answer.getValue())) {
                answer.setInvalid(true);
                answer.setErrorMessage(getTranslation(answer.getValue().isBlank()
                        ? "followup.messages.answer-required" : "followup.messages.answer-invalid",
                        Map.of("max", ReferrerMessages.MAX_LENGTH)));
                answer.focus();
                return;
            }
            page = followUp.reply(token, client(), answer.getValue());
            render();
            Notification.show(getTranslation("followup.messages.sent")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        section.add(answer, send);
        return section;
    }

    private Div preCheck(ReferralForReferrer.SentPreCheck preCheck) {
        Div section = new Div();
        section.setId("status-precheck");
        section.add(new H2(getTranslation("followup.page.precheck")));
        String advice;
        try {
            advice = getTranslation(AdviceKind.valueOf(preCheck.adviceKind()).labelKey());
        } catch (RuntimeException unknown) {
            advice = preCheck.adviceKind();
        }
        Paragraph adviceLine = new Paragraph(getTranslation("followup.page.precheck-advice", Map.of("advice", advice)));
        adviceLine.setId("status-precheck-advice");
        section.add(adviceLine, new Paragraph(getTranslation("followup.page.precheck-note")));
        UnorderedList criteria = new UnorderedList();
        criteria.addClassName("status-precheck-criteria");
        for (ReferralForReferrer.SentCriterion criterion : preCheck.criteria()) {
            String label = TrialCriteria.byId(criterion.id())
                    .map(c -> getTranslation(c.shortLabel().key(), c.shortLabel().args())).orElse(criterion.id());
            String outcome;
            try {
                outcome = getTranslation(CriterionKind.valueOf(criterion.kind()).displayKey(Outcome.valueOf(criterion.outcome())));
            } catch (RuntimeException unknown) {
                outcome = criterion.outcome();
            }
            criteria.add(new ListItem(label + " — " + outcome));
        }
        section.add(criteria);
        return section;
    }
}
