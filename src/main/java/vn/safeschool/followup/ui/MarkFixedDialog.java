package vn.safeschool.followup.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.ui.Notifications;
import vn.safeschool.followup.CorrectiveItemInfo;
import vn.safeschool.followup.CorrectiveService;

/** The school says a failed criterion is fixed, and how. */
class MarkFixedDialog extends Dialog {

    final TextArea note = new TextArea();

    MarkFixedDialog(CorrectiveService corrective, CorrectiveItemInfo item, Runnable done) {
        setHeaderTitle(getTranslation("corrective.mark-fixed"));
        note.setId("fixed-note");
        note.setLabel(getTranslation("corrective.note"));
        note.setMaxLength(1000);
        note.setWidth("32em");
        Button save = new Button(getTranslation("action.save"), click -> {
            try {
                corrective.markFixed(item.id(), item.version(), note.getValue());
            } catch (RuleViolation e) {
                Notifications.refused(e);
                return;
            }
            close();
            Notifications.success(getTranslation("corrective.marked-fixed"));
            done.run();
        });
        save.setId("save-fixed");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(FollowUpLabels.criterion(this, item)), note);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
