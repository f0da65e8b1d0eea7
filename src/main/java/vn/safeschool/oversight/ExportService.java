package vn.safeschool.oversight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.base.Roles;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.org.OrgUnitInfo;

/**
 * The statistics list that goes with the Department's letter, in Vietnamese: per district office (the schools
 * directly under the department as one group) with a totals row, and per institution. The same numbers as the
 * rollups, under the same filter and inside the same jurisdiction: every number comes from {@link RollupService},
 * one query per level.
 */
@Service
@Transactional(readOnly = true)
public class ExportService {

    static final Locale LANGUAGE = Translations.VIETNAMESE;
    private static final Comparator<UnitRollup> BY_CODE = Comparator.comparing(r -> r.unit().code());

    private final RollupService rollups;
    private final Translations translations;

    ExportService(RollupService rollups, Translations translations) {
        this.rollups = rollups;
        this.translations = translations;
    }

    /** Sheet 1: the unit's children (offices, the direct-units group) and a totals row; sheet 2: every institution. */
    @PreAuthorize(Roles.IS_USER)
    public byte[] statisticsXlsx(RollupFilter filter, long unitId) {
        UnitRollup total = rollups.of(filter, unitId);
        List<StatisticsRow> offices = OverviewRow.of(rollups.children(filter, unitId, BY_CODE)).stream()
                .map(this::row).toList();
        StatisticsRow totals = StatisticsRow.of(total.unit().code(), text("export.total"), null, type(total.unit()),
                total);
        return StatisticsFiles.xlsx(text("export.sheet.offices"), header(false), offices, totals,
                text("export.sheet.institutions"), header(true), institutions(filter, total));
    }

    /** Every institution under the unit with its managing unit, as CSV (UTF-8 with a byte-order mark). */
    @PreAuthorize(Roles.IS_USER)
    public byte[] statisticsCsv(RollupFilter filter, long unitId) {
        UnitRollup total = rollups.of(filter, unitId);
        return StatisticsFiles.csv(header(true), institutions(filter, total));
    }

    private List<StatisticsRow> institutions(RollupFilter filter, UnitRollup top) {
        List<StatisticsRow> rows = new ArrayList<>();
        if (top.unit().isSchool()) {
            rows.add(school(top, ""));
        } else {
            collect(filter, top.unit(), rows);
        }
        return rows;
    }

    /** Depth first, by code: each office's schools together, under the office's name. */
    private void collect(RollupFilter filter, OrgUnitInfo parent, List<StatisticsRow> into) {
        for (UnitRollup child : rollups.children(filter, parent.id(), BY_CODE)) {
            if (child.unit().isSchool()) {
                into.add(school(child, parent.name()));
            } else if (child.hasChildren()) {
                collect(filter, child.unit(), into);
            }
        }
    }

    private StatisticsRow school(UnitRollup r, String office) {
        return StatisticsRow.of(r.unit().code(), r.unit().name(), office, type(r.unit()), r);
    }

    private StatisticsRow row(OverviewRow r) {
        OrgUnitInfo unit = r.unit();
        if (unit == null) {
            return StatisticsRow.of("", text("oversight.direct-units"), text("oversight.direct-units.type"), r);
        }
        return StatisticsRow.of(unit.code(), unit.name(), type(unit), r);
    }

    private String type(OrgUnitInfo unit) {
        return unit.institutionType() != null ? text("unit.type." + unit.institutionType().name())
                : text("unit.kind." + unit.kind().name());
    }

    private List<String> header(boolean withOffice) {
        List<String> header = new ArrayList<>(List.of(text("export.column.number"), text("export.column.code"),
                text("export.column.name")));
        if (withOffice) {
            header.add(text("export.column.office"));
        }
        header.add(text("export.column.type"));
        StatisticsFiles.NUMBER_KEYS.forEach(key -> header.add(text("export.column." + key)));
        return header;
    }

    private String text(String key) {
        return translations.getTranslation(key, LANGUAGE);
    }
}
