package vn.safeschool.checklist.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.ui.Notifications;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.checklist.ChecklistVersionInfo;

/** Copies a version: the next version of the same code, or the first of a new code. */
class CopyDialog extends Dialog {

    final TextField code = new TextField();

    CopyDialog(ChecklistService checklists, ChecklistVersionInfo source, Consumer<ChecklistVersionInfo> copied) {
        setHeaderTitle(getTranslation("checklist.copy"));
        code.setLabel(getTranslation("checklist.code"));
        code.setId("copy-code");
        code.setValue(source.code());
        add(new Paragraph(getTranslation("checklist.copy-hint", source.code(), source.versionNo())), code);
        Button save = new Button(getTranslation("checklist.copy"), click -> {
            try {
                ChecklistVersionInfo copy = checklists.copy(source.id(), code.getValue());
                close();
                Notifications.success(getTranslation("checklist.copied", copy.code(), copy.versionNo()));
                copied.accept(copy);
            } catch (RuleViolation e) {
                Notifications.refused(e);
            }
        });
        save.setId("save-copy");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
