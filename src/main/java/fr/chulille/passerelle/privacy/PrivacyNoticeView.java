package fr.chulille.passerelle.privacy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import fr.chulille.passerelle.layout.MainLayout;

import java.util.HashMap;
import java.util.Map;

/**
 * The privacy notice (GDPR articles 13 and 14), linked from every footer and from the referral form:
 * controller, purposes, legal basis, data, recipients, host, retention (from the purge's settings),
 * rights, DPO and the CNIL.
 */
@Route(value = PrivacyNoticeView.PATH, layout = MainLayout.class)
@AnonymousAllowed
class PrivacyNoticeView extends Div implements LocaleChangeObserver, HasDynamicTitle {

    static final String PATH = "privacy";

    private final PrivacyFacts facts;

    PrivacyNoticeView(PrivacyFacts facts) {
        this.facts = facts;
        addClassName("summary");
        addClassName("privacy-notice");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.notice.page-title");
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        removeAll();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
        Map<String, Object> arguments = facts.arguments(this::getTranslation);
        add(new H1(getTranslation("privacy.notice.heading")));
        if (facts.showsExamples()) {
            add(exampleWarning(getTranslation("privacy.example.warning")));
        }
        add(new Paragraph(getTranslation("privacy.notice.intro", arguments)),
                section("controller", new Paragraph(getTranslation("privacy.notice.controller.text", arguments))),
                section("purposes", new Paragraph(getTranslation("privacy.notice.purposes.text", arguments)),
                        new Paragraph(getTranslation("privacy.notice.purposes.no-decision"))),
                section("legal-basis", new Paragraph(getTranslation("privacy.notice.legal-basis.text", arguments))),
                section("data", new Paragraph(getTranslation("privacy.notice.data.text")), list(
                        "privacy.notice.data.referrer", "privacy.notice.data.patient", "privacy.notice.data.staff",
                        "privacy.notice.data.technical")),
                section("recipients", new Paragraph(getTranslation("privacy.notice.recipients.text", arguments)),
                        new Paragraph(getTranslation("privacy.notice.recipients.mails"))),
                section("host", new Paragraph(getTranslation("privacy.notice.host.text", arguments))),
                section("retention", new Paragraph(getTranslation("privacy.notice.retention.text")), retentionList(),
                        new Paragraph(getTranslation("privacy.notice.retention.anonymous"))),
                section("rights", new Paragraph(getTranslation("privacy.notice.rights.text")), list(
                        "privacy.notice.rights.access", "privacy.notice.rights.rectification",
                        "privacy.notice.rights.erasure", "privacy.notice.rights.restriction",
                        "privacy.notice.rights.objection"),
                        new Paragraph(getTranslation("privacy.notice.rights.how", arguments)),
                        new Paragraph(getTranslation("privacy.notice.rights.patients"))),
                section("dpo", new Paragraph(getTranslation("privacy.notice.dpo.text", arguments))),
                section("complaint", new Paragraph(getTranslation("privacy.notice.complaint.text")),
                        new Paragraph(cnilLink())),
                new Paragraph(new Anchor(LegalNoticeView.PATH, getTranslation("privacy.legal.link"))));
    }

    /** The CNIL's complaint page is in French, whatever the language of the notice. */
    private Anchor cnilLink() {
        Anchor link = new Anchor(getTranslation("privacy.notice.complaint.href"), getTranslation("privacy.notice.complaint.link"));
        link.setId("privacy-cnil-link");
        link.getElement().setAttribute("hreflang", "fr");
        return link;
    }

    private UnorderedList retentionList() {
        UnorderedList list = new UnorderedList();
        list.setId("privacy-retention");
        facts.retentionDays().forEach((line, days) -> {
            Map<String, Object> arguments = new HashMap<>();
            arguments.put("days", days);
            list.add(new ListItem(getTranslation("privacy.notice.retention." + line, arguments)));
        });
        return list;
    }

    private UnorderedList list(String... keys) {
        UnorderedList list = new UnorderedList();
        for (String key : keys) {
            list.add(new ListItem(getTranslation(key)));
        }
        return list;
    }

    private Section section(String name, Component... content) {
        return section(name, getTranslation("privacy.notice." + name + ".heading"), content);
    }

    static Section section(String name, String title, Component... content) {
        H2 heading = new H2(title);
        heading.setId("privacy-" + name + "-heading");
        Section section = new Section(heading);
        section.setId("privacy-" + name);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        section.add(content);
        return section;
    }

    static Paragraph exampleWarning(String text) {
        Paragraph warning = new Paragraph(text);
        warning.setId("privacy-example-warning");
        warning.addClassName("privacy-example-warning");
        warning.getElement().setAttribute("role", "note");
        return warning;
    }
}
