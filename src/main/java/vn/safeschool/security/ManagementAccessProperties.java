package vn.safeschool.security;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may read the operations endpoints under {@code /actuator} beyond the public health status.
 *
 * @param operatorUsername the technical operator's name for HTTP Basic
 * @param operatorPassword its password, plain or encoded ({@code {bcrypt}$2a$...}); unset: no operator, only the
 *                         trusted networks get in
 * @param trustedNetworks  addresses or CIDR blocks whose requests need no credentials (a Prometheus next door)
 */
@ConfigurationProperties("safeschool.management")
public record ManagementAccessProperties(
        @DefaultValue("operator") String operatorUsername,
        @Nullable String operatorPassword,
        @DefaultValue({"127.0.0.1/32", "::1/128"}) List<String> trustedNetworks) {

    public boolean hasOperator() {
        return operatorPassword != null && !operatorPassword.isBlank();
    }
}
