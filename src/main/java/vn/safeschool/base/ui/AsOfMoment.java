package vn.safeschool.base.ui;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.jspecify.annotations.Nullable;
import vn.safeschool.base.Zones;

/**
 * The moment a page's numbers are taken at, in Vietnam's time: empty for now, the campaign's deadline with one
 * click, or any moment typed in; an unreadable entry keeps the moment shown ({@link LastReadableMoment}). The same
 * picker and shortcuts, in the same words and order, wherever numbers can be read "as of".
 */
public final class AsOfMoment extends HorizontalLayout {

    private final DateTimePicker picker = new DateTimePicker();
    private final LastReadableMoment shown;

    /**
     * @param idPrefix  the ids: {@code <prefix>-moment}, {@code <prefix>-at-deadline}, {@code <prefix>-now}
     * @param keyPrefix the texts: the label, then {@code .help}, {@code .deadline} and {@code .now}
     * @param deadline  the chosen campaign's deadline, null while none is chosen
     * @param changed   run when the moment shown changes
     */
    public AsOfMoment(String idPrefix, String keyPrefix, Supplier<@Nullable Instant> deadline, Runnable changed) {
        picker.setId(idPrefix + "-moment");
        picker.setLabel(getTranslation(keyPrefix));
        picker.setHelperText(getTranslation(keyPrefix + ".help"));
        picker.setLocale(getLocale());
        DatePickers.explained(picker);
        shown = new LastReadableMoment(picker, changed);
        Button atDeadline = new Button(getTranslation(keyPrefix + ".deadline"), VaadinIcon.CLOCK.create(), click -> {
            Instant due = deadline.get();
            if (due != null) {
                picker.setValue(LocalDateTime.ofInstant(due, Zones.VIETNAM));
            }
        });
        atDeadline.setId(idPrefix + "-at-deadline");
        atDeadline.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button now = new Button(getTranslation(keyPrefix + ".now"), click -> shown.now());
        now.setId(idPrefix + "-now");
        now.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addClassName("ss-as-of");
        setAlignItems(Alignment.BASELINE);
        setWrap(true);
        setPadding(false);
        add(picker, atDeadline, now);
    }

    /** The moment shown; null for now. */
    public @Nullable Instant asOf() {
        LocalDateTime value = shown.value();
        return value == null ? null : value.atZone(Zones.VIETNAM).toInstant();
    }
}
