package vn.safeschool.oversight;

import com.vaadin.flow.component.Component;
import vn.safeschool.org.OrgUnitInfo;

/**
 * A tab on a unit's page (its reminders, its follow-up cases) contributed as a Spring bean by the feature that owns
 * the content, so that the unit page does not depend on it.
 */
public interface UnitSection {

    /** Translation key of the tab's title. */
    String titleKey();

    /**
     * The tab's name in a link to the unit's page ({@code units/<id>?tab=<key>}), which opens on this tab; by
     * default its title key.
     */
    default String tabKey() {
        return titleKey();
    }

    /** Position among the contributed tabs, smaller first; they follow the unit's details. */
    int order();

    /** Whether the tab is shown for this unit to the signed-in user. */
    boolean available(OrgUnitInfo unit);

    /** The tab's content, built when the page is shown. */
    Component create(OrgUnitInfo unit);
}
