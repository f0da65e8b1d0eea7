package vn.safeschool.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

/**
 * Date pickers that say, in the user's language, why what was typed is not a date: by default a picker only turns
 * red, and an as-of moment it cannot read silently means "now".
 */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker explained(DatePicker picker) {
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setBadInputErrorMessage(picker.getTranslation("error.date.unreadable")));
        return picker;
    }

    public static DateTimePicker explained(DateTimePicker picker) {
        picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setBadInputErrorMessage(picker.getTranslation("error.date.unreadable"))
                .setIncompleteInputErrorMessage(picker.getTranslation("error.date.incomplete")));
        return picker;
    }
}
