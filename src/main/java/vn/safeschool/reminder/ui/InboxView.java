package vn.safeschool.reminder.ui;

import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import vn.safeschool.base.Zones;
import vn.safeschool.reminder.InboxItem;
import vn.safeschool.reminder.InboxService;
import vn.safeschool.reminder.ReminderKind;

/** Everyone's inbox: reminders and notices addressed to them, newest first; opening one marks it read. */
@Route("inbox")
@Menu(order = 5, icon = "vaadin:bell", title = "nav.inbox")
@PermitAll
public class InboxView extends Main implements HasDynamicTitle {

    static final int SHOWN = 200;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(Zones.VIETNAM);

    private final InboxService inbox;
    private final Grid<InboxItem> grid = new Grid<>();
    private final Div message = new Div();

    InboxView(InboxService inbox) {
        this.inbox = inbox;
        addClassName("ss-page");
        Button markAll = new Button(getTranslation("inbox.mark-all"), VaadinIcon.CHECK.create(), click -> {
            inbox.markAllRead();
            InboxChanged.fire();
            reload();
        });
        markAll.setId("inbox-mark-all");
        markAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        grid.setId("inbox-grid");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(i -> WHEN.format(i.at())).setKey("at").setHeader(getTranslation("inbox.at")).setAutoWidth(true);
        grid.addColumn(this::from).setKey("from").setHeader(getTranslation("inbox.from")).setAutoWidth(true);
        grid.addColumn(InboxItem::subject).setKey("subject").setHeader(getTranslation("inbox.subject"))
                .setFlexGrow(1);
        grid.addColumn(i -> getTranslation(i.unread() ? "inbox.unread" : "inbox.read")).setKey("state")
                .setHeader(getTranslation("inbox.state")).setAutoWidth(true);
        grid.setPartNameGenerator(i -> i.unread() ? "ss-unread" : null);
        grid.setHeight("40vh");
        grid.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                open(e.getValue());
            }
        });
        message.setId("inbox-message");
        message.addClassName("ss-inbox-message");
        add(new H1(getTranslation("nav.inbox")), markAll, grid, message);
        reload();
    }

    private void open(InboxItem item) {
        if (item.unread()) {
            inbox.markRead(item.id());
            InboxChanged.fire();
        }
        message.removeAll();
        H2 subject = new H2(item.subject());
        Paragraph meta = new Paragraph(getTranslation("inbox.meta", from(item), WHEN.format(item.at())));
        message.add(subject, meta, new Pre(item.body()));
        if (item.link() != null) {
            Button go = new Button(getTranslation("inbox.open-link"), VaadinIcon.ARROW_RIGHT.create(),
                    click -> getUI().ifPresent(ui -> ui.navigate(item.link())));
            go.setId("inbox-open-link");
            message.add(go);
        }
        if (item.unread()) {
            List<InboxItem> items = inbox.list(SHOWN);
            grid.setItems(items);
        }
    }

    private String from(InboxItem item) {
        if (item.sender() != null) {
            return item.sender();
        }
        return getTranslation(item.kind() == ReminderKind.NOTICE ? "reminder.sender.system"
                : "reminder.sender.schedule");
    }

    private void reload() {
        List<InboxItem> items = inbox.list(SHOWN);
        grid.setItems(items);
        if (items.isEmpty()) {
            message.removeAll();
            message.add(new Paragraph(getTranslation("inbox.empty")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.inbox") + " — " + getTranslation("app.name");
    }
}
