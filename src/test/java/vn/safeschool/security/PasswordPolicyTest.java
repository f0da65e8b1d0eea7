package vn.safeschool.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.safeschool.base.RuleViolation;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest(name = "\"{1}\" for {0} is refused: {2}")
    @CsvSource({
        "ht.pleiku, short1!, password.error.too-short",
        "ht.pleiku, xx-HT.PLEIKU-2026, password.error.contains-username",
        "ht.pleiku, matkhau1234, password.error.too-common",
        "ht.pleiku, Password@123, password.error.too-common",
        "ht.pleiku, 1234567890, password.error.too-common"})
    void weak_passwords_are_refused_with_the_reason(String username, String password, String reason) {
        assertThatThrownBy(() -> policy.check(username, password)).isInstanceOfSatisfying(RuleViolation.class,
                v -> assertThat(v.messageKey()).isEqualTo(reason));
    }

    @Test
    void a_long_uncommon_password_is_accepted() {
        assertThatCode(() -> policy.check("ht.pleiku", "Hoa sen nở giữa hồ 2026")).doesNotThrowAnyException();
    }

    @Test
    void one_time_passwords_are_twelve_unambiguous_characters_and_differ() {
        String first = policy.oneTime();

        assertThat(first).hasSize(12).doesNotContain("0", "O", "1", "l", "I");
        assertThat(policy.oneTime()).isNotEqualTo(first);
        assertThatCode(() -> policy.check("someone", first)).doesNotThrowAnyException();
    }
}
