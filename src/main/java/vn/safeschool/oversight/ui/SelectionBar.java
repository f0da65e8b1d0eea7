package vn.safeschool.oversight.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/**
 * "Đã chọn 3 đơn vị · Bỏ chọn": the selection decides who the actions reach, so it is never out of sight.
 */
final class SelectionBar extends Div {

    private final Grid<?> grid;
    private final Span count = new Span();
    private final Button clear = new Button();

    SelectionBar(Grid<?> grid) {
        this.grid = grid;
        count.setId("oversight-selection");
        clear.setId("oversight-selection-clear");
        clear.setText(grid.getTranslation("oversight.selection.clear"));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clear.addClickListener(click -> grid.deselectAll());
        grid.addSelectionListener(e -> show());
        show();
        add(count, clear);
        addClassName("ss-selection-bar");
    }

    private void show() {
        int selected = grid.getSelectedItems().size();
        count.setText(grid.getTranslation("oversight.selection.count", selected));
        count.setVisible(selected > 0);
        clear.setVisible(selected > 0);
    }
}
