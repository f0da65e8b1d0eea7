package vn.safeschool.security;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import vn.safeschool.base.Roles;

/**
 * Runs work the application does on its own behalf (loading the demo province, scheduled jobs) through the same
 * guarded services a person uses, as the {@code SYSTEM} role, whose jurisdiction is everything. Because that is
 * everything, only the classes in {@link #CALLERS} may use it ({@code SystemTaskCallersTest} fails on any other main
 * class; tests use it to set up their data).
 */
@Component
public class SystemTask {

    public static final String NAME = "system";

    /** Every main class that may run work as SYSTEM, and why it must. */
    public static final Map<String, String> CALLERS = Map.of(
            "vn.safeschool.demo.GiaLaiDemoData", "loads the demo province at start-up, with no one signed in",
            "vn.safeschool.setup.FirstRun", "creates the first department and its first account",
            "vn.safeschool.reminder.ScheduledReminders", "sends scheduled reminders and digests from a timer",
            "vn.safeschool.reorganisation.ReorgPoller", "applies a reorganisation when its moment comes",
            "vn.safeschool.audit.AuditLogListener",
            "records the unit path of an audited change, which may lie outside the actor's jurisdiction",
            "vn.safeschool.declaration.ReopeningNotices",
            "tells a school its form was reopened; the inbox belongs to the school, not to the one who reopened it",
            "vn.safeschool.followup.FollowUpNotices",
            "tells the other side of a case, which the actor may not notify (a district admin answering writes to "
                    + "the Department); it writes only the notice");

    private final SecurityContextHolderStrategy contexts;

    SystemTask(SecurityContextHolderStrategy contexts) {
        this.contexts = contexts;
    }

    public <T> T call(Supplier<T> work) {
        SecurityContext previous = contexts.getContext();
        SecurityContext system = contexts.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(NAME, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + Roles.SYSTEM))));
        // Inside a browser request Vaadin's strategy reads the signed-in person's context from the Vaadin session
        // before the thread's: the task runs with the session unbound, or it would run as that person after all
        VaadinSession session = VaadinSession.getCurrent();
        VaadinSession.setCurrent(null);
        contexts.setContext(system);
        try {
            return work.get();
        } finally {
            contexts.setContext(previous);
            VaadinSession.setCurrent(session);
        }
    }

    public void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
