package vn.safeschool.unitimport;

import java.util.List;

/**
 * The columns of a reorganisation's mapping file (old code → action, new code, new parent, new name), found by their
 * header in any order, compared as {@link ImportColumn}'s are. Other columns (notes) are ignored.
 */
enum MappingColumn {
    ACTION(true, "Thao tác", "action", "hanh dong", "loai thay doi", "thay doi"),
    CODE(true, "Mã cũ", "code", "old code", "ma don vi", "ma", "unit code", "ma hien tai"),
    NEW_CODE(false, "Mã mới", "new code", "ma don vi moi"),
    PARENT_CODE(false, "Mã đơn vị cấp trên mới", "new parent code", "new parent", "parent code", "ma cap tren moi",
            "ma don vi quan ly moi", "don vi cap tren moi", "ma don vi cap tren", "ma don vi quan ly", "ma cap tren"),
    NEW_NAME(false, "Tên mới", "new name", "ten don vi moi", "ten", "name"),
    KIND(false, "Cấp", "kind", "cap don vi", "loai don vi", "level"),
    TYPE(false, "Loại hình", "type", "loai hinh truong", "institution type"),
    OWNERSHIP(false, "Loại hình sở hữu", "ownership", "so huu", "cong lap");

    private final boolean required;
    private final List<String> names;

    MappingColumn(boolean required, String vietnamese, String english, String... aliases) {
        this.required = required;
        this.names = java.util.stream.Stream.concat(java.util.stream.Stream.of(vietnamese, english),
                java.util.Arrays.stream(aliases)).map(Text::key).toList();
    }

    boolean required() {
        return required;
    }

    String header() {
        return switch (this) {
            case ACTION -> "Thao tác / action";
            case CODE -> "Mã cũ / code";
            default -> name();
        };
    }

    boolean matches(String header) {
        return names.contains(Text.key(header));
    }
}
