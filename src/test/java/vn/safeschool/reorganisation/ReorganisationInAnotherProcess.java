package vn.safeschool.reorganisation;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.safeschool.Application;
import vn.safeschool.ChildJvm;
import vn.safeschool.security.SystemTask;

/**
 * The application in a JVM of its own, applying one drafted reorganisation against a given database: what
 * {@link ReorganisationKilledMidwayTest} kills while it runs. Arguments: the JDBC URL, the database user (the test
 * finds the child's transaction by it), the event's id and version.
 */
public final class ReorganisationInAnotherProcess {

    static final String APPLYING = "[reorganisation child] applying";
    static final String APPLIED = "[reorganisation child] applied";

    private ReorganisationInAnotherProcess() {
    }

    public static void main(String[] args) {
        long event = Long.parseLong(args[2]);
        long version = Long.parseLong(args[3]);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                ChildJvm.onDatabase(args[0], args[1], "--safeschool.reorganisation.schedule.enabled=false"))) {
            System.out.println(APPLYING);
            ReorgSummary done = app.getBean(SystemTask.class)
                    .call(() -> app.getBean(ReorganisationService.class).apply(event, version));
            System.out.println(APPLIED + ": " + done.status());
        }
    }
}
