package vn.safeschool.unitimport;

import java.io.Serializable;
import java.util.List;

/**
 * What an import would do: every row with its action and problems, and the problems of the file as a whole (a
 * wrong type or encoding, missing columns). Nothing has been written.
 */
public record ImportPreview(String fileName, List<ImportProblem> fileProblems, List<ImportRow> rows)
        implements Serializable {

    public ImportPreview {
        fileProblems = List.copyOf(fileProblems);
        rows = List.copyOf(rows);
    }

    static ImportPreview rejected(String fileName, ImportProblem problem) {
        return new ImportPreview(fileName, List.of(problem), List.of());
    }

    /** A file refused for its size while it was being received, before anything of it was read. */
    public static ImportPreview tooLarge(String fileName) {
        return rejected(fileName, ImportProblem.file("import.error.too-large", ImportService.MAX_BYTES >> 20));
    }

    public long count(RowAction action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }

    public long principalsToCreate() {
        return rows.stream().filter(r -> r.principal() == PrincipalAction.CREATE).count();
    }

    public long rowsWithProblems() {
        return rows.stream().filter(ImportRow::hasProblems).count();
    }

    /** Every problem, the file's first, then row by row. */
    public List<ImportProblem> problems() {
        return java.util.stream.Stream.concat(fileProblems.stream(),
                rows.stream().flatMap(r -> r.problems().stream())).toList();
    }

    /** Only a file without any problem may be committed, and only when it has rows. */
    public boolean canCommit() {
        return fileProblems.isEmpty() && !rows.isEmpty() && rowsWithProblems() == 0;
    }

    /** Whether committing would write anything at all. */
    public boolean changesSomething() {
        return count(RowAction.NEW) + count(RowAction.UPDATE) + principalsToCreate() > 0;
    }
}
