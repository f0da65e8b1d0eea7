package vn.safeschool.ops;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Console sign-ins as Spring Security reports them: {@code safeschool.signins.succeeded} and
 * {@code safeschool.signins.failed{reason}}, plus one log line each. A refused sign-in's log line names the
 * address and the reason but never the name typed in: people type their password into the wrong field.
 */
@Component
class SignInMetrics {

    static final String SUCCEEDED = "safeschool.signins.succeeded";
    static final String FAILED = "safeschool.signins.failed";
    private static final List<String> REASONS = List.of("bad_credentials", "locked", "disabled", "other");
    private static final Logger log = LoggerFactory.getLogger(SignInMetrics.class);

    private final Counter succeeded;
    private final Map<String, Counter> failed;

    SignInMetrics(MeterRegistry registry) {
        this.succeeded = Counter.builder(SUCCEEDED).description("Sign-ins to the console").register(registry);
        this.failed = REASONS.stream().collect(Collectors.toMap(Function.identity(), reason -> Counter
                .builder(FAILED).description("Refused sign-ins to the console").tag("reason", reason)
                .register(registry)));
    }

    @EventListener
    void succeeded(AuthenticationSuccessEvent event) {
        succeeded.increment();
        log.info("Signed in: {} from {}", event.getAuthentication().getName(), address(event));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        String reason = switch (event) {
            case AuthenticationFailureBadCredentialsEvent bad -> "bad_credentials";
            case AuthenticationFailureLockedEvent locked -> "locked";
            case AuthenticationFailureDisabledEvent disabled -> "disabled";
            default -> "other";
        };
        failed.get(reason).increment();
        log.info("Sign-in refused ({}) from {}", reason, address(event));
    }

    private static String address(AbstractAuthenticationEvent event) {
        return event.getAuthentication().getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null ? details.getRemoteAddress() : "?";
    }
}
