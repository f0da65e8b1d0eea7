package vn.safeschool.security;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * Grants a request that comes straight from one of the configured networks. The address is the TCP peer's: behind a
 * proxy on the same host every request would look local, so there the list must be emptied (see README).
 */
final class TrustedNetworks implements AuthorizationManager<RequestAuthorizationContext> {

    private final List<IpAddressMatcher> networks;

    TrustedNetworks(List<String> cidrs) {
        this.networks = cidrs.stream().map(String::strip).filter(c -> !c.isEmpty()).map(IpAddressMatcher::new)
                .toList();
    }

    boolean contains(String address) {
        return networks.stream().anyMatch(network -> network.matches(address));
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        return new AuthorizationDecision(contains(context.getRequest().getRemoteAddr()));
    }
}
