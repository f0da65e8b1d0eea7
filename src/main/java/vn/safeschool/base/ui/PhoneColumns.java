package vn.safeschool.base.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.shared.Registration;

/**
 * The columns of a grid a phone does without: hidden while the browser window is narrower than {@link #PHONE}
 * CSS pixels, shown again when it is wider (a phone turned sideways, a desktop). A grid's columns cannot be hidden
 * from CSS, and seven columns do not fit 360 pixels; what stays is what the row is about, wrapped.
 */
public final class PhoneColumns {

    /** The widest window treated as a phone. */
    public static final int PHONE = 600;

    private PhoneColumns() {
    }

    /** Hides the columns on a phone; an unknown width (no browser yet) counts as wide. */
    @SafeVarargs
    public static <T> void hide(Grid<T> grid, Grid.Column<T>... columns) {
        List<Grid.Column<T>> hidden = List.of(columns);
        onWidth(grid, phone -> hidden.forEach(column -> column.setVisible(!phone)));
    }

    /** The same, for the columns with these keys (a grid that names its columns). */
    public static <T> void hide(Grid<T> grid, String... keys) {
        @SuppressWarnings("unchecked")
        Grid.Column<T>[] columns = java.util.Arrays.stream(keys).map(grid::getColumnByKey)
                .filter(java.util.Objects::nonNull).toArray(Grid.Column[]::new);
        hide(grid, columns);
    }

    /**
     * Gives the column with this key a fixed width on a phone (its content wraps), instead of the width of its
     * widest content; back to that on a wider window.
     */
    public static <T> void narrow(Grid<T> grid, String key, String phoneWidth) {
        Grid.Column<T> column = grid.getColumnByKey(key);
        if (column == null) {
            return;
        }
        boolean autoWidth = column.isAutoWidth();
        String width = column.getWidth();
        onWidth(grid, phone -> {
            column.setAutoWidth(!phone && autoWidth);
            column.setWidth(phone ? phoneWidth : width == null ? "100px" : width);
        });
    }

    private static void onWidth(Grid<?> grid, java.util.function.Consumer<Boolean> phone) {
        grid.addAttachListener(attach -> {
            Page page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> phone.accept(isPhone(details.getWindowInnerWidth())));
            Registration resize = page.addBrowserWindowResizeListener(e -> phone.accept(isPhone(e.getWidth())));
            grid.addDetachListener(detach -> {
                resize.remove();
                detach.unregisterListener();
            });
        });
    }

    private static boolean isPhone(int windowWidth) {
        return windowWidth > 0 && windowWidth < PHONE;
    }
}
