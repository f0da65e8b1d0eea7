package vn.safeschool.ops;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.safeschool.base.NotFound;
import vn.safeschool.org.OrgService;
import vn.safeschool.security.AccountInfo;
import vn.safeschool.security.CurrentUser;

/**
 * Puts who is asking into the log context of each request: {@code user} (username) and {@code unit} (the code of
 * their home unit), for every line logged while it is served, Vaadin's UIDL requests included. Runs after Spring
 * Security has restored the signed-in user. The unit's code is read once per session.
 */
class RequestLogContext extends OncePerRequestFilter {

    static final String USER = "user";
    static final String UNIT = "unit";
    private static final String UNIT_CODE = RequestLogContext.class.getName() + ".unit.";

    private final CurrentUser currentUser;
    private final OrgService org;

    RequestLogContext(CurrentUser currentUser, OrgService org) {
        this.currentUser = currentUser;
        this.org = org;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        AccountInfo account = currentUser.get().orElse(null);
        if (account == null) {
            chain.doFilter(request, response);
            return;
        }
        MDC.put(USER, account.username());
        MDC.put(UNIT, unitCode(request, account));
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(USER);
            MDC.remove(UNIT);
        }
    }

    private String unitCode(HttpServletRequest request, AccountInfo account) {
        HttpSession session = request.getSession(false);
        String key = UNIT_CODE + account.homeUnitId();
        if (session != null && session.getAttribute(key) instanceof String code) {
            return code;
        }
        String code;
        try {
            code = org.home().code();
        } catch (NotFound e) {
            code = "-";
        }
        if (session != null) {
            session.setAttribute(key, code);
        }
        return code;
    }
}
