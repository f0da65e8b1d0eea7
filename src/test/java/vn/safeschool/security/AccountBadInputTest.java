package vn.safeschool.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.RuleViolation;
import vn.safeschool.base.i18n.Translations;
import vn.safeschool.org.OrgService;

/** Account fields and the accounts search as an administrator types into them; every test is rolled back. */
@SafeSchoolTest
@Transactional
@WithUserDetails("vanphong")
class AccountBadInputTest {

    @Autowired
    AccountService accounts;
    @Autowired
    OrgService org;

    @Test
    void each_malformed_field_is_refused_by_name_and_no_account_is_made() {
        refused(account("ht.tbad1", "\u200B\u00A0 ", null, null), "error.input.required", "field.full-name");
        refused(account("hiệu.trưởng", "Lê Thị Hoa", null, null), "error.input.characters", "field.username");
        refused(account("ht.tbad2", "Lê Thị Hoa", "hoa@", null), "error.input.email", "field.email");
        refused(account("ht.tbad3", "Lê Thị Hoa", null, "0".repeat(40)), "error.input.too-long", "field.phone");
        refused(account("ht.tbad4", "Lê ".repeat(100), null, null), "error.input.too-long", "field.full-name");

        assertThat(accounts.list("tbad")).isEmpty();
    }

    @Test
    void a_full_name_typed_in_combining_form_is_stored_precomposed_and_found_either_way() {
        String name = "Nguyễn Thị Hường";
        CreatedAccount created = accounts.create(account("ht.tbad5", Normalizer.normalize(name,
                Normalizer.Form.NFD), null, null));

        assertThat(created.account().fullName()).isEqualTo(name);
        assertThat(accounts.list(Normalizer.normalize("Hường", Normalizer.Form.NFD)))
                .extracting(AccountInfo::username).contains("ht.tbad5");
        assertThat(accounts.list("%")).isEmpty();
    }

    private void refused(NewAccount account, String key, String field) {
        assertThatThrownBy(() -> accounts.create(account)).isInstanceOfSatisfying(RuleViolation.class, v -> {
            assertThat(v.messageKey()).isEqualTo(key);
            assertThat(v.arguments(k -> k)[0]).isEqualTo(field);
        });
    }

    private NewAccount account(String username, String fullName, String email, String phone) {
        return new NewAccount(username, null, fullName, email, phone, Role.PRINCIPAL,
                org.findByCode("38010001").orElseThrow().id(), Translations.VIETNAMESE);
    }
}
