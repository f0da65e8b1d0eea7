package vn.safeschool.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/** A part of a page under its heading, spaced from the parts around it ({@code ss-section}). */
public final class TitledSection extends Div {

    public TitledSection(String titleKey, Component body) {
        add(new H2(getTranslation(titleKey)), body);
        addClassName("ss-section");
    }
}
