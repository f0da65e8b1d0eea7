package vn.safeschool.unitimport;

import java.nio.file.Files;
import java.nio.file.Path;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.safeschool.Application;
import vn.safeschool.ChildJvm;
import vn.safeschool.security.SystemTask;

/**
 * The application in a JVM of its own, committing one import file against a given database: what
 * {@link ImportKilledMidwayTest} kills while the import runs. Arguments: the JDBC URL, the database user (the test
 * finds the import's transaction by it), the file.
 */
public final class ImportInAnotherProcess {

    static final String STARTING_COMMIT = "[import child] committing";
    static final String COMMITTED = "[import child] committed";

    private ImportInAnotherProcess() {
    }

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        Path file = Path.of(args[2]);
        byte[] content = Files.readAllBytes(file);
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(
                ChildJvm.onDatabase(url, user))) {
            System.out.println(STARTING_COMMIT);
            ImportResult result = app.getBean(SystemTask.class)
                    .call(() -> app.getBean(ImportService.class).commit(file.getFileName().toString(), content));
            System.out.println(COMMITTED + ": " + result.created() + " units");
        }
    }
}
