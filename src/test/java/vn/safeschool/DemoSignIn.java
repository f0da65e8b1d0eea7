package vn.safeschool;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Signs a demo account in for a browserless view test, as a real sign-in would (password checked). */
public final class DemoSignIn {

    private DemoSignIn() {
    }

    public static Authentication as(String username, String password, UserDetailsService userDetails,
            PasswordEncoder passwordEncoder, SecurityContextHolderStrategy contexts) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        Authentication auth = provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated(username, password));
        // the views read the static holder, the guarded services the application's strategy bean
        SecurityContextHolder.getContext().setAuthentication(auth);
        contexts.getContext().setAuthentication(auth);
        return auth;
    }

    public static void out(SecurityContextHolderStrategy contexts) {
        contexts.clearContext();
        SecurityContextHolder.clearContext();
    }
}
