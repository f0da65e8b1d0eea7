package vn.safeschool.demo;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import vn.safeschool.demo.GiaLaiNames.District;
import vn.safeschool.org.InstitutionType;
import vn.safeschool.org.NewOrgUnit;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.Ownership;
import vn.safeschool.org.UnitKind;

/** Builds the province's units through the hierarchy service, deterministically from one random source. */
final class GiaLaiInstitutions {

    /** An institution and how much its office tends to lag (which decides who ends up not declaring). */
    record Institution(OrgUnitInfo unit, double lag) {
    }

    private final OrgService org;
    private final Random random;
    private final List<Institution> institutions = new ArrayList<>();
    private final List<OrgUnitInfo> offices = new ArrayList<>();

    GiaLaiInstitutions(OrgService org, Random random) {
        this.org = org;
        this.random = random;
    }

    OrgUnitInfo build() {
        OrgUnitInfo department = org.create(new NewOrgUnit(null, "38", "Sở Giáo dục và Đào tạo Gia Lai",
                "Sở GDĐT Gia Lai", UnitKind.DEPARTMENT, null, null, "sogddt@gialai.gov.vn"));
        for (District district : GiaLaiNames.DISTRICTS) {
            OrgUnitInfo office = org.create(new NewOrgUnit(department.id(), "38" + district.code(),
                    "Phòng Giáo dục và Đào tạo " + district.kindOfPlace() + " " + district.name(),
                    "Phòng GDĐT " + district.name(), UnitKind.DISTRICT_OFFICE, null, null,
                    "pgddt." + district.code() + "@gialai.edu.vn"));
            offices.add(office);
            addDistrictInstitutions(office, district);
        }
        addDirectUnits(department);
        return department;
    }

    List<Institution> institutions() {
        return institutions;
    }

    List<OrgUnitInfo> offices() {
        return offices;
    }

    private void addDistrictInstitutions(OrgUnitInfo office, District district) {
        int n = district.institutions();
        int independent = Math.max(1, Math.round(n * 0.04f));
        int multiLevel = Math.round(n * 0.06f);
        int lower = Math.round(n * 0.20f);
        int primary = Math.round(n * 0.32f);
        int preschool = n - independent - multiLevel - lower - primary;
        Namer namer = new Namer();
        int seq = 0;
        for (int i = 0; i < preschool; i++) {
            boolean nonPublic = random.nextDouble() < (district.code().equals("01") ? 0.25 : 0.08);
            String name = namer.unique((nonPublic ? "Trường Mầm non tư thục " : "Trường Mầm non ")
                    + pick(GiaLaiNames.PRESCHOOLS));
            add(office, ++seq, name, InstitutionType.PRESCHOOL, nonPublic, district.lag());
        }
        for (int i = 0; i < primary; i++) {
            add(office, ++seq, namer.unique("Trường Tiểu học " + pick(GiaLaiNames.PEOPLE)),
                    InstitutionType.PRIMARY, false, district.lag());
        }
        for (int i = 0; i < lower; i++) {
            add(office, ++seq, namer.unique("Trường THCS " + pick(GiaLaiNames.PEOPLE)),
                    InstitutionType.LOWER_SECONDARY, false, district.lag());
        }
        for (int i = 0; i < multiLevel; i++) {
            add(office, ++seq, namer.unique("Trường PTDTBT TH và THCS " + pick(GiaLaiNames.COMMUNES)),
                    InstitutionType.MULTI_LEVEL, false, district.lag());
        }
        for (int i = 0; i < independent; i++) {
            add(office, ++seq, namer.unique("Nhóm trẻ độc lập " + pick(GiaLaiNames.PRESCHOOLS)),
                    InstitutionType.INDEPENDENT_GROUP, true, district.lag() + 0.2);
        }
    }

    private void addDirectUnits(OrgUnitInfo department) {
        Namer namer = new Namer();
        int seq = 0;
        for (int i = 0; i < GiaLaiNames.UPPER_SECONDARY_SCHOOLS; i++) {
            boolean nonPublic = i % 16 == 15;
            String name = namer.unique((nonPublic ? "Trường THPT tư thục " : "Trường THPT ")
                    + pick(GiaLaiNames.PEOPLE));
            add(department, ++seq, name, InstitutionType.UPPER_SECONDARY, nonPublic, 0.05);
        }
        List<District> withCentre = GiaLaiNames.DISTRICTS.subList(2, 2 + GiaLaiNames.CONTINUING_EDUCATION_CENTRES);
        for (District district : withCentre) {
            add(department, ++seq, "Trung tâm GDNN-GDTX " + district.kindOfPlace() + " " + district.name(),
                    InstitutionType.CONTINUING_EDUCATION_CENTRE, false, 0.25);
        }
    }

    private void add(OrgUnitInfo parent, int seq, String name, InstitutionType type, boolean nonPublic, double lag) {
        String prefix = parent.code().length() == 2 ? parent.code() + "00" : parent.code();
        String code = prefix + String.format("%04d", seq);
        OrgUnitInfo unit = org.create(new NewOrgUnit(parent.id(), code, name, null, UnitKind.SCHOOL, type,
                nonPublic ? Ownership.NON_PUBLIC : Ownership.PUBLIC, "c" + code + "@gialai.edu.vn"));
        institutions.add(new Institution(unit, lag));
    }

    private String pick(List<String> pool) {
        return pool.get(random.nextInt(pool.size()));
    }

    /** Keeps names unique within one parent, as the sector database does ("… số 2"). */
    private static final class Namer {
        private final Set<String> used = new HashSet<>();

        String unique(String name) {
            String candidate = name;
            for (int n = 2; !used.add(candidate); n++) {
                candidate = name + " số " + n;
            }
            return candidate;
        }
    }
}
