package vn.safeschool.declaration.ui;

import java.time.LocalDateTime;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.Zones;
import vn.safeschool.base.ui.DatePickers;
import vn.safeschool.base.ui.Notifications;
import vn.safeschool.declaration.DeclarationDetails;
import vn.safeschool.declaration.DeclarationService;
import vn.safeschool.declaration.ReopeningInfo;

/** For the district office or the department: let the school in again after a locked deadline, until when and why. */
class ReopenForm extends Composite<Details> {

    ReopenForm(DeclarationService declarations, DeclarationDetails shown, Runnable afterReopen) {
        Details details = getContent();
        details.setId("declaration-reopen");
        details.setSummaryText(getTranslation("declaration.reopen"));
        details.setOpened(shown.locked());
        DateTimePicker until = new DateTimePicker(getTranslation("declaration.reopen.until"));
        until.setId("declaration-reopen-until");
        until.setLocale(getLocale());
        DatePickers.explained(until);
        TextField reason = new TextField(getTranslation("declaration.reopen.reason"));
        reason.setId("declaration-reopen-reason");
        reason.setMaxLength(1000);
        reason.setWidthFull();
        Button reopen = new Button(getTranslation("declaration.reopen"), click -> {
            LocalDateTime value = until.getValue();
            if (value == null) {
                Notifications.error(getTranslation("declaration.error.reopen-until-past"));
                return;
            }
            try {
                ReopeningInfo done = declarations.reopen(shown.unit().id(), shown.campaign().id(),
                        value.atZone(Zones.VIETNAM).toInstant(), reason.getValue());
                Notifications.success(getTranslation("declaration.reopen.done",
                        DeclarationView.when(done.openUntil())));
            } catch (RuleViolation e) {
                Notifications.refused(e);
                return;
            }
            afterReopen.run();
        });
        reopen.setId("declaration-reopen-button");
        Div body = new Div(until, reason, reopen);
        body.addClassName("ss-declaration-form");
        details.add(body);
    }
}
