package vn.safeschool.security;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import vn.safeschool.base.Roles;

/**
 * The operations endpoints ({@code /actuator/**}) have a filter chain of their own, ahead of the console's: no
 * sign-in page, no session, no Vaadin. The health status is public (details only for the operator); everything
 * else needs the operator role (HTTP Basic, the one technical account configured from the environment) or a
 * request from a trusted network. Console accounts cannot sign in here, and a scrape writes no audit row.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ManagementAccessProperties.class)
class ManagementSecurityConfig {

    private static final Logger log = LoggerFactory.getLogger(ManagementSecurityConfig.class);

    @Bean
    @Order(1)
    SecurityFilterChain managementSecurityFilterChain(HttpSecurity http, ManagementAccessProperties access,
            PasswordEncoder passwordEncoder, LoginThrottle throttle) throws Exception {
        http.securityMatcher(EndpointRequest.toAnyEndpoint());
        http.authorizeHttpRequests(auth -> auth
                .requestMatchers(EndpointRequest.to("health")).permitAll()
                .anyRequest().access(AuthorizationManagers.anyOf(
                        AuthorityAuthorizationManager.hasRole(Roles.OPERATOR),
                        new TrustedNetworks(access.trustedNetworks()))));
        // a plain status, not sendError(): an error dispatch to /error would meet the console's chain and its
        // redirect to the sign-in page
        AuthenticationEntryPoint refuse = access.hasOperator() ? (request, response, exception) -> {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"SafeSchool operations\"");
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        } : (request, response, exception) -> response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(refuse));
        if (access.hasOperator()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(refuse));
            http.authenticationManager(operatorAuthentication(access, passwordEncoder, throttle));
            // the same doubling wait for an address guessing the operator's password as for the sign-in form
            http.addFilterBefore(new LoginThrottleFilter(throttle, ManagementSecurityConfig::isBasicAttempt,
                    (request, response) -> refuse.commence(request, response, new BadCredentialsException("wait"))),
                    BasicAuthenticationFilter.class);
        }
        http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        // read-only endpoints, no session cookie: nothing for a forged cross-site request to ride on
        http.csrf(AbstractHttpConfigurer::disable);
        http.requestCache(AbstractHttpConfigurer::disable);
        return http.build();
    }

    private static AuthenticationManager operatorAuthentication(ManagementAccessProperties access,
            PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        String password = access.operatorPassword();
        String encoded = password != null && password.startsWith("{") ? password : passwordEncoder.encode(password);
        UserDetails operator = User.withUsername(access.operatorUsername()).password(encoded).roles(Roles.OPERATOR)
                .build();
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(username -> {
            if (!operator.getUsername().equals(username)) {
                throw new UsernameNotFoundException("bad credentials");
            }
            return User.withUserDetails(operator).build();
        });
        provider.setPasswordEncoder(passwordEncoder);
        ProviderManager manager = new ProviderManager(List.of(provider));
        // not the application's publisher: an operator is no console sign-in (no audit row, no sign-in metric)
        manager.setAuthenticationEventPublisher(new AuthenticationEventPublisher() {
            @Override
            public void publishAuthenticationSuccess(Authentication authentication) {
                LoginAuditListener.address(authentication).ifPresent(throttle::succeeded);
            }

            @Override
            public void publishAuthenticationFailure(AuthenticationException exception,
                    Authentication authentication) {
                Optional<String> address = LoginAuditListener.address(authentication);
                address.ifPresent(throttle::failed);
                log.warn("Operator authentication refused from {}", address.orElse("?"));
            }
        });
        return manager;
    }

    private static boolean isBasicAttempt(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
    }
}
