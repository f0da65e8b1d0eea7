package vn.safeschool.reminder;

import org.springframework.boot.builder.SpringApplicationBuilder;
import vn.safeschool.Application;
import vn.safeschool.ChildJvm;

/**
 * The application in a JVM of its own whose e-mail worker sends every queued e-mail in one batch to a given SMTP
 * server: what {@link ReminderWorkerKilledMidBatchTest} kills while the batch goes out. Arguments: the JDBC URL, the
 * database user (the test watches the child's connections by it), the SMTP port on 127.0.0.1.
 */
public final class WorkerInAnotherProcess {

    static final String STARTED = "[worker child] started";

    private WorkerInAnotherProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        new SpringApplicationBuilder(Application.class).run(ChildJvm.onDatabase(args[0], args[1],
                "--spring.mail.host=127.0.0.1", "--spring.mail.port=" + args[2],
                "--safeschool.reminders.delivery.enabled=true", "--safeschool.reminders.delivery.poll=500ms",
                "--safeschool.reminders.delivery.batch=1000", "--safeschool.reminders.schedule.enabled=false"));
        System.out.println(STARTED);
        // the worker's timer sends; the test kills this process with SIGKILL
        Thread.currentThread().join();
    }
}
