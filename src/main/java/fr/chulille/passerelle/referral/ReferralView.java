package fr.chulille.passerelle.referral;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.chulille.passerelle.layout.MainLayout;

/**
 * The referral form and its live pre-check. The pre-check advises; submitting only needs the
 * referrer's identity, the patient's initials and the attestation, plus no impossible value.
 * Thin (issue 16, item 7): the {@link ReferralEditor} fires its events, this view asks the service once
 * per change and once per submit, and gives the result to the editor and the panel.
 */
@Route(value = "referral", layout = MainLayout.class)
@Menu(order = 2, title = "layout.nav.referral")
@AnonymousAllowed
@StyleSheet("styles/referral.css")
class ReferralView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    /** The width of a phone (the sticky verdict line of referral.css appears at the same width). */
    private static final int NARROW_PX = 600;

    private final ReferralService referrals;
    private final Texts texts = new Texts(this);
    private final ReferralEditor editor = new ReferralEditor(texts);
    private final PreCheckPanel preCheckPanel = new PreCheckPanel(texts);
    /** The pre-check shown, shown again in the new language without evaluating the facts again. */
    private PreCheck preCheck;
    private boolean narrowChecked;

    ReferralView(ReferralService referrals) {
        this.referrals = referrals;
        addClassName("referral-page");
        H1 heading = texts.text(new H1(), "referral.heading");
        Paragraph intro = texts.text(new Paragraph(), "referral.intro");
        Paragraph recruitmentNotice = recruitmentNotice();
        Div layout = new Div(editor, preCheckPanel);
        layout.addClassName("referral-layout");
        add(heading, recruitmentNotice, intro, layout);
        editor.addChangeListener(change -> show(referrals.preCheck(change.facts())));
        editor.addSubmitListener(submit -> send(submit.submission()));
        show(referrals.preCheck(editor.read()));
        addAttachListener(attach -> {
            if (!narrowChecked) {
                narrowChecked = true;
                attach.getUI().getPage().retrieveExtendedClientDetails(client -> {
                    if (client.getWindowInnerWidth() <= NARROW_PX) {
                        fitANarrowScreen();
                    }
                });
            }
        });
    }

    /** On a phone, at load (issue 16, item 5): the form's sections but the first and the last, and the panel's rows, folded. */
    void fitANarrowScreen() {
        editor.collapseForANarrowScreen();
        preCheckPanel.foldCriteria();
    }

    /** The router sets the title after every navigation (to an empty one without this), after localeChange. */
    @Override
    public String getPageTitle() {
        return getTranslation("referral.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        texts.apply();
        show(preCheck);
        editor.localeChanged();
    }

    /** Paused or closed by staff: said at the top; the form still sends (the team decides). */
    private Paragraph recruitmentNotice() {
        Paragraph notice = new Paragraph();
        notice.setId("recruitment-notice");
        notice.addClassName("recruitment-notice");
        var recruitment = referrals.recruitment();
        notice.setVisible(recruitment.referralsPaused());
        return texts.on(notice, () -> Texts.show(notice, recruitment.referralsPaused()
                ? texts.t("recruitment.referral.notice", recruitment.arguments()) : ""));
    }

    private void show(PreCheck shown) {
        preCheck = shown;
        editor.show(shown, referrals.referenceYear());
        preCheckPanel.show(shown.result());
        preCheckPanel.showNextQuestions(shown.nextQuestions(), editor::focus);
    }

    /** The confirmation shows the pre-check stored with the referral: the facts are evaluated once per submit. */
    private void send(ReferralSubmission submission) {
        SubmittedReferral submitted = referrals.submit(submission);
        String statusLink = referrals.statusLink(submitted.id(), getLocale());
        removeAll();
        add(new ReferralConfirmation(submitted, submission, submitted.preCheck(), statusLink, texts, getLocale()));
        getElement().executeJs("window.scrollTo(0, 0)");
    }
}
