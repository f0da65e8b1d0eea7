package vn.safeschool.followup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/** A part of a follow-up page under its heading. */
final class TitledSection extends Div {

    TitledSection(String titleKey, Component body) {
        add(new H2(getTranslation(titleKey)), body);
        addClassName("ss-section");
    }
}
