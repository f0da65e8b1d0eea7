package vn.safeschool.org;

import org.jspecify.annotations.Nullable;

/** A unit as the rest of the application sees it. {@code path} is the materialized path of ids, e.g. "/1/5/". */
public record OrgUnitInfo(
        long id,
        @Nullable Long parentId,
        String path,
        int depth,
        String code,
        String name,
        @Nullable String shortName,
        UnitKind kind,
        @Nullable InstitutionType institutionType,
        @Nullable Ownership ownership,
        boolean active) {

    public boolean isSchool() {
        return kind == UnitKind.SCHOOL;
    }

    /** The name grids and charts show: the short name where the unit has one ("Phòng GDĐT Chư Sê"), or the name. */
    public String listName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }
}
