package vn.safeschool.ops;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.safeschool.org.OrgService;
import vn.safeschool.security.CurrentUser;

@Configuration(proxyBeanMethods = false)
class LoggingConfiguration {

    /** Right after Spring Security's filter chain, which restores the signed-in user from the session. */
    @Bean
    FilterRegistrationBean<RequestLogContext> requestLogContext(CurrentUser currentUser, OrgService org) {
        FilterRegistrationBean<RequestLogContext> registration =
                new FilterRegistrationBean<>(new RequestLogContext(currentUser, org));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
