package vn.safeschool;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.JacksonUtils;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;

/**
 * What a browser sends when a user types something a date picker cannot parse: the text stays in the input, the
 * value is empty, and an {@code unparsable-change} event tells the server.
 */
public final class TypedDates {

    private TypedDates() {
    }

    public static void typeUnreadable(DatePicker picker, String typed) {
        picker.getElement().setProperty("_inputElementValue", typed);
        fire(picker.getElement());
    }

    /** Typed into the date part of the picker. */
    public static void typeUnreadable(DateTimePicker picker, String typed) {
        DatePicker date = picker.getChildren().filter(DatePicker.class::isInstance).map(DatePicker.class::cast)
                .findFirst().orElseThrow();
        typeUnreadable(date, typed);
        fire(picker.getElement());
    }

    /** The picker's value emptied by the browser (a change from the client), as it does before reporting bad text. */
    public static void emptiedByBrowser(DateTimePicker picker) {
        try {
            java.lang.reflect.Method setModelValue = com.vaadin.flow.component.AbstractField.class
                    .getDeclaredMethod("setModelValue", Object.class, boolean.class);
            setModelValue.setAccessible(true);
            setModelValue.invoke(picker, null, true);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void fire(Element element) {
        element.getNode().getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(element, "unparsable-change", JacksonUtils.createObjectNode()));
    }
}
