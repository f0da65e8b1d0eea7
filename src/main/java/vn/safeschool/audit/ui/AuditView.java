package vn.safeschool.audit.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import vn.safeschool.audit.AuditEntry;
import vn.safeschool.audit.AuditFilter;
import vn.safeschool.audit.AuditService;
import vn.safeschool.base.Roles;
import vn.safeschool.base.Zones;
import vn.safeschool.base.audit.AuditAction;
import vn.safeschool.base.ui.DatePickers;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;

/**
 * The department staff's audit log: who did what, when, on which unit, filtered by user, unit subtree (by sector
 * code), action and time; read page by page from the service, inside the user's jurisdiction.
 */
@Route("audit")
@Menu(order = 80, icon = "vaadin:records", title = "nav.audit")
@RolesAllowed(Roles.DEPARTMENT_STAFF)
public class AuditView extends Main implements HasDynamicTitle {

    static final Set<AuditAction> SIGN_INS = EnumSet.of(AuditAction.LOGIN_SUCCEEDED, AuditAction.LOGIN_FAILED);

    private final OrgService org;
    private final TextField username = new TextField(getTranslation("audit.filter.username"));
    private final TextField unitCode = new TextField(getTranslation("audit.filter.unit"));
    private final MultiSelectComboBox<AuditAction> actions =
            new MultiSelectComboBox<>(getTranslation("audit.filter.actions"));
    private final DateTimePicker from = new DateTimePicker(getTranslation("audit.filter.from"));
    private final DateTimePicker to = new DateTimePicker(getTranslation("audit.filter.to"));
    /** Sign-ins outnumber everything else: left out unless asked for. */
    private final Checkbox signIns = new Checkbox(getTranslation("audit.filter.sign-ins"));
    private final AuditEntryGrid grid = new AuditEntryGrid();
    private AuditFilter filter = AuditFilter.all();
    private boolean unknownUnit;
    /** "To" before "from": nothing can match; the service would refuse it. */
    private boolean backwards;

    AuditView(AuditService audit, OrgService org) {
        this.org = org;
        addClassName("ss-page");
        username.setId("audit-username");
        username.setValueChangeMode(ValueChangeMode.LAZY);
        unitCode.setId("audit-unit");
        unitCode.setHelperText(getTranslation("audit.filter.unit-help"));
        unitCode.setValueChangeMode(ValueChangeMode.LAZY);
        actions.setId("audit-actions");
        actions.setItems(AuditAction.values());
        actions.setItemLabelGenerator(a -> getTranslation("audit.action." + a.name()));
        from.setId("audit-from");
        to.setId("audit-to");
        DatePickers.explained(from);
        DatePickers.explained(to);
        username.addValueChangeListener(e -> refresh());
        unitCode.addValueChangeListener(e -> refresh());
        actions.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        signIns.setId("audit-sign-ins");
        signIns.addValueChangeListener(e -> {
            if (!e.getValue() && actions.getValue().stream().anyMatch(SIGN_INS::contains)) {
                actions.setValue(actions.getValue().stream().filter(a -> !SIGN_INS.contains(a))
                        .collect(java.util.stream.Collectors.toSet()));
            }
            refresh();
        });
        actions.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue().stream().anyMatch(SIGN_INS::contains)) {
                signIns.setValue(true);
            }
        });

        grid.setId("audit-grid");
        grid.setItems(query -> unknownUnit || backwards ? Stream.<AuditEntry>empty()
                : audit.search(filter, query.getOffset(), query.getLimit()).stream(),
                query -> unknownUnit || backwards ? 0 : (int) Math.min(Integer.MAX_VALUE, audit.count(filter)));

        HorizontalLayout filters = new HorizontalLayout(username, unitCode, actions, from, to, signIns);
        filters.setWrap(true);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("nav.audit")), filters, grid);
        refresh();
    }

    private void refresh() {
        Long unitId = null;
        unknownUnit = false;
        unitCode.setInvalid(false);
        String code = unitCode.getValue().strip();
        if (!code.isEmpty()) {
            Optional<OrgUnitInfo> unit = org.findByCode(code);
            if (unit.isPresent()) {
                unitId = unit.get().id();
                unitCode.setHelperText(unit.get().name());
            } else {
                unknownUnit = true;
                unitCode.setErrorMessage(getTranslation("audit.filter.unit-unknown", code));
                unitCode.setInvalid(true);
            }
        } else {
            unitCode.setHelperText(getTranslation("audit.filter.unit-help"));
        }
        backwards = from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue());
        if (backwards) {
            to.setErrorMessage(getTranslation("audit.error.from-after-to"));
            to.setInvalid(true);
        }
        filter = new AuditFilter(username.getValue(), unitId, shownActions(), instant(from.getValue()),
                instant(to.getValue()));
        grid.getDataProvider().refreshAll();
    }

    /** The actions chosen (none: all), without the sign-ins unless they are asked for. */
    private Set<AuditAction> shownActions() {
        Set<AuditAction> chosen = actions.getValue().isEmpty() ? EnumSet.allOf(AuditAction.class)
                : EnumSet.copyOf(actions.getValue());
        if (signIns.getValue()) {
            return actions.getValue().isEmpty() ? EnumSet.noneOf(AuditAction.class) : chosen;
        }
        chosen.removeAll(SIGN_INS);
        return chosen;
    }

    private static @Nullable Instant instant(@Nullable LocalDateTime inVietnam) {
        return inVietnam == null ? null : inVietnam.atZone(Zones.VIETNAM).toInstant();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.audit") + " — " + getTranslation("app.name");
    }
}
