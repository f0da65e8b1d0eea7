package vn.safeschool.base.ui;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.safeschool.base.RuleViolation;

/**
 * Whatever a view does not catch ends here: a refused request shows its translated reason, a database outage says
 * that nothing was saved and to try again; anything else shows a translated apology with a reference the log also
 * carries, never a stack trace.
 */
@Component
class UserErrorHandler implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(UserErrorHandler.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this::handle));
    }

    private void handle(ErrorEvent event) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Unhandled error outside a UI", event.getThrowable());
            return;
        }
        Optional<RuleViolation> explained = UserErrors.explain(event.getThrowable());
        String message;
        if (explained.isPresent()) {
            if (UserErrors.DATABASE_UNAVAILABLE.equals(explained.get().messageKey())) {
                log.warn("Database unavailable: {}", rootCause(event.getThrowable()).toString());
            }
            message = Notifications.text(explained.get());
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unhandled error [{}]", reference, event.getThrowable());
            message = ui.getTranslation("error.unexpected", reference);
        }
        ui.access(() -> Notifications.error(message));
    }

    private static Throwable rootCause(Throwable error) {
        Throwable t = error;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }
}
