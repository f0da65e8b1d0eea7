package vn.safeschool.base.i18n;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.safeschool.base.SignedInUser;

/**
 * Vietnamese first, whatever the browser says: a UI shows the language picked in this session, else the signed-in
 * user's saved preference, else Vietnamese.
 */
@Component
public class UiLocale implements VaadinServiceInitListener {

    private static final String SESSION_CHOICE = UiLocale.class.getName() + ".choice";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            UI ui = init.getUI();
            Locale locale = resolve(ui.getSession());
            ui.setLocale(locale);
            // the page's language for screen readers, spelling and hyphenation: the shell says Vietnamese
            ui.getPage().executeJs("document.documentElement.lang = $0", locale.getLanguage());
        });
    }

    /** Switches the current session to {@code locale} and redraws the page in it. */
    public static void choose(Locale locale) {
        UI ui = UI.getCurrent();
        ui.getSession().setAttribute(SESSION_CHOICE, Translations.supported(locale));
        ui.setLocale(Translations.supported(locale));
        ui.getPage().reload();
    }

    static Locale resolve(@Nullable VaadinSession session) {
        Object choice = session == null ? null : session.getAttribute(SESSION_CHOICE);
        if (choice instanceof Locale locale) {
            return locale;
        }
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof SignedInUser user) {
            return Translations.supported(user.preferredLocale());
        }
        return Translations.VIETNAMESE;
    }
}
