package vn.safeschool.declaration.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.ui.Notifications;
import vn.safeschool.checklist.Assessment;
import vn.safeschool.checklist.CriterionInfo;
import vn.safeschool.checklist.Phase;
import vn.safeschool.declaration.AnswerInput;
import vn.safeschool.declaration.DeclarationDetails;
import vn.safeschool.declaration.DeclarationService;
import vn.safeschool.declaration.DeclaredAnswer;

/**
 * The school's declaration as a form: every criterion by phase, met or not with an optional note, the status the
 * rule makes of it shown live, and submit. Filled with the current answers and bound to the version it was loaded
 * with. One column at any width; a checkbox and a field per criterion, so the keyboard reaches everything in order.
 */
class DeclarationForm extends Composite<Div> {

    private final DeclarationService declarations;
    private final DeclarationDetails shown;
    private final boolean onBehalf;
    private final Runnable afterSubmit;
    private final Map<Integer, Checkbox> met = new LinkedHashMap<>();
    private final Map<Integer, TextField> notes = new LinkedHashMap<>();
    private final Span previewStatus = new Span();
    private final Span previewReason = new Span();
    private final TextArea reason = new TextArea();

    /**
     * @param onBehalf     the district office or the department entering it for the school: a reason is asked
     * @param afterSubmit  what the page does once the submission is stored (show it afresh)
     */
    DeclarationForm(DeclarationService declarations, DeclarationDetails shown, List<CriterionInfo> criteria,
            boolean onBehalf, Runnable afterSubmit) {
        this.declarations = declarations;
        this.shown = shown;
        this.onBehalf = onBehalf;
        this.afterSubmit = afterSubmit;
        Div root = getContent();
        root.setId("declaration-form");
        root.addClassName("ss-declaration-form");
        root.add(new H2(getTranslation(onBehalf ? "declaration.form.on-behalf" : "declaration.form")));
        if (onBehalf) {
            Paragraph hint = new Paragraph(getTranslation("declaration.form.on-behalf-hint"));
            hint.addClassName("ss-muted");
            root.add(hint);
        }
        Map<Long, DeclaredAnswer> current = new LinkedHashMap<>();
        shown.answers().forEach(a -> current.put(a.criterion().id(), a));
        for (Phase phase : Phase.values()) {
            List<CriterionInfo> inPhase = criteria.stream().filter(c -> c.phase() == phase).toList();
            if (inPhase.isEmpty()) {
                continue;
            }
            root.add(new H3(getTranslation("declaration.phase." + phase.name())));
            for (CriterionInfo criterion : inPhase) {
                root.add(criterion(criterion, current.get(criterion.id())));
            }
        }
        Div preview = new Div(new Span(getTranslation("declaration.form.preview") + ": "), previewStatus,
                new Span(" — "), previewReason);
        preview.setId("declaration-preview");
        preview.addClassName("ss-preview");
        preview.getElement().setAttribute("aria-live", "polite");
        previewStatus.setId("declaration-preview-status");
        previewReason.setId("declaration-preview-reason");
        root.add(preview);
        if (onBehalf) {
            reason.setId("declaration-on-behalf-reason");
            reason.setLabel(getTranslation("declaration.form.reason"));
            reason.setRequiredIndicatorVisible(true);
            reason.setMaxLength(1000);
            reason.setWidthFull();
            reason.addValueChangeListener(e -> reason.setInvalid(false));
            root.add(reason);
        }
        Button submit = new Button(getTranslation("declaration.form.submit"), click -> submit());
        submit.setId("declaration-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        root.add(submit);
        refreshPreview();
    }

    private Div criterion(CriterionInfo criterion, @Nullable DeclaredAnswer answer) {
        Checkbox box = new Checkbox(criterion.number() + ". " + criterion.text(getLocale())
                + (criterion.mandatory() ? " (" + getTranslation("declaration.criterion.mandatory") + ")" : ""));
        box.setId("declaration-met-" + criterion.number());
        box.setValue(answer != null && answer.met());
        box.addValueChangeListener(e -> refreshPreview());
        TextField note = new TextField();
        note.setId("declaration-note-" + criterion.number());
        note.setPlaceholder(getTranslation("declaration.criterion.note"));
        note.setAriaLabel(getTranslation("declaration.criterion.note") + " " + criterion.number());
        note.setMaxLength(1000);
        note.setWidthFull();
        note.setValue(answer == null || answer.note() == null ? "" : answer.note());
        met.put(criterion.number(), box);
        notes.put(criterion.number(), note);
        Div row = new Div(box, note);
        row.addClassName("ss-criterion");
        return row;
    }

    Map<Integer, AnswerInput> answers() {
        Map<Integer, AnswerInput> answers = new LinkedHashMap<>();
        met.forEach((number, box) -> {
            String note = notes.get(number).getValue();
            answers.put(number, new AnswerInput(box.getValue(), note == null || note.isBlank() ? null : note));
        });
        return answers;
    }

    private void refreshPreview() {
        Assessment assessment = declarations.preview(shown.campaign().id(), answers());
        previewStatus.setText(DeclarationView.statusText(this, assessment.status()));
        previewStatus.setClassName("ss-status ss-status-" + DeclarationView.statusKey(assessment.status()));
        previewReason.setText(getTranslation(assessment.reasonKey(), assessment.reasonArguments()));
    }

    private void submit() {
        Long loaded = shown.current() == null ? null : shown.current().version();
        try {
            if (onBehalf) {
                declarations.submitOnBehalf(shown.unit().id(), shown.campaign().id(), answers(), loaded,
                        reason.getValue());
            } else {
                declarations.submit(shown.unit().id(), shown.campaign().id(), answers(), loaded);
            }
        } catch (RuleViolation e) {
            if (onBehalf && e.messageKey().startsWith("declaration.error.reason-")) {
                // said on the field itself, where the reason goes, not only in a passing pop-up
                reason.setErrorMessage(Notifications.text(e));
                reason.setInvalid(true);
                reason.focus();
                return;
            }
            Notifications.refused(e);
            return;
        }
        Notifications.success(getTranslation("declaration.form.submitted"));
        afterSubmit.run();
    }
}
