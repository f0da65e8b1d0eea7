package vn.safeschool.unitimport;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Validator;
import vn.safeschool.org.OrgService;
import vn.safeschool.org.OrgUnitInfo;
import vn.safeschool.org.UnitKind;
import vn.safeschool.security.AccountService;
import vn.safeschool.security.NewAccount;

/** The checks of every row; the database is asked a few set-based questions, not one per row. */
final class RowChecks {

    private final OrgService org;
    private final AccountService accounts;
    private final Validator validator;
    private final List<Table.Line> lines;
    private final Map<ImportColumn, Integer> columns;

    RowChecks(OrgService org, AccountService accounts, Validator validator, List<Table.Line> lines,
            Map<ImportColumn, Integer> columns) {
        this.org = org;
        this.accounts = accounts;
        this.validator = validator;
        this.lines = lines;
        this.columns = columns;
    }

    List<ImportRow> check() {
        List<Parsed> parsed = lines.stream().map(this::parse).toList();
        Set<String> codes = new HashSet<>();
        parsed.forEach(p -> {
            codes.add(p.code);
            codes.add(p.parentCode);
        });
        codes.removeIf(String::isEmpty);
        Map<String, OrgUnitInfo> known = org.findByCodes(codes);
        // the database compares codes without case (its unique key does): so must the preview
        Map<String, OrgUnitInfo> knownByKey = new HashMap<>();
        known.values().forEach(u -> knownByKey.put(codeKey(u.code()), u));
        Set<String> taken = new HashSet<>();
        org.codesInUse(parsed.stream().map(p -> p.code).filter(c -> !c.isEmpty())
                .filter(c -> !knownByKey.containsKey(codeKey(c))).toList())
                .forEach(c -> taken.add(codeKey(c)));
        Map<String, Parsed> firstByCode = new HashMap<>();
        for (Parsed p : parsed) {
            if (p.code.isEmpty()) {
                continue;
            }
            Parsed first = firstByCode.putIfAbsent(codeKey(p.code), p);
            if (first != null) {
                p.problem(ImportColumn.CODE, "import.problem.duplicate-code", p.code, first.row);
            }
        }
        List<ImportRow> rows = new ArrayList<>(parsed.size());
        for (Parsed p : parsed) {
            RowAction action = action(p, knownByKey, taken, firstByCode);
            PrincipalAction principal = principal(p);
            rows.add(new ImportRow(p.row, p.code, p.name, p.typeText, p.type.map(Vocabulary.Type::kind).orElse(null),
                    p.type.map(Vocabulary.Type::institutionType).orElse(null), p.ownership, p.parentCode,
                    p.principalName, p.email, p.phone, action, principal, p.problems));
        }
        return rows;
    }

    private Parsed parse(Table.Line line) {
        Parsed p = new Parsed(line.row());
        p.code = cell(p, line, ImportColumn.CODE);
        p.name = cell(p, line, ImportColumn.NAME);
        p.typeText = cell(p, line, ImportColumn.TYPE);
        p.parentCode = cell(p, line, ImportColumn.PARENT_CODE);
        p.principalName = cell(p, line, ImportColumn.PRINCIPAL_NAME);
        p.email = cell(p, line, ImportColumn.EMAIL);
        p.phone = cell(p, line, ImportColumn.PHONE);
        if (p.code.isEmpty()) {
            p.problem(ImportColumn.CODE, "import.problem.missing-code");
        } else if (!Vocabulary.isCode(p.code)) {
            p.problem(ImportColumn.CODE, "import.problem.bad-code", p.code);
        }
        if (p.name.isEmpty()) {
            p.problem(ImportColumn.NAME, "import.problem.missing-name");
        } else if (p.name.length() > 255) {
            p.problem(ImportColumn.NAME, "import.problem.too-long", 255);
        }
        p.type = Vocabulary.type(p.typeText);
        if (p.typeText.isEmpty()) {
            p.problem(ImportColumn.TYPE, "import.problem.missing-type");
        } else if (p.type.isEmpty()) {
            p.problem(ImportColumn.TYPE, "import.problem.bad-type", p.typeText);
        }
        String ownership = cell(p, line, ImportColumn.OWNERSHIP);
        boolean school = p.type.map(t -> t.kind() == UnitKind.SCHOOL).orElse(true);
        p.ownership = Vocabulary.ownership(ownership).orElse(null);
        if (ownership.isEmpty() && school) {
            p.problem(ImportColumn.OWNERSHIP, "import.problem.missing-ownership");
        } else if (!ownership.isEmpty() && p.ownership == null) {
            p.problem(ImportColumn.OWNERSHIP, "import.problem.bad-ownership", ownership);
        }
        if (p.parentCode.isEmpty()) {
            p.problem(ImportColumn.PARENT_CODE, "import.problem.missing-parent");
        }
        if (p.principalName.length() > 255) {
            p.problem(ImportColumn.PRINCIPAL_NAME, "import.problem.too-long", 255);
        }
        if (!p.principalName.isEmpty() && p.email.isEmpty()) {
            p.problem(ImportColumn.EMAIL, "import.problem.principal-incomplete");
        } else if (p.principalName.isEmpty() && !p.email.isEmpty()) {
            p.problem(ImportColumn.PRINCIPAL_NAME, "import.problem.principal-incomplete");
        }
        if (!p.email.isEmpty() && !(Vocabulary.isEmail(p.email) && accountTakes(p.email))) {
            p.problem(ImportColumn.EMAIL, "import.problem.bad-email", p.email);
        }
        if (!p.phone.isEmpty() && !Vocabulary.isPhone(p.phone)) {
            p.problem(ImportColumn.PHONE, "import.problem.bad-phone", p.phone);
        }
        return p;
    }

