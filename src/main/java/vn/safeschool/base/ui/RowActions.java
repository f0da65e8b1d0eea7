package vn.safeschool.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;

/** The small icon buttons of a grid row's actions column, labelled for tooltips and screen readers. */
public final class RowActions {

    private RowActions() {
    }

    public static Button button(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setTooltipText(label);
        button.setAriaLabel(label);
        return button;
    }
}
