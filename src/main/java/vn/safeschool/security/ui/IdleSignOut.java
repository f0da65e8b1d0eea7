package vn.safeschool.security.ui;

import java.io.Serializable;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.SessionDestroyEvent;
import com.vaadin.flow.server.SessionExpiredHandler;
import com.vaadin.flow.server.SessionInitEvent;
import com.vaadin.flow.server.SynchronizedRequestHandler;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.shared.ApplicationConstants;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Ends the sign-in when Vaadin closes an idle session. With {@code vaadin.closeIdleSessions} the heartbeat of an
 * open tab no longer counts as activity, and Vaadin closes its own session once the servlet session's idle time has
 * passed without a real request — but it leaves the servlet session, and with it the sign-in, alive. Here that
 * session ends too, and the browser, told at its next heartbeat that its session expired, goes to the sign-in page
 * with a notice ({@link LoginView#SIGNED_OUT}).
 */
@Component
class IdleSignOut implements VaadinServiceInitListener {

    /**
     * The servlet session a Vaadin session lives in (transient: nothing of it to persist with the session) and the
     * servlet session id last seen: a sign-in gives the session a new id.
     */
    private static final class Holder implements Serializable {

        private final transient @Nullable WrappedSession session;
        private String lastId;

        Holder(WrappedSession session) {
            this.session = session;
            this.lastId = session.getId();
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addRequestHandler(new PageLoads());
        event.addRequestHandler(new ExpiredHeartbeat());
        event.getSource().addSessionInitListener(IdleSignOut::remember);
        event.getSource().addSessionDestroyListener(IdleSignOut::endSignIn);
        event.getSource().setSystemMessagesProvider(info -> {
            CustomizedSystemMessages messages = new CustomizedSystemMessages();
            // no Vaadin notice to click away: straight to the sign-in page, which says why
            messages.setSessionExpiredNotificationEnabled(false);
            messages.setSessionExpiredURL(info.getRequest() == null ? LoginView.SIGNED_OUT
                    : info.getRequest().getContextPath() + "/" + LoginView.SIGNED_OUT);
            return messages;
        });
    }

    /**
     * Vaadin counts only a tab's server round trips as activity, not opening a page; yet a sign-in, which sends the
     * browser on to a page, is the clearest activity there is, and a page opened within the idle time is too. A page
     * opened after it does not revive the session: Vaadin closes it at the end of that request.
     */
    private static final class PageLoads extends SynchronizedRequestHandler {

        @Override
        protected boolean canHandleRequest(VaadinRequest request) {
            String type = request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER);
            return type == null || ApplicationConstants.REQUEST_TYPE_INIT.equals(type);
        }

        @Override
        public boolean synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
                VaadinResponse response) {
            WrappedSession wrapped = session.getSession();
            @Nullable Holder holder = session.getAttribute(Holder.class);
            if (wrapped == null || holder == null) {
                return false;
            }
            long now = System.currentTimeMillis();
            boolean signedIn = !wrapped.getId().equals(holder.lastId);
            boolean withinIdleTime = now - session.getLastRequestTimestamp() < 1000L * wrapped.getMaxInactiveInterval();
            if (signedIn || withinIdleTime) {
                session.setLastRequestTimestamp(now);
            }
            holder.lastId = wrapped.getId();
            return false;
        }
    }

    /**
     * Vaadin answers the heartbeat of an ended session with {@code sendError(403)}; the error dispatch to
     * {@code /error} then meets the console's security chain, which sends the now anonymous browser to the sign-in
     * page (302), the heartbeat request follows it to a 200, and the tab never learns that it was signed out. A
     * plain status goes out as it is (as for the operations endpoints, ManagementSecurityConfig).
     */
    private static final class ExpiredHeartbeat implements SessionExpiredHandler {

        @Override
        public boolean handleRequest(VaadinSession session, VaadinRequest request, VaadinResponse response) {
            return false;
        }

        @Override
        public boolean handleSessionExpired(VaadinRequest request, VaadinResponse response) {
            if (!HandlerHelper.isRequestType(request, HandlerHelper.RequestType.HEARTBEAT)) {
                return false;
            }
            response.setStatus(HttpStatusCode.FORBIDDEN.getCode());
            return true;
        }
    }

    private static void remember(SessionInitEvent event) {
        event.getSession().setAttribute(Holder.class, new Holder(event.getRequest().getWrappedSession()));
    }

    private static void endSignIn(SessionDestroyEvent event) {
        @Nullable Holder holder = event.getSession().getAttribute(Holder.class);
        if (holder == null || holder.session == null) {
            return;
        }
        try {
            holder.session.invalidate();
        } catch (IllegalStateException alreadyEnded) {
            // the servlet session itself expired or was ended (sign-out): nothing left to end
        }
    }
}