    /**
     * What the row does. {@code known}, {@code taken} and {@code inFile} are keyed by {@link #codeKey}: a code
     * that matches one of them only without case is a problem of its own, as the database would refuse it.
     */
    private RowAction action(Parsed p, Map<String, OrgUnitInfo> known, Set<String> taken,
            Map<String, Parsed> inFile) {
        OrgUnitInfo unit = known.get(codeKey(p.code));
        if (unit != null && !unit.code().equals(p.code)) {
            p.problem(ImportColumn.CODE, "import.problem.code-case", p.code, unit.code());
            return RowAction.NEW;
        }
        OrgUnitInfo parent = known.get(codeKey(p.parentCode));
        if (parent != null && !parent.code().equals(p.parentCode)) {
            p.problem(ImportColumn.PARENT_CODE, "import.problem.code-case", p.parentCode, parent.code());
            return unit == null ? RowAction.NEW : RowAction.UPDATE;
        }
        if (unit == null) {
            if (taken.contains(codeKey(p.code))) {
                p.problem(ImportColumn.CODE, "import.problem.code-elsewhere", p.code);
            }
            if (!p.parentCode.isEmpty()) {
                checkNewParent(p, parent, inFile.get(codeKey(p.parentCode)), known);
            }
            return RowAction.NEW;
        }
        if (!p.parentCode.isEmpty() && (parent == null || !parent.path().equals(parentPath(unit)))) {
            p.problem(ImportColumn.PARENT_CODE, "import.problem.moved", p.code, p.parentCode);
        }
        p.type.filter(t -> t.kind() != unit.kind())
                .ifPresent(t -> p.problem(ImportColumn.TYPE, "import.problem.kind-changed", p.typeText));
        boolean school = unit.kind() == UnitKind.SCHOOL;
        boolean same = unit.name().equals(p.name)
                && (!school || (p.type.map(Vocabulary.Type::institutionType).orElse(null) == unit.institutionType()
                        && p.ownership == unit.ownership()));
        return same ? RowAction.UNCHANGED : RowAction.UPDATE;
    }

    /** A new unit's parent: an office or department the user may see, or an office that is new in this file. */
    private void checkNewParent(Parsed p, @org.jspecify.annotations.Nullable OrgUnitInfo parent,
            @org.jspecify.annotations.Nullable Parsed parentRow, Map<String, OrgUnitInfo> known) {
        if (parent != null) {
            if (parent.isSchool()) {
                p.problem(ImportColumn.PARENT_CODE, "import.problem.parent-is-school", p.parentCode);
            }
            return;
        }
        if (parentRow != null && !parentRow.code.equals(p.parentCode)) {
            p.problem(ImportColumn.PARENT_CODE, "import.problem.code-case", p.parentCode, parentRow.code);
            return;
        }
        OrgUnitInfo grandparent = parentRow == null ? null : known.get(codeKey(parentRow.parentCode));
        boolean newOfficeInFile = parentRow != null && parentRow != p
                && !known.containsKey(codeKey(parentRow.code))
                && parentRow.type.map(t -> t.kind() == UnitKind.DISTRICT_OFFICE).orElse(false)
                && grandparent != null && grandparent.code().equals(parentRow.parentCode);
        if (!newOfficeInFile) {
            p.problem(ImportColumn.PARENT_CODE, "import.problem.unknown-parent", p.parentCode);
        }
    }

    private PrincipalAction principal(Parsed p) {
        if (p.principalName.isEmpty() || p.email.isEmpty() || p.code.isEmpty()) {
            return PrincipalAction.NONE;
        }
        Optional<?> account = accounts.findByUsername(ImportService.principalUsername(p.code));
        return account.isPresent() ? PrincipalAction.EXISTS : PrincipalAction.CREATE;
    }

    /**
     * The cell's value. A workbook's formula is refused where the import reads it: neither its text nor its
     * result (cached by whatever wrote the file, maybe stale, maybe absent) is what the sector database holds.
     */
    private String cell(Parsed p, Table.Line line, ImportColumn column) {
        Integer index = columns.get(column);
        if (index == null) {
            return "";
        }
        String value = line.cell(index);
        if (line.formula(index)) {
            p.problem(column, "import.problem.formula", value);
        }
        return value;
    }

    /** The e-mail rule of the account the commit would create ({@link NewAccount#email}), not a copy of it. */
    private boolean accountTakes(String email) {
        return validator.validateValue(NewAccount.class, "email", email).isEmpty();
    }

    private static String codeKey(String code) {
        return code.toLowerCase(Locale.ROOT);
    }

    private static String parentPath(OrgUnitInfo unit) {
        String path = unit.path();
        return path.substring(0, path.lastIndexOf('/', path.length() - 2) + 1);
    }

    /** A row while it is being checked. */
    private static final class Parsed {
        final int row;
        String code = "";
        String name = "";
        String typeText = "";
        Optional<Vocabulary.Type> type = Optional.empty();
        vn.safeschool.org.@org.jspecify.annotations.Nullable Ownership ownership;
        String parentCode = "";
        String principalName = "";
        String email = "";
        String phone = "";
        final List<ImportProblem> problems = new ArrayList<>();

        Parsed(int row) {
            this.row = row;
        }

        void problem(ImportColumn column, String key, Object... args) {
            problems.add(ImportProblem.at(row, column, key, args));
        }
    }
}
