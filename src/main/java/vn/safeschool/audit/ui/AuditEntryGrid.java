package vn.safeschool.audit.ui;

import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Dates;
import vn.safeschool.audit.AuditEntry;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.base.ui.PhoneColumns;
import vn.safeschool.security.AccountService;

/** Audit entries as a grid: time (Vietnam), user, action, unit, target and the changes "field: old → new". */
public class AuditEntryGrid extends Grid<AuditEntry> {

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
        addColumn(this::changes).setHeader(getTranslation("audit.column.changes")).setKey("changes")
                .setFlexGrow(3).setTooltipGenerator(this::changes);
        setEmptyStateText(getTranslation("audit.empty"));
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        PhoneColumns.hide(this, "user", "unit", "target");
    }

    static String unit(AuditEntry entry) {
        if (entry.unitId() == null) {
            return "";
        }
        return entry.unitCode() == null ? "#" + entry.unitId() : entry.unitCode() + " — " + entry.unitName();
    }

    /**
     * "Tên đơn vị: Old → New; Đang hoạt động: Có → Không", or "field: value" for a value that was not there before:
     * the fields by their translated names, codes by their translated values, instants in Vietnam time.
     */
    String changes(AuditEntry entry) {
        return entry.changes().stream()
                .map(c -> field(c.field()) + ": " + (c.before() == null ? shown(entry, c.field(), c.after())
                        : shown(entry, c.field(), c.before()) + " → " + shown(entry, c.field(), c.after())))
                .collect(Collectors.joining("; "));
    }

    private String field(String name) {
        String key = "audit.field." + name;
        return Translations.has(key) ? getTranslation(key) : name;
    }

    private String shown(AuditEntry entry, String field, @Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "—";
        }
        String key = valueKey(entry.action(), field, value);
        if (key != null && Translations.has(key)) {
            return getTranslation(key);
        }
        return AuditValues.time(value, getLocale()).orElse(value);
    }

    /** Where a recorded code has its text: the same keys the feature's own pages use. */
    private static @Nullable String valueKey(AuditAction action, String field, String value) {
        if (value.equals("true") || value.equals("false")) {
            return "audit.value." + value;
        }
        String group = action.name().substring(0, action.name().indexOf('_') + 1);
        return switch (field) {
            case "status" -> switch (group) {
                case "FOLLOWUP_" -> "followup.status." + value;
                case "CORRECTIVE_" -> "corrective.status." + value;
                case "CAMPAIGN_" -> "campaign.status." + value;
                case "DECLARATION_" -> "status." + value.toLowerCase(Locale.ROOT).replace('_', '-');
                default -> null;
            };
            case "type" -> "followup.type." + value;
            case "kind" -> "unit.kind." + value;
            case "institutionType" -> "unit.type." + value;
            case "ownership" -> "unit.ownership." + value;
            case "role" -> "role." + value;
            default -> null;
        };
    }
}
