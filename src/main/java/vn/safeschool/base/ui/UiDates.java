package vn.safeschool.base.ui;

import java.time.Instant;

import com.vaadin.flow.component.UI;
import vn.safeschool.base.Dates;
import vn.safeschool.base.i18n.Translations;

/** {@link Dates} in the current page's language, for the helpers that build texts outside a component. */
public final class UiDates {

    private UiDates() {
    }

    public static String dateTime(Instant moment) {
        UI ui = UI.getCurrent();
        return Dates.dateTime(moment, ui == null ? Translations.VIETNAMESE : ui.getLocale());
    }
}
