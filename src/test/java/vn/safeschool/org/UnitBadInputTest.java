package vn.safeschool.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;
import vn.safeschool.SafeSchoolTest;
import vn.safeschool.base.RuleViolation;

/**
 * Units' fields and the search box as people type and paste into them. Every test is rolled back, so that the demo
 * province stays as it is.
 */
@SafeSchoolTest
@Transactional
@WithUserDetails("vanphong")
class UnitBadInputTest {

    @Autowired
    OrgService org;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_name_of_spaces_and_zero_width_characters_is_refused_as_missing() {
        assertThatThrownBy(() -> org.create(school("TBAD-001", " \u200B\u00A0\u200D\uFEFF ")))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("error.input.required");
                    assertThat(v.arguments(key -> key)).containsExactly("field.name");
                });
        assertThat(org.findByCode("TBAD-001")).isEmpty();
    }

    @Test
    void fields_longer_than_their_columns_or_malformed_are_refused_naming_the_field_not_as_a_database_error() {
        assertThatThrownBy(() -> org.create(school("TBAD-002", "Trường ".repeat(40))))
                .isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("error.input.too-long");
                    assertThat(v.arguments(key -> key)).containsExactly("field.name", 255);
                });
        long unit = org.findByCode("38010001").orElseThrow().id();
        assertThatThrownBy(() -> org.update(unit, new UnitChanges("Trường", null, InstitutionType.PRIMARY,
                Ownership.PUBLIC, "khong-phai-email", true))).isInstanceOfSatisfying(RuleViolation.class, v -> {
                    assertThat(v.messageKey()).isEqualTo("error.input.email");
                    assertThat(v.arguments(key -> key)).containsExactly("field.contact-email");
                });
        assertThat(org.findByCode("38010001").orElseThrow().name()).isNotEqualTo("Trường");
    }

    @Test
    void a_name_typed_in_combining_form_is_stored_precomposed_and_invisible_characters_leave_the_code() {
        String name = "Trường Tiểu học Nguyễn Văn Trỗi";

        OrgUnitInfo created = org.create(school("TBAD\u200B-003", Normalizer.normalize(name, Normalizer.Form.NFD)));

        assertThat(created.code()).isEqualTo("TBAD-003");
        String stored = jdbc.sql("SELECT name FROM org_unit WHERE id = ?").param(created.id()).query(String.class)
                .single();
        assertThat(stored).isEqualTo(name).hasSize(name.length());
    }

    @Test
    void searching_in_combining_form_finds_the_units_stored_precomposed() {
        OrgUnitInfo school = org.findByCode("38010001").orElseThrow();
        String typed = Normalizer.normalize(school.name(), Normalizer.Form.NFD);
        assertThat(typed).isNotEqualTo(school.name());

        assertThat(org.search(typed, 0, 20)).extracting(OrgUnitInfo::id).contains(school.id());
        assertThat(org.search(Normalizer.normalize("Trường", Normalizer.Form.NFD), 0, 20))
                .isNotEmpty().isEqualTo(org.search("Trường", 0, 20));
    }

    @Test
    void wildcards_and_endless_text_typed_into_the_search_are_looked_for_literally() {
        assertThat(org.search("%", 0, 20)).isEmpty();
        assertThat(org.search("_", 0, 20)).isEmpty();
        assertThat(org.search("x".repeat(5_000), 0, 20)).isEmpty();
    }

    private NewOrgUnit school(String code, String name) {
        return new NewOrgUnit(org.findByCode("3801").orElseThrow().id(), code, name, null, UnitKind.SCHOOL,
                InstitutionType.PRIMARY, Ownership.PUBLIC, null);
    }
}
