package vn.safeschool.base.ui;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import vn.safeschool.base.SignedInUser;

/**
 * The shell around every signed-in view: the menu lists only the views the user's role may open (Vaadin filters
 * the menu entries by each view's access annotation), the header says who is signed in and offers sign-out.
 * Menu titles are translation keys.
 */
@Layout
@PermitAll
public final class MainLayout extends AppLayout {

    private final transient AuthenticationContext authentication;

    MainLayout(AuthenticationContext authentication, List<HeaderItem> headerItems) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        addToDrawer(brand(), new Scroller(menu()));
        addToNavbar(new DrawerToggle(), userBar(headerItems));
    }

    private Component brand() {
        Span name = new Span(getTranslation("app.name"));
        name.addClassName("ss-brand-name");
        Span tagline = new Span(getTranslation("app.tagline"));
        tagline.addClassName("ss-brand-tagline");
        Div brand = new Div(name, tagline);
        brand.addClassName("ss-brand");
        return brand;
    }

    private SideNav menu() {
        SideNav nav = new SideNav();
        nav.setId("main-menu");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        String title = getTranslation(entry.title());
        return entry.icon() == null ? new SideNavItem(title, entry.path())
                : new SideNavItem(title, entry.path(), new Icon(entry.icon()));
    }

    private Component userBar(List<HeaderItem> headerItems) {
        HorizontalLayout bar = new HorizontalLayout();
        bar.addClassName("ss-user-bar");
        bar.setAlignItems(HorizontalLayout.Alignment.CENTER);
        headerItems.stream().sorted(Comparator.comparingInt(HeaderItem::order)).map(HeaderItem::create)
                .filter(Objects::nonNull).forEach(bar::add);
        authentication.getAuthenticatedUser(SignedInUser.class).ifPresent(user -> {
            Span who = new Span(user.fullName());
            who.setId("signed-in-user");
            Span role = new Span(getTranslation("role." + user.role()));
            role.addClassName("ss-role");
            bar.add(who, role);
        });
        Button logout = new Button(getTranslation("action.logout"), VaadinIcon.SIGN_OUT.create(),
                click -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bar.add(logout);
        return bar;
    }
}
