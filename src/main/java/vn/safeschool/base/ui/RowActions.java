package vn.safeschool.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.ValueProvider;

/** The small icon buttons of a grid row's actions column, labelled for tooltips and screen readers. */
public final class RowActions {

    private RowActions() {
    }

    /**
     * The grid's actions column: as wide as its {@code buttons} icons, frozen at the grid's end, so that however wide
     * the other columns get the icons never fall off the edge (key {@code actions}).
     */
    public static <T> Grid.Column<T> column(Grid<T> grid, String header, int buttons,
            ValueProvider<T, ? extends Component> cell) {
        return grid.addComponentColumn(cell).setKey("actions").setHeader(header)
                .setWidth((buttons * 1.75 + 2.25) + "rem").setFlexGrow(0).setFrozenToEnd(true);
    }

    /** The row's buttons side by side, without the layout's spacing (the buttons have their own). */
    public static HorizontalLayout of(Component... buttons) {
        HorizontalLayout row = new HorizontalLayout(buttons);
        row.setSpacing(false);
        return row;
    }

    public static Button button(VaadinIcon icon, String label, Runnable action) {
        Button button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.setTooltipText(label);
        button.setAriaLabel(label);
        return button;
    }
}
