package vn.safeschool.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import vn.safeschool.base.RuleViolation;

/** The few kinds of message the views show, styled the same everywhere. */
public final class Notifications {

    private Notifications() {
    }

    public static Notification error(String message) {
        Notification notification = Notification.show(message, 8000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        return notification;
    }

    /** A request the service refused, in the user's language. */
    public static Notification refused(RuleViolation refusal) {
        return error(text(refusal));
    }

    /** The refusal in the user's language, a field it names included. */
    public static String text(RuleViolation refusal) {
        UI ui = UI.getCurrent();
        return ui.getTranslation(refusal.messageKey(), refusal.arguments(key -> ui.getTranslation(key)));
    }

    public static Notification success(String message) {
        Notification notification = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        return notification;
    }
}
