package vn.safeschool.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Which addresses the operations endpoints trust without credentials. */
class TrustedNetworksTest {

    @Test
    void the_default_trusts_this_machine_only() {
        TrustedNetworks local = new TrustedNetworks(List.of("127.0.0.1/32", "::1/128"));

        assertThat(local.contains("127.0.0.1")).isTrue();
        assertThat(local.contains("0:0:0:0:0:0:0:1")).as("IPv6 loopback as Tomcat writes it").isTrue();
        assertThat(local.contains("127.0.0.2")).isFalse();
        assertThat(local.contains("10.1.2.3")).isFalse();
        assertThat(local.contains("203.0.113.7")).isFalse();
    }

    @Test
    void a_configured_block_trusts_its_addresses() {
        TrustedNetworks monitoring = new TrustedNetworks(List.of(" 10.20.0.0/16 ", "192.168.1.5"));

        assertThat(monitoring.contains("10.20.44.1")).isTrue();
        assertThat(monitoring.contains("192.168.1.5")).isTrue();
        assertThat(monitoring.contains("10.21.0.1")).isFalse();
        assertThat(monitoring.contains("127.0.0.1")).isFalse();
    }

    @Test
    void an_empty_list_trusts_nobody() {
        TrustedNetworks nobody = new TrustedNetworks(List.of(""));

        assertThat(nobody.contains("127.0.0.1")).isFalse();
    }
}
