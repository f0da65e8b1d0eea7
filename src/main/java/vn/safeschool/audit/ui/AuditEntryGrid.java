package vn.safeschool.audit.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Dates;
import vn.safeschool.audit.AuditEntry;
import vn.safeschool.security.AccountService;

/** Audit entries as a grid: time (Vietnam), user, action, unit, target and the changes "field: old → new". */
public class AuditEntryGrid extends Grid<AuditEntry> {

    /** Vietnamese style, whatever the language: day first, 24-hour clock. */

    public AuditEntryGrid() {
        addColumn(e -> Dates.dateTimeSeconds(e.when(), getLocale())).setHeader(getTranslation("audit.column.time"))
                .setKey("time").setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> AccountService.UNKNOWN_USERNAME.equals(e.actor()) ? getTranslation("audit.actor.unknown")
                : e.actor()).setHeader(getTranslation("audit.column.user")).setKey("user")
                .setAutoWidth(true).setFlexGrow(0);
        addColumn(e -> getTranslation("audit.action." + e.action().name()))
                .setHeader(getTranslation("audit.column.action")).setKey("action").setAutoWidth(true);
        addColumn(AuditEntryGrid::unit).setHeader(getTranslation("audit.column.unit")).setKey("unit");
        addColumn(e -> e.target() == null ? "" : e.target()).setHeader(getTranslation("audit.column.target"))
                .setKey("target").setAutoWidth(true).setFlexGrow(0);
        addColumn(AuditEntryGrid::changes).setHeader(getTranslation("audit.column.changes")).setKey("changes")
                .setFlexGrow(3).setTooltipGenerator(AuditEntryGrid::changes);
        setEmptyStateText(getTranslation("audit.empty"));
    }

    static String unit(AuditEntry entry) {
        if (entry.unitId() == null) {
            return "";
        }
        return entry.unitCode() == null ? "#" + entry.unitId() : entry.unitCode() + " — " + entry.unitName();
    }

    /** "name: Old → New; active: true → false", or "field: value" for a value that was not there before. */
    static String changes(AuditEntry entry) {
        return entry.changes().stream()
                .map(c -> c.field() + ": " + (c.before() == null ? shown(c.after())
                        : shown(c.before()) + " → " + shown(c.after())))
                .collect(Collectors.joining("; "));
    }

    private static String shown(@Nullable String value) {
        return value == null || value.isEmpty() ? "—" : value;
    }
}
