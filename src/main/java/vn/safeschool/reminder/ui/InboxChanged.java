package vn.safeschool.reminder.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;

/** Fired on the UI when the user read messages, so that the bell in the header counts again. */
class InboxChanged extends ComponentEvent<UI> {

    InboxChanged(UI source) {
        super(source, false);
    }

    static void fire() {
        UI ui = UI.getCurrent();
        if (ui != null) {
            ComponentUtil.fireEvent(ui, new InboxChanged(ui));
        }
    }
}
