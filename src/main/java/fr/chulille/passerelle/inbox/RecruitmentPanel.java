package fr.chulille.passerelle.inbox;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import fr.chulille.passerelle.i18n.Messages;
import fr.chulille.passerelle.recruitment.Recruitment;
import fr.chulille.passerelle.recruitment.RecruitmentNotice;
import fr.chulille.passerelle.recruitment.RecruitmentState;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where staff set the recruitment state that the public pages show: open, paused or closed to new
 * referrals, with the places left if they want a number shown. Shows who set the current one and when.
 */
class RecruitmentPanel extends Section implements LocaleChangeObserver {

    private final InboxService inbox;
    private final H2 heading = new H2();
    private final Paragraph current = new Paragraph();
    private final RadioButtonGroup<RecruitmentState> state = new RadioButtonGroup<>();
    private final IntegerField places = new IntegerField();
    private final Button publish = new Button();
    private final H3 historyHeading = new H3();
    private final UnorderedList history = new UnorderedList();

    RecruitmentPanel(InboxService inbox) {
        this.inbox = inbox;
        addClassName("recruitment-panel");
        heading.setId("recruitment-heading");
        getElement().setAttribute("aria-labelledby", "recruitment-heading");
        current.setId("recruitment-current");
        current.getElement().setAttribute("aria-live", "polite");
        state.setId("recruitment-state");
        state.setItems(RecruitmentState.values());
        places.setId("recruitment-places");
        places.setMin(0);
        places.setMax(Recruitment.MAX_PLACES);
        places.setStepButtonsVisible(false);
        places.setClearButtonVisible(true);
        publish.setId("recruitment-publish");
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.addClickListener(click -> publish());
        state.addValueChangeListener(change -> places.setEnabled(change.getValue() != RecruitmentState.CLOSED));
        historyHeading.addClassName("recruitment-history-heading");
        history.addClassName("recruitment-history");
        add(heading, current, state, places, publish, historyHeading, history);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        RecruitmentNotice notice = inbox.recruitment();
        if (notice.setByStaff()) {
            state.setValue(notice.state());
            places.setValue(notice.placesLeft());
        }
    }

    private void publish() {
        Recruitment.Problem problem = Recruitment.problem(state.getValue(),
                state.getValue() == RecruitmentState.CLOSED ? null : places.getValue());
        state.setInvalid(problem == Recruitment.Problem.NO_STATE);
        places.setInvalid(problem != null && problem != Recruitment.Problem.NO_STATE);
        if (problem != null) {
            String message = getTranslation(problem.messageKey(), Map.of("max", Recruitment.MAX_PLACES));
            if (problem == Recruitment.Problem.NO_STATE) {
                state.setErrorMessage(message);
            } else {
                places.setErrorMessage(message);
                places.focus();
            }
            return;
        }
        Integer placesLeft = state.getValue() == RecruitmentState.CLOSED ? null : places.getValue();
        inbox.setRecruitment(state.getValue(), placesLeft);
        places.setValue(placesLeft);
        Notification.show(getTranslation("recruitment.staff.saved"));
        showCurrent();
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        heading.setText(getTranslation("recruitment.staff.heading"));
        state.setLabel(getTranslation("recruitment.staff.state"));
        state.setItemLabelGenerator(item -> getTranslation(item.messageKey()));
        places.setLabel(getTranslation("recruitment.staff.places"));
        places.setHelperText(getTranslation("recruitment.staff.places.help"));
        publish.setText(getTranslation("recruitment.staff.save"));
        historyHeading.setText(getTranslation("recruitment.staff.history"));
        showCurrent();
    }

    private void showCurrent() {
        RecruitmentNotice notice = inbox.recruitment();
        current.setText(describe(notice));
        List<RecruitmentNotice> earlier = inbox.recruitmentHistory().stream().skip(1).toList();
        history.removeAll();
        earlier.forEach(setting -> history.add(new ListItem(describe(setting))));
        historyHeading.setVisible(!earlier.isEmpty());
        history.setVisible(!earlier.isEmpty());
    }

    private String describe(RecruitmentNotice notice) {
        if (!notice.setByStaff()) {
            return getTranslation("recruitment.staff.current.record", notice.arguments());
        }
        Map<String, Object> arguments = new HashMap<>(notice.arguments());
        arguments.put("actor", notice.setBy());
        arguments.put("at", Messages.dateTime(notice.setAt(), getLocale()));
        return getTranslation("recruitment.staff.current.set", arguments);
    }
}
