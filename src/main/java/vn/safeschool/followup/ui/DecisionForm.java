package vn.safeschool.followup.ui;

import java.time.Instant;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.ui.DatePickers;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.Zones;
import vn.safeschool.base.ui.Notifications;
import vn.safeschool.followup.FollowUpCaseInfo;
import vn.safeschool.followup.FollowUpService;

/**
 * The opener unit's decision on an answer: accept it (the case closes), or return it with a comment saying what is
 * missing, and a new due date if the unit needs one.
 */
class DecisionForm extends Composite<Div> {

    final TextArea comment = new TextArea();
    final DateTimePicker newDue = new DateTimePicker();
    final Button accept = new Button();
    final Button sendBack = new Button();

    DecisionForm(FollowUpService followUps, FollowUpCaseInfo info, Runnable done) {
        comment.setId("decision-comment");
        comment.setLabel(getTranslation("followup.decision.comment"));
        comment.setHelperText(getTranslation("followup.decision.comment-help"));
        comment.setMaxLength(4000);
        comment.setWidthFull();
        newDue.setId("decision-due");
        newDue.setLabel(getTranslation("followup.decision.new-due"));
        newDue.setLocale(getLocale());
        DatePickers.explained(newDue);
        accept.setText(getTranslation("followup.accept"));
        accept.setId("decision-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        accept.addClickListener(click -> act(() -> followUps.accept(info.id(), info.version(), comment.getValue()),
                "followup.accepted", done));
        sendBack.setText(getTranslation("followup.return"));
        sendBack.setId("decision-return");
        sendBack.addThemeVariants(ButtonVariant.LUMO_ERROR);
        sendBack.addClickListener(click -> act(() -> followUps.sendBack(info.id(), info.version(),
                comment.getValue(), due()), "followup.returned", done));
        Div form = getContent();
        form.setId("decision-form");
        form.addClassName("ss-followup-form");
        form.add(comment, newDue, new HorizontalLayout(accept, sendBack));
    }

    private @Nullable Instant due() {
        return newDue.getValue() == null ? null : newDue.getValue().atZone(Zones.VIETNAM).toInstant();
    }

    private void act(Runnable decision, String doneKey, Runnable done) {
        try {
            decision.run();
        } catch (RuleViolation e) {
            Notifications.refused(e);
            return;
        }
        Notifications.success(getTranslation(doneKey));
        done.run();
    }
}
