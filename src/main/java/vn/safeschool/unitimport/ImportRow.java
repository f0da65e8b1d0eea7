package vn.safeschool.unitimport;

import java.io.Serializable;
import java.util.List;

import org.jspecify.annotations.Nullable;
import vn.safeschool.org.InstitutionType;
import vn.safeschool.org.Ownership;
import vn.safeschool.org.UnitKind;

/**
 * One row of the file as read, what committing it would do, and what is wrong with it.
 *
 * @param row  the row as the spreadsheet numbers it (the header is row 1)
 * @param kind {@code SCHOOL}, or {@code DISTRICT_OFFICE} when the type says so; null when the type is unreadable
 */
public record ImportRow(
        int row,
        String code,
        String name,
        String typeText,
        @Nullable UnitKind kind,
        @Nullable InstitutionType institutionType,
        @Nullable Ownership ownership,
        String parentCode,
        String principalName,
        String email,
        String phone,
        RowAction action,
        PrincipalAction principal,
        List<ImportProblem> problems) implements Serializable {

    public ImportRow {
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }
}
