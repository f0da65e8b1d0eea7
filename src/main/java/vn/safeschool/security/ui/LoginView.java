package vn.safeschool.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.base.i18n.UiLocale;

/**
 * Sign-in. Spring Security handles the form post; a failure says only that the name or password is wrong, never
 * whether the account exists.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** Where a browser whose session was closed for idleness is sent (relative to the context path). */
    static final String SIGNED_OUT = "login?signed-out";

    private final LoginForm form = new LoginForm();
    private final Paragraph signedOut = new Paragraph();

    public LoginView() {
        addClassName("ss-login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        form.setI18n(i18n());
        Button language = new Button(getTranslation("login.switch-language"),
                click -> UiLocale.choose(Translations.VIETNAMESE.equals(Translations.supported(getLocale()))
                        ? Translations.ENGLISH : Translations.VIETNAMESE));
        language.setId("switch-language");
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signedOut.setId("signed-out");
        signedOut.addClassName("ss-login-notice");
        signedOut.setText(getTranslation("login.signed-out"));
        signedOut.setVisible(false);
        add(signedOut, form, language);
    }

    private LoginI18n i18n() {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("login.title"));
        texts.setUsername(getTranslation("login.username"));
        texts.setPassword(getTranslation("login.password"));
        texts.setSubmit(getTranslation("login.submit"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        form.setError(parameters.containsKey("error"));
        signedOut.setVisible(parameters.containsKey("signed-out") && !parameters.containsKey("error"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.page-title");
    }
}
