package vn.safeschool.reminder.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.ui.HeaderItem;
import vn.safeschool.reminder.InboxService;

/** The bell in every page's header: the number of unread messages, a link to the inbox. */
@org.springframework.stereotype.Component
class InboxBell implements HeaderItem {

    private final InboxService inbox;
    private final AuthenticationContext authentication;

    InboxBell(InboxService inbox, AuthenticationContext authentication) {
        this.inbox = inbox;
        this.authentication = authentication;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public @Nullable Component create() {
        if (!authentication.isAuthenticated()) {
            return null;
        }
        return new Bell(inbox);
    }

    /**
     * One per page layout: counts when attached, after every navigation (new reminders show up as the user moves
     * on) and whenever the inbox changes.
     */
    static final class Bell extends RouterLink {

        private final transient InboxService inbox;
        private final Span count = new Span();
        private @Nullable Registration listening;
        private @Nullable Registration navigating;

        Bell(InboxService inbox) {
            super("", InboxView.class);
            this.inbox = inbox;
            setId("inbox-bell");
            addClassName("ss-inbox-bell");
            count.setId("inbox-unread");
            count.getElement().getThemeList().add("badge error pill small");
            add(VaadinIcon.BELL.create(), count);
            update();
            addAttachListener(attach -> {
                update();
                listening = ComponentUtil.addListener(attach.getUI(), InboxChanged.class, changed -> update());
                navigating = attach.getUI().addAfterNavigationListener(navigated -> update());
            });
            addDetachListener(detach -> {
                if (listening != null) {
                    listening.remove();
                }
                if (navigating != null) {
                    navigating.remove();
                }
            });
        }

        /** The number the bell shows, 0 when it shows none. */
        long shown() {
            return count.isVisible() ? Long.parseLong(count.getText()) : 0;
        }

        void update() {
            long unread = inbox.unreadCount();
            count.setText(String.valueOf(unread));
            count.setVisible(unread > 0);
            getElement().setAttribute("aria-label", getTranslation("inbox.bell", unread));
            getElement().setAttribute("title", getTranslation("inbox.bell", unread));
        }
    }
}
