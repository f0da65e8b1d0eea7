package vn.safeschool.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.ui.Notifications;
import vn.safeschool.security.AccountService;

/** Changing one's own password; also where a one-time password must be replaced before anything else. */
@Route("password")
@PermitAll
public class ChangePasswordView extends Main implements HasDynamicTitle {

    ChangePasswordView(AccountService accounts) {
        addClassName("ss-page");
        PasswordField current = new PasswordField(getTranslation("password.current"));
        current.setId("current-password");
        PasswordField fresh = new PasswordField(getTranslation("password.new"));
        fresh.setId("new-password");
        fresh.setHelperText(getTranslation("password.rules"));
        PasswordField repeat = new PasswordField(getTranslation("password.repeat"));
        repeat.setId("repeat-password");
        Button save = new Button(getTranslation("password.save"), click -> {
            if (!fresh.getValue().equals(repeat.getValue())) {
                repeat.setInvalid(true);
                repeat.setErrorMessage(getTranslation("password.error.repeat-differs"));
                return;
            }
            try {
                accounts.changeMyPassword(current.getValue(), fresh.getValue());
                Notifications.success(getTranslation("password.changed"));
                getUI().ifPresent(ui -> ui.navigate(""));
            } catch (RuleViolation e) {
                Notifications.refused(e);
            }
        });
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(current, fresh, repeat);
        form.setMaxWidth("480px");
        Paragraph why = new Paragraph();
        if (accounts.me().mustChangePassword()) {
            why.setText(getTranslation("password.must-change"));
            why.setId("must-change");
        }
        add(new H1(getTranslation("password.title")), why, form, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("password.title") + " — " + getTranslation("app.name");
    }
}
