package vn.safeschool.base.ui;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.safeschool.base.RuleViolation;

/**
 * A page that could not be opened because something failed while it was being built — most likely the database
 * being down: the user reads why in their own language (the same words as {@link UserErrorHandler} uses for an
 * open page), never Vaadin's English stack trace.
 */
@AnonymousAllowed
public class ErrorView extends Main implements HasErrorParameter<Exception> {

    private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        addClassName("ss-page");
        Optional<RuleViolation> explained = UserErrors.explain(parameter.getCaughtException());
        String message;
        int status;
        if (explained.isPresent()) {
            boolean unavailable = UserErrors.DATABASE_UNAVAILABLE.equals(explained.get().messageKey());
            if (unavailable) {
                log.warn("Database unavailable while opening {}: {}", event.getLocation().getPath(),
                        parameter.getCaughtException().toString());
            }
            message = Notifications.text(explained.get());
            status = unavailable ? HttpServletResponse.SC_SERVICE_UNAVAILABLE : HttpServletResponse.SC_BAD_REQUEST;
        } else {
            String reference = UUID.randomUUID().toString().substring(0, 8);
            log.error("Unhandled error opening {} [{}]", event.getLocation().getPath(), reference,
                    parameter.getCaughtException());
            message = getTranslation("error.unexpected", reference);
            status = HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        }
        Paragraph text = new Paragraph(message);
        text.setId("error-message");
        add(new H1(getTranslation("error.page.title")), text, new Anchor("", getTranslation("error.page.home")));
        return status;
    }
}
