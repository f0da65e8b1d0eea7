package vn.safeschool.letter.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldBase;
import com.vaadin.flow.data.value.ValueChangeMode;
import vn.safeschool.base.ui.DatePickers;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.letter.LetterFields;
import vn.safeschool.letter.Placeholders;

/**
 * The letter's fields: its number and date (this letter only) and the text its department's template keeps. A
 * refusal from the service is shown at the field it names.
 */
class LetterForm extends FormLayout {

    final TextField number = new TextField();
    final DatePicker date = new DatePicker();
    final TextField governingBody = new TextField();
    final TextField place = new TextField();
    final TextField symbol = new TextField();
    final TextArea subject = new TextArea();
    final TextArea recipients = new TextArea();
    final TextArea body = new TextArea();
    final TextArea signerTitle = new TextArea();
    final TextField signerName = new TextField();
    final TextArea copiesTo = new TextArea();
    private final Map<String, HasValidation> byName = new LinkedHashMap<>();

    LetterForm(Runnable changed) {
        setId("letter-form");
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("32em", 2));
        text(number, "number", 20, changed);
        number.setPlaceholder(getTranslation("letter.field.number.placeholder"));
        date.setLabel(getTranslation("letter.field.date"));
        date.setId("letter-date");
        DatePickers.explained(date);
        date.setRequiredIndicatorVisible(true);
        date.addValueChangeListener(e -> changed.run());
        add(number, date);
        text(governingBody, "governingBody", 255, changed);
        text(place, "place", 100, changed);
        text(symbol, "symbol", 64, changed);
        area(subject, "subject", 1000, changed);
        area(recipients, "recipients", 2000, changed);
        area(body, "body", 10_000, changed);
        area(signerTitle, "signerTitle", 255, changed);
        text(signerName, "signerName", 255, changed);
        area(copiesTo, "copiesTo", 2000, changed);
        body.setHelperText(getTranslation("letter.field.body.help", String.join(" ",
                Placeholders.NAMES.stream().map(n -> "{" + n + "}").toList())));
        body.setMinHeight("18em");
        setColspan(body, 2);
        setColspan(subject, 2);
        setColspan(recipients, 2);
    }

    void show(LetterFields fields) {
        governingBody.setValue(fields.governingBody());
        place.setValue(fields.place());
        symbol.setValue(fields.symbol());
        subject.setValue(fields.subject());
        recipients.setValue(fields.recipients());
        body.setValue(fields.body());
        signerTitle.setValue(fields.signerTitle());
        signerName.setValue(fields.signerName());
        copiesTo.setValue(fields.copiesTo());
    }

    LetterFields fields() {
        return new LetterFields(governingBody.getValue(), place.getValue(), symbol.getValue(), subject.getValue(),
                recipients.getValue(), body.getValue(), signerTitle.getValue(), signerName.getValue(),
                copiesTo.getValue());
    }

    /** Marks the field a refusal names (its first argument), clears the others. */
    void showRefusal(RuleViolation refusal) {
        byName.values().forEach(f -> f.setInvalid(false));
        Object[] arguments = refusal.arguments();
        String field = refusal.messageKey().equals("letter.error.unknown-placeholders") ? "body"
                : arguments.length > 0 ? String.valueOf(arguments[0]) : "";
        HasValidation target = byName.get(field);
        if (target != null) {
            target.setErrorMessage(getTranslation(refusal.messageKey(), arguments));
            target.setInvalid(true);
        }
    }

    void clearRefusal() {
        byName.values().forEach(f -> f.setInvalid(false));
    }

    private void text(TextField field, String name, int max, Runnable changed) {
        field.setMaxLength(max);
        place(field, name, changed);
    }

    private void area(TextArea field, String name, int max, Runnable changed) {
        field.setMaxLength(max);
        place(field, name, changed);
    }

    /** Every field but the number must be filled in; any change refreshes the preview, lazily while typing. */
    private <F extends TextFieldBase<F, String>> void place(F field, String name, Runnable changed) {
        field.setLabel(getTranslation("letter.field." + name));
        field.setId("letter-" + name);
        field.setRequiredIndicatorVisible(!name.equals("number"));
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.addValueChangeListener(e -> changed.run());
        byName.put(name, field);
        add(field);
    }
}
