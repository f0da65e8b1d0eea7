package vn.safeschool.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class SharesTest {

    @Test
    void shares_of_the_gia_lai_letter_are_computed_not_copied() {
        assertThat(Shares.percent(685, 882)).isEqualByComparingTo(new BigDecimal("77.7"));
        assertThat(Shares.percent(126, 882)).isEqualByComparingTo(new BigDecimal("14.3"));
        assertThat(Shares.percent(27, 882)).isEqualByComparingTo(new BigDecimal("3.1"));
        assertThat(Shares.percent(44, 882)).isEqualByComparingTo(new BigDecimal("5.0"));
    }

    @Test
    void a_share_of_nothing_is_zero_not_an_error() {
        assertThat(Shares.percent(0, 0)).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void shares_are_written_the_way_each_language_writes_them() {
        assertThat(Shares.format(685, 882, Locale.ENGLISH)).isEqualTo("77.7%");
        assertThat(Shares.format(685, 882, Locale.of("vi"))).isEqualTo("77,7%");
    }
}
