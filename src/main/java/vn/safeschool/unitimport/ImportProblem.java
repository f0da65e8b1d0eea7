package vn.safeschool.unitimport;

import java.io.Serializable;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Something wrong with the file or one of its rows, as a translation key and its arguments.
 *
 * @param row    the row as the spreadsheet numbers it (the header is row 1); 0 for the file as a whole
 * @param column the column concerned, if one is
 */
public record ImportProblem(int row, @Nullable ImportColumn column, String key, List<String> args)
        implements Serializable {

    public ImportProblem {
        args = List.copyOf(args);
    }

    static ImportProblem file(String key, Object... args) {
        return new ImportProblem(0, null, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }

    static ImportProblem at(int row, ImportColumn column, String key, Object... args) {
        return new ImportProblem(row, column, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
