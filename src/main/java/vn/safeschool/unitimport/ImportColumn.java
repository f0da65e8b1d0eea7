package vn.safeschool.unitimport;

import java.util.List;

/**
 * The columns an import reads, found by their header in any order; the headers are compared without case,
 * diacritics, spaces or punctuation, in Vietnamese or English. Other columns are ignored.
 */
public enum ImportColumn {
    CODE(true, "Mã trường", "code", "ma truong", "ma don vi", "ma co so", "ma", "unit code", "school code",
            "sector code"),
    NAME(true, "Tên trường", "name", "ten truong", "ten don vi", "ten co so", "ten", "school name", "unit name"),
    TYPE(true, "Loại hình", "type", "loai hinh", "loai hinh truong", "cap hoc", "institution type"),
    OWNERSHIP(true, "Loại hình sở hữu", "ownership", "loai hinh so huu", "cong lap", "so huu"),
    PARENT_CODE(true, "Mã đơn vị quản lý", "parent code", "ma don vi quan ly", "ma don vi cap tren", "ma cap tren",
            "ma don vi chu quan", "parent"),
    PRINCIPAL_NAME(false, "Hiệu trưởng", "principal name", "hieu truong", "ho ten hieu truong", "ten hieu truong",
            "principal"),
    EMAIL(false, "Email", "e-mail", "email hieu truong", "thu dien tu", "principal email"),
    PHONE(false, "Điện thoại", "phone", "dien thoai", "so dien thoai", "dien thoai hieu truong", "principal phone");

    private final boolean required;
    private final String vietnamese;
    private final String english;
    private final List<String> aliases;

    ImportColumn(boolean required, String vietnamese, String english, String... aliases) {
        this.required = required;
        this.vietnamese = vietnamese;
        this.english = english;
        this.aliases = List.of(aliases);
    }

    public boolean required() {
        return required;
    }

    /** The header the template uses. */
    public String vietnameseHeader() {
        return vietnamese;
    }

    public String englishHeader() {
        return english;
    }

    /** The translation key of the column's name, as problems name it. */
    public String translationKey() {
        return "import.column." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    boolean matches(String header) {
        String key = Text.key(header);
        return key.equals(Text.key(vietnamese)) || key.equals(Text.key(english))
                || aliases.stream().anyMatch(alias -> key.equals(Text.key(alias)));
    }
}
