package vn.safeschool.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in attempt from an address that must still wait, without checking the password; the answer looks
 * like any failed sign-in. By default the console's sign-in form; the operations endpoints use it for HTTP Basic.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

    /** How an attempt made too early is answered. */
    interface Refusal {
        void send(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException;
    }

    private final LoginThrottle throttle;
    private final RequestMatcher attempts;
    private final Refusal refusal;

    LoginThrottleFilter(LoginThrottle throttle) {
        this(throttle, request -> "POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()),
                (request, response) -> response.sendRedirect(request.getContextPath() + "/login?error"));
    }

    LoginThrottleFilter(LoginThrottle throttle, RequestMatcher attempts, Refusal refusal) {
        this.throttle = throttle;
        this.attempts = attempts;
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (attempts.matches(request) && !throttle.mayTry(request.getRemoteAddr())) {
            throttle.failed(request.getRemoteAddr());
            refusal.send(request, response);
            return;
        }
        chain.doFilter(request, response);
    }
}
