package vn.safeschool.setup;

import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the first run creates on an empty database (environment {@code SAFESCHOOL_BOOTSTRAP_DEPARTMENT_CODE} and so
 * on): the department, the root of the hierarchy, and its first staff account, who then imports the rest.
 *
 * @param departmentCode the department's sector code, e.g. {@code 38}
 * @param departmentName its name, e.g. {@code Sở Giáo dục và Đào tạo Gia Lai}
 * @param username       the staff account's username
 * @param fullName       the staff member's name
 * @param email          their e-mail address, optional
 */
@ConfigurationProperties("safeschool.bootstrap")
record BootstrapProperties(@Nullable String departmentCode, @Nullable String departmentName,
        @Nullable String username, @Nullable String fullName, @Nullable String email) {

    /** Nothing given: no first run asked for. */
    boolean isEmpty() {
        return values().allMatch(BootstrapProperties::blank);
    }

    /** Everything the first run needs is given (the e-mail is optional). */
    boolean isComplete() {
        return Stream.of(departmentCode, departmentName, username, fullName).noneMatch(BootstrapProperties::blank);
    }

    private Stream<@Nullable String> values() {
        return Stream.of(departmentCode, departmentName, username, fullName, email);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }
}
