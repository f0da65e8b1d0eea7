package vn.safeschool.reminder.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Roles;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.ui.Notifications;
import vn.safeschool.reminder.TemplateChanges;
import vn.safeschool.reminder.TemplateInfo;
import vn.safeschool.reminder.TemplateService;

/**
 * Department staff edit the reminder templates, both languages at once. The placeholders are listed under the form;
 * one the template cannot fill is refused, naming it; a template saved by someone else since it was opened is not
 * overwritten.
 */
@Route("reminder-templates")
@Menu(order = 67, icon = "vaadin:envelope-open-o", title = "nav.reminder-templates")
@RolesAllowed(Roles.DEPARTMENT_STAFF)
public class TemplatesView extends Main implements HasDynamicTitle {

    private final TemplateService templates;
    private final ComboBox<TemplateInfo> chooser = new ComboBox<>();
    private final TextField nameVi = new TextField();
    private final TextField nameEn = new TextField();
    private final TextField subjectVi = new TextField();
    private final TextArea bodyVi = new TextArea();
    private final TextField subjectEn = new TextField();
    private final TextArea bodyEn = new TextArea();
    private final Paragraph placeholders = new Paragraph();
    private @Nullable TemplateInfo editing;

    TemplatesView(TemplateService templates) {
        this.templates = templates;
        addClassName("ss-page");
        chooser.setId("template-chooser");
        chooser.setLabel(getTranslation("reminder.templates.choose"));
        chooser.setItemLabelGenerator(t -> t.name(getLocale()));
        chooser.setMinWidth("24em");
        chooser.addValueChangeListener(e -> edit(e.getValue()));
        field(nameVi, "template-name-vi", "reminder.templates.name-vi");
        field(nameEn, "template-name-en", "reminder.templates.name-en");
        field(subjectVi, "template-subject-vi", "reminder.templates.subject-vi");
        field(subjectEn, "template-subject-en", "reminder.templates.subject-en");
        bodyVi.setId("template-body-vi");
        bodyVi.setLabel(getTranslation("reminder.templates.body-vi"));
        bodyVi.setMinHeight("14em");
        bodyEn.setId("template-body-en");
        bodyEn.setLabel(getTranslation("reminder.templates.body-en"));
        bodyEn.setMinHeight("14em");
        placeholders.setId("template-placeholders");
        FormLayout form = new FormLayout(nameVi, nameEn, subjectVi, subjectEn, bodyVi, bodyEn);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("50em", 2));
        Button save = new Button(getTranslation("action.save"), click -> save());
        save.setId("template-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("nav.reminder-templates")), chooser, form, placeholders, save);
        reload(null);
    }

    private void field(TextField field, String id, String labelKey) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setWidthFull();
    }

    private void reload(@Nullable Long selectId) {
        List<TemplateInfo> all = templates.list();
        chooser.setItems(all);
        chooser.setValue(all.stream().filter(t -> selectId == null || t.id() == selectId).findFirst().orElse(null));
    }

    private void edit(@Nullable TemplateInfo template) {
        editing = template;
        if (template == null) {
            return;
        }
        nameVi.setValue(template.nameVi());
        nameEn.setValue(template.nameEn());
        subjectVi.setValue(template.subjectVi());
        bodyVi.setValue(template.bodyVi());
        subjectEn.setValue(template.subjectEn());
        bodyEn.setValue(template.bodyEn());
        placeholders.setText(getTranslation(template.digest() ? "reminder.templates.placeholders.digest"
                : "reminder.templates.placeholders"));
    }

    private void save() {
        TemplateInfo template = editing;
        if (template == null) {
            return;
        }
        try {
            TemplateInfo saved = templates.update(template.id(), new TemplateChanges(nameVi.getValue(),
                    nameEn.getValue(), subjectVi.getValue(), bodyVi.getValue(), subjectEn.getValue(),
                    bodyEn.getValue(), template.version()));
            Notifications.success(getTranslation("reminder.templates.saved", saved.name(getLocale())));
            reload(saved.id());
        } catch (RuleViolation refusal) {
            Notifications.refused(refusal);
        } catch (jakarta.validation.ConstraintViolationException invalid) {
            Notifications.error(getTranslation("reminder.templates.incomplete"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reminder-templates") + " — " + getTranslation("app.name");
    }
}
