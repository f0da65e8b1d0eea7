package vn.safeschool.base.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import vn.safeschool.base.Dates;
import vn.safeschool.base.i18n.Translations;

/**
 * Date pickers that read and write dates in the language's one format ({@link Dates}: 25/02/2021 in Vietnamese,
 * 2021-02-25 in English — by default Vaadin wrote 2/25/2021 in either) and say, in the user's language, why what
 * was typed is not a date: by default a picker only turns red, and an as-of moment it cannot read silently means
 * "now". Every date picker of the application goes through here.
 */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker explained(DatePicker picker) {
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat(Dates.datePattern(locale(picker)))
                .setBadInputErrorMessage(picker.getTranslation("error.date.unreadable.day")));
        return picker;
    }

    public static DateTimePicker explained(DateTimePicker picker) {
        picker.setDatePickerI18n(new DatePicker.DatePickerI18n().setDateFormat(Dates.datePattern(locale(picker))));
        picker.setI18n(new DateTimePicker.DateTimePickerI18n()
                .setBadInputErrorMessage(picker.getTranslation("error.date.unreadable"))
                .setIncompleteInputErrorMessage(picker.getTranslation("error.date.incomplete")));
        return picker;
    }

    /** The page's language (a picker's own locale follows the browser's until told otherwise). */
    private static Locale locale(Component picker) {
        UI ui = picker.getUI().orElse(UI.getCurrent());
        return ui == null ? Translations.VIETNAMESE : ui.getLocale();
    }
}
