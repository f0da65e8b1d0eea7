package vn.safeschool.checklist.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.ui.Notifications;
import vn.safeschool.checklist.Assessment;
import vn.safeschool.checklist.ChecklistEdit;
import vn.safeschool.checklist.ChecklistService;
import vn.safeschool.checklist.ChecklistVersionInfo;
import vn.safeschool.checklist.Phase;
import vn.safeschool.checklist.StatusRule;

/**
 * Edits a version's criteria and thresholds (a version in use is shown read-only: copy it instead), and previews
 * the rule: tick sample answers, read the status and the reason the rule gives.
 */
class ChecklistEditor extends Dialog {

    final TextField titleVi = new TextField();
    final TextField titleEn = new TextField();
    final IntegerField safeMinMet = new IntegerField();
    final IntegerField unsafeMaxMet = new IntegerField();
    final List<Row> rows = new ArrayList<>();
    final Span preview = new Span();
    final Button save;
    private final VerticalLayout list = new VerticalLayout();
    private final boolean readOnly;

    /** One criterion as edited, and its sample answer for the preview. */
    final class Row extends HorizontalLayout {
        final int number;
        final Select<Phase> phase = new Select<>();
        final IntegerField position = new IntegerField();
        final TextField textVi = new TextField();
        final TextField textEn = new TextField();
        final Checkbox mandatory = new Checkbox(getTranslation("checklist.criterion.mandatory"));
        final Checkbox met = new Checkbox(getTranslation("checklist.preview.met"));

        Row(ChecklistEdit.Item item) {
            this.number = item.number();
            phase.setItems(Phase.values());
            phase.setItemLabelGenerator(p -> getTranslation("declaration.phase." + p.name()));
            phase.setValue(item.phase());
            phase.setAriaLabel(getTranslation("checklist.criterion.phase"));
            phase.setWidthFull();
            position.setValue(item.position());
            position.setWidth("5em");
            position.setAriaLabel(getTranslation("checklist.criterion.position"));
            textVi.setValue(item.textVi());
            textVi.setPlaceholder(getTranslation("checklist.criterion.text-vi"));
            textVi.setWidthFull();
            textEn.setValue(item.textEn());
            textEn.setPlaceholder(getTranslation("checklist.criterion.text-en"));
            textEn.setWidthFull();
            mandatory.setValue(item.mandatory());
            mandatory.addValueChangeListener(e -> updatePreview());
            met.addValueChangeListener(e -> updatePreview());
            Button remove = new Button(VaadinIcon.TRASH.create(), click -> {
                rows.remove(this);
                list.remove(this);
                updatePreview();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            remove.setAriaLabel(getTranslation("checklist.criterion.remove"));
            remove.setEnabled(!readOnly);
            setAlignItems(Alignment.BASELINE);
            // the fields in columns: criterion 10 is as wide as criterion 9, whatever the number or phase says
            addClassName("ss-criterion-row");
            Span shownNumber = new Span(String.valueOf(number));
            shownNumber.addClassName("ss-criterion-number");
            add(shownNumber, phase, position, textVi, textEn, mandatory, met, remove);
            phase.setReadOnly(readOnly);
            position.setReadOnly(readOnly);
            textVi.setReadOnly(readOnly);
            textEn.setReadOnly(readOnly);
            mandatory.setReadOnly(readOnly);
        }

        ChecklistEdit.Item item() {
            return new ChecklistEdit.Item(number, phase.getValue(), position.getValue() == null ? 0
                    : position.getValue(), textVi.getValue(), textEn.getValue(), mandatory.getValue());
        }
    }

    ChecklistEditor(ChecklistService checklists, ChecklistVersionInfo version, boolean inUse,
            Consumer<ChecklistVersionInfo> saved) {
        this.readOnly = inUse;
        setHeaderTitle(getTranslation("checklist.edit-title", version.code(), version.versionNo()));
        setWidth("95vw");
        ChecklistEdit current = ChecklistEdit.of(version);
        titleVi.setLabel(getTranslation("checklist.title-vi"));
        titleVi.setValue(current.titleVi());
        titleEn.setLabel(getTranslation("checklist.title-en"));
        titleEn.setValue(current.titleEn());
        safeMinMet.setLabel(getTranslation("checklist.safe-min-met"));
        safeMinMet.setValue(current.safeMinMet());
        unsafeMaxMet.setLabel(getTranslation("checklist.unsafe-max-met"));
        unsafeMaxMet.setValue(current.unsafeMaxMet());
        safeMinMet.addValueChangeListener(e -> updatePreview());
        unsafeMaxMet.addValueChangeListener(e -> updatePreview());
        titleVi.setReadOnly(inUse);
        titleEn.setReadOnly(inUse);
        safeMinMet.setReadOnly(inUse);
        unsafeMaxMet.setReadOnly(inUse);
        if (inUse) {
            Paragraph note = new Paragraph(getTranslation("checklist.error.in-use"));
            note.setId("checklist-in-use");
            add(note);
        }
        add(new FormLayout(titleVi, titleEn, safeMinMet, unsafeMaxMet));
        current.criteria().forEach(this::addRow);
        Button addCriterion = new Button(getTranslation("checklist.criterion.add"), VaadinIcon.PLUS.create(),
                click -> addRow(new ChecklistEdit.Item(rows.stream().mapToInt(r -> r.number).max().orElse(0) + 1,
                        Phase.DURING, rows.size() + 1, "", "", false)));
        addCriterion.setId("add-criterion");
        addCriterion.setEnabled(!inUse);
        preview.setId("rule-preview");
        add(list, addCriterion, new H3(getTranslation("checklist.preview")), preview);
        updatePreview();

        save = new Button(getTranslation("action.save"), click -> {
            try {
                ChecklistVersionInfo result = checklists.update(version.id(), edit(current.version()));
                close();
                saved.accept(result);
            } catch (RuleViolation e) {
                Notifications.refused(e);
            }
        });
        save.setId("save-checklist");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setEnabled(!inUse);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void addRow(ChecklistEdit.Item item) {
        Row row = new Row(item);
        rows.add(row);
        list.add(row);
        updatePreview();
    }

    private ChecklistEdit edit(long version) {
        return new ChecklistEdit(titleVi.getValue(), titleEn.getValue(), value(safeMinMet), value(unsafeMaxMet),
                rows.stream().map(Row::item).toList(), version);
    }

    /** What the rule, as edited, makes of the ticked sample answers. */
    void updatePreview() {
        try {
            StatusRule rule = new StatusRule(value(safeMinMet), value(unsafeMaxMet),
                    rows.stream().filter(r -> r.mandatory.getValue()).map(r -> r.number).collect(Collectors.toSet()),
                    rows.stream().map(r -> r.number).collect(Collectors.toSet()));
            Set<Integer> met = rows.stream().filter(r -> r.met.getValue()).map(r -> r.number)
                    .collect(Collectors.toSet());
            Assessment assessment = rule.assess(met);
            preview.setText(getTranslation(assessment.status().translationKey()) + " — "
                    + getTranslation(assessment.reasonKey(), assessment.reasonArguments()));
        } catch (IllegalArgumentException e) {
            preview.setText(getTranslation("checklist.error.thresholds", value(unsafeMaxMet), value(safeMinMet)));
        }
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }
}
