package vn.safeschool.oversight;

import com.vaadin.flow.component.icon.VaadinIcon;

/**
 * An action on the units of the oversight grid (remind them, open follow-ups), contributed as a Spring bean by the
 * feature that owns it, so that the grid does not depend on every feature that acts on its rows. The grid shows one
 * button per action that is available to the signed-in user.
 */
public interface GridAction {

    /** Translation key of the button's text. */
    String labelKey();

    VaadinIcon icon();

    /** Position among the grid's action buttons, smaller first. */
    int order();

    /** Whether the signed-in user may use the action at all (the service still decides per unit). */
    boolean available();

    /** Opens the action (typically a dialog) for the grid's current selection and filter. */
    void open(GridSelection selection);
}
