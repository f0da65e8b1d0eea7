package vn.safeschool.oversight;

import java.util.ArrayList;
import java.util.List;

import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.Restructuring;
import vn.safeschool.org.Restructuring.Action;
import vn.safeschool.org.Restructuring.Step;
import vn.safeschool.org.UnitKind;

/** A test's arrangement of the demo province: each district office split into three communes, its schools dealt out. */
public final class CommuneArrangement {

    private CommuneArrangement() {
    }

    public static Restructuring of(OrgService org, OrgUnitInfo department) {
        List<Step> steps = new ArrayList<>();
        int line = 1;
        for (OrgUnitInfo office : org.children(department.id())) {
            if (office.kind() != UnitKind.DISTRICT_OFFICE) {
                continue;
            }
            for (int i = 1; i <= 3; i++) {
                steps.add(new Step(line++, Action.CREATE, null, commune(office, i), department.code(),
                        "UBND xã " + office.name() + " " + i, UnitKind.COMMUNE, null, null));
            }
            for (int i = 1; i <= 3; i++) {
                steps.add(new Step(line++, Action.SPLIT, office.code(), commune(office, i), null, null, null, null,
                        null));
            }
            int n = 0;
            for (OrgUnitInfo school : org.children(office.id())) {
                steps.add(new Step(line++, Action.MOVE, school.code(), null, commune(office, 1 + n++ % 3), null, null,
                        null, null));
            }
        }
        return new Restructuring(steps);
    }

    private static String commune(OrgUnitInfo office, int i) {
        return "X" + office.code() + i;
    }
}
