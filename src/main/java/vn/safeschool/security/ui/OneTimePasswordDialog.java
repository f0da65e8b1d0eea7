package vn.safeschool.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** Shows a one-time password once; it is not stored anywhere it could be shown again. */
class OneTimePasswordDialog extends Dialog {

    OneTimePasswordDialog(String username, String oneTimePassword) {
        setHeaderTitle(getTranslation("accounts.one-time.title", username));
        Span password = new Span(oneTimePassword);
        password.setId("one-time-password");
        password.addClassName("ss-one-time-password");
        add(new Paragraph(getTranslation("accounts.one-time.explain")), password);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }
}
