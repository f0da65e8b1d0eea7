package vn.safeschool.unitimport;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.safeschool.org.InstitutionType;
import vn.safeschool.org.Ownership;
import vn.safeschool.org.UnitKind;

/** The words the sector database and people use for a type and an ownership, and the shape of codes and contacts. */
final class Vocabulary {

    /** A unit's type: a school's institution type, or a district office (no institution type). */
    record Type(UnitKind kind, @org.jspecify.annotations.Nullable InstitutionType institutionType) {
    }

    private static final Map<String, Type> TYPES = new HashMap<>();
    private static final Map<String, Ownership> OWNERSHIPS = new HashMap<>();
    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 .()-]{8,20}");

    static {
        school(InstitutionType.PRESCHOOL, "Mầm non", "MN", "Trường mầm non", "Mẫu giáo", "Nhà trẻ");
        school(InstitutionType.PRIMARY, "Tiểu học", "TH", "Trường tiểu học");
        school(InstitutionType.LOWER_SECONDARY, "THCS", "Trung học cơ sở", "Trường THCS");
        school(InstitutionType.UPPER_SECONDARY, "THPT", "Trung học phổ thông", "Trường THPT");
        school(InstitutionType.MULTI_LEVEL, "Liên cấp", "TH&THCS", "THCS&THPT", "TH, THCS & THPT",
                "Phổ thông nhiều cấp học", "Nhiều cấp học");
        school(InstitutionType.CONTINUING_EDUCATION_CENTRE, "GDNN-GDTX", "Trung tâm GDNN-GDTX", "GDTX",
                "Trung tâm GDTX");
        school(InstitutionType.INDEPENDENT_GROUP, "Nhóm/lớp độc lập", "Nhóm lớp độc lập", "Nhóm trẻ độc lập",
                "Lớp mẫu giáo độc lập");
        for (InstitutionType type : InstitutionType.values()) {
            TYPES.put(Text.key(type.name()), new Type(UnitKind.SCHOOL, type));
        }
        for (String office : new String[] {"Phòng GDĐT", "Phòng GD&ĐT", "Phòng Giáo dục và Đào tạo",
                UnitKind.DISTRICT_OFFICE.name()}) {
            TYPES.put(Text.key(office), new Type(UnitKind.DISTRICT_OFFICE, null));
        }
        for (String word : new String[] {"Công lập", "CL", Ownership.PUBLIC.name()}) {
            OWNERSHIPS.put(Text.key(word), Ownership.PUBLIC);
        }
        for (String word : new String[] {"Ngoài công lập", "NCL", "Tư thục", "Dân lập", "Dân lập tự thục",
                Ownership.NON_PUBLIC.name()}) {
            OWNERSHIPS.put(Text.key(word), Ownership.NON_PUBLIC);
        }
    }

    private Vocabulary() {
    }

    private static void school(InstitutionType type, String... words) {
        for (String word : words) {
            TYPES.put(Text.key(word), new Type(UnitKind.SCHOOL, type));
        }
    }

    static Optional<Type> type(String text) {
        return Optional.ofNullable(TYPES.get(Text.key(text)));
    }

    static Optional<Ownership> ownership(String text) {
        return Optional.ofNullable(OWNERSHIPS.get(Text.key(text)));
    }

    static boolean isCode(String text) {
        return CODE.matcher(text).matches();
    }

    static boolean isEmail(String text) {
        return text.length() <= 255 && EMAIL.matcher(text).matches();
    }

    static boolean isPhone(String text) {
        return PHONE.matcher(text).matches() && text.chars().filter(Character::isDigit).count() >= 8;
    }
}
