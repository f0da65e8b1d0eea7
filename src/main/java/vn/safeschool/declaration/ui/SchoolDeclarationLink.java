package vn.safeschool.declaration.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import vn.safeschool.base.Roles;
import vn.safeschool.org.OrgService;

/**
 * The principal's menu item "Khai báo của trường": straight to their own school's declaration page, in the campaign
 * that page opens on by default. A route of its own because a menu entry needs a fixed path, and the school's page
 * carries the school's id.
 */
@Route("school")
@Menu(order = 1, icon = "vaadin:clipboard-check", title = "nav.school-declaration")
@RolesAllowed(Roles.PRINCIPAL)
public class SchoolDeclarationLink extends Div implements BeforeEnterObserver {

    private final OrgService org;

    SchoolDeclarationLink(OrgService org) {
        this.org = org;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.forwardTo(DeclarationView.url(org.home().id()));
    }
}
