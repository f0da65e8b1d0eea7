package vn.safeschool.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts in the header of every signed-in page (the reminders' bell), contributed as a Spring
 * bean so that the layout does not depend on the feature.
 */
public interface HeaderItem {

    /** Position in the header, smaller first; items come before the signed-in user's name. */
    int order();

    /** A new component for one page; null when it has nothing to show to the signed-in user. */
    @org.jspecify.annotations.Nullable
    Component create();
}
