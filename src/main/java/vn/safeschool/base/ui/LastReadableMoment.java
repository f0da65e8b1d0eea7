package vn.safeschool.base.ui;

import java.time.LocalDateTime;

import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import org.jspecify.annotations.Nullable;

/**
 * The moment an "as of" picker stands for: its last readable value, null for now. Text the picker cannot read
 * empties its value before the picker reports it, in the same round trip, and the page used to switch to today's
 * figures under an error message; the decision waits for the end of the round trip, and an unreadable entry keeps
 * the moment shown until then (issue 15 item 11). Clearing the picker (the "now" buttons, or emptying it by hand)
 * still means now.
 */
public final class LastReadableMoment {

    private final DateTimePicker picker;
    private final Runnable changed;
    private @Nullable LocalDateTime moment;

    /** @param changed run when the moment shown changes */
    public LastReadableMoment(DateTimePicker picker, Runnable changed) {
        this.picker = picker;
        this.changed = changed;
        picker.addValueChangeListener(e -> {
            if (e.getValue() != null || !e.isFromClient()) {
                set(e.getValue());
            } else {
                picker.getUI().ifPresentOrElse(ui -> ui.beforeClientResponse(picker, context -> emptied()),
                        this::emptied);
            }
        });
    }

    public @Nullable LocalDateTime value() {
        return moment;
    }

    /**
     * Back to now — also after an unreadable entry, when the picker's value is empty already and clearing it
     * changes nothing that would tell.
     */
    public void now() {
        picker.clear();
        if (moment != null) {
            set(null);
        }
    }

    private void emptied() {
        if (picker.getValue() == null && !picker.isInvalid()) {
            set(null);
        }
    }

    private void set(@Nullable LocalDateTime next) {
        moment = next;
        changed.run();
    }
}
