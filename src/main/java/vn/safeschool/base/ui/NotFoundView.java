package vn.safeschool.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A page that does not exist, and a page the user may not open (Vaadin reroutes a denied navigation here): the two
 * read the same, in the user's language, so nobody learns which pages exist. It replaces Vaadin's
 * {@code RouteNotFoundError}, which in development mode lists every route and says why access was denied. The
 * path asked for and the exception's reason are left out on purpose. Inside the application's layout, so that a
 * signed-in user keeps the menu and the way back.
 */
@AnonymousAllowed
@ParentLayout(MainLayout.class)
public class NotFoundView extends Main implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        addClassName("ss-page");
        setId("not-found");
        Paragraph text = new Paragraph(getTranslation("error.not-found"));
        text.setId("error-message");
        add(new H1(getTranslation("error.page.title")), text, new Anchor("", getTranslation("error.page.home")));
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
