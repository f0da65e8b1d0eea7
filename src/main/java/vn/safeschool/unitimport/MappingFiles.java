package vn.safeschool.unitimport;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import vn.safeschool.base.Roles;
import vn.safeschool.org.InstitutionType;
import vn.safeschool.org.Ownership;
import vn.safeschool.org.Restructuring;
import vn.safeschool.org.Restructuring.Action;
import vn.safeschool.org.Restructuring.Step;
import vn.safeschool.org.RestructuringPlan.Problem;
import vn.safeschool.org.UnitKind;

/**
 * A reorganisation's mapping file — the whole arrangement of a province as one .xlsx or .csv, one row per step, in
 * the words of a resolution ("Sáp nhập", "Chuyển", "Giải thể") — read into a {@link Restructuring}. Only what a row
 * says by itself is checked here (a known action, a code's shape, no formula); what it means against the tree is
 * the plan's. Rows with neither action nor code (notes) are skipped.
 */
@Service
public class MappingFiles {

    /** What the file says, and what could not be read from it; line 0 is the file as a whole. */
    public record MappingRead(Restructuring restructuring, List<Problem> problems) {
        public MappingRead {
            problems = List.copyOf(problems);
        }

        public boolean readable() {
            return problems.isEmpty();
        }
    }

    private static final Map<String, Action> ACTIONS = new HashMap<>();
    private static final Map<String, UnitKind> KINDS = new HashMap<>();

    static {
        words(ACTIONS, Action.CREATE, "Tạo", "Tạo mới", "Thành lập", "Thành lập mới", "Thêm", "create", "new");
        words(ACTIONS, Action.MOVE, "Chuyển", "Điều chuyển", "Chuyển về", "Chuyển sang", "move");
        words(ACTIONS, Action.RENAME, "Đổi tên", "rename");
        words(ACTIONS, Action.RECODE, "Đổi mã", "recode");
        words(ACTIONS, Action.MERGE, "Sáp nhập", "Hợp nhất", "Nhập vào", "merge");
        words(ACTIONS, Action.SPLIT, "Chia tách", "Tách", "Chia", "split");
        words(ACTIONS, Action.CLOSE, "Giải thể", "Đóng", "Chấm dứt hoạt động", "close", "dissolve");
        words(ACTIONS, Action.REOPEN, "Mở lại", "Hoạt động lại", "reopen");
        words(KINDS, UnitKind.COMMUNE, "Xã", "Phường", "Đặc khu", "Xã/phường", "UBND xã", "UBND phường", "commune",
                "ward");
        words(KINDS, UnitKind.DISTRICT_OFFICE, "Phòng GDĐT", "Phòng GD&ĐT", "Phòng Giáo dục và Đào tạo",
                "district office");
        words(KINDS, UnitKind.DEPARTMENT, "Sở GDĐT", "Sở GD&ĐT", "Sở Giáo dục và Đào tạo", "department");
        words(KINDS, UnitKind.SCHOOL, "Trường", "Cơ sở giáo dục", "school");
        for (Action action : Action.values()) {
            ACTIONS.put(Text.key(action.name()), action);
        }
        for (UnitKind kind : UnitKind.values()) {
            KINDS.put(Text.key(kind.name()), kind);
        }
    }

    private static <T> void words(Map<String, T> map, T value, String... words) {
        for (String word : words) {
            map.put(Text.key(word), value);
        }
    }

    /**
     * A blank mapping file to fill in Excel: the headers and one example of each action (UTF-8 with a byte order
     * mark, so that Excel reads the diacritics).
     */
    @PreAuthorize(Roles.IS_STAFF)
    public byte[] template() {
        String csv = """
                \uFEFFThao tác,Mã cũ,Mã mới,Mã đơn vị cấp trên mới,Tên mới,Cấp,Ghi chú
                Thành lập,,XA0001,SGD,Ủy ban nhân dân xã Ví Dụ,Xã,ví dụ: xã mới dưới Sở
                Chia tách,PGD01,XA0001,,,,Phòng GDĐT giải thể: các trường chuyển về các xã
                Chuyển,TH0001,,XA0001,,,trường chuyển về xã
                Sáp nhập,MN0002,MN0001,,,,trường MN0002 sáp nhập vào MN0001
                Đổi tên,TH0003,,,Trường Tiểu học Ví Dụ,,
                Đổi mã,TH0004,TH0104,,,,mã cũ vẫn tìm được
                Giải thể,PGD02,,,,,
                """;
        return csv.replace("\n", "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Reads the file; writes nothing. */
    @PreAuthorize(Roles.IS_STAFF)
    public MappingRead read(String fileName, byte[] content) {
        Table table;
        try {
            table = Table.read(fileName, content, ImportService.MAX_BYTES, ImportService.MAX_ROWS);
        } catch (FileRejected e) {
            return rejected(e.problem().key(), e.problem().args().toArray());
        }
        Map<MappingColumn, Integer> columns = new EnumMap<>(MappingColumn.class);
        for (MappingColumn column : MappingColumn.values()) {
            for (int i = 0; i < table.header().size() && !columns.containsKey(column); i++) {
                if (column.matches(table.header().get(i))) {
                    columns.put(column, i);
                }
            }
        }
        List<String> missing = java.util.Arrays.stream(MappingColumn.values())
                .filter(c -> c.required() && !columns.containsKey(c)).map(MappingColumn::header).toList();
        if (!missing.isEmpty()) {
            return rejected("import.error.missing-columns", String.join(", ", missing));
        }
        List<Step> steps = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int counted = 0;
        for (Table.Line line : table.lines()) {
            Row row = new Row(line, columns, problems);
            if (row.note()) {
                continue;
            }
            if (++counted > ImportService.MAX_ROWS) {
                return rejected("import.error.too-many-rows", ImportService.MAX_ROWS);
            }
            row.step().ifPresent(steps::add);
        }
        if (counted == 0) {
            return rejected("import.error.no-rows");
        }
        return new MappingRead(new Restructuring(steps), problems);
    }

    private static MappingRead rejected(String key, Object... args) {
        return new MappingRead(new Restructuring(List.of()),
                List.of(new Problem(0, key, java.util.Arrays.stream(args).map(String::valueOf).toList())));
    }

    /** One row: its cells by column, and the problems found in it (added to the file's). */
    private record Row(Table.Line line, Map<MappingColumn, Integer> columns, List<Problem> problems) {

        boolean note() {
            return cell(MappingColumn.ACTION).isEmpty() && cell(MappingColumn.CODE).isEmpty()
                    && cell(MappingColumn.NEW_CODE).isEmpty();
        }

        Optional<Step> step() {
            int before = problems.size();
            for (MappingColumn column : columns.keySet()) {
                if (line.formula(columns.get(column))) {
                    problem("import.problem.formula", line.cell(columns.get(column)));
                }
            }
            if (problems.size() > before) {
                // a formula's text is not a value: nothing else in the row is read
                return Optional.empty();
            }
            Action action = ACTIONS.get(Text.key(cell(MappingColumn.ACTION)));
            if (action == null) {
                problem("reorg.problem.bad-action", cell(MappingColumn.ACTION));
            }
            String code = code(MappingColumn.CODE);
            String newCode = code(MappingColumn.NEW_CODE);
            String parentCode = code(MappingColumn.PARENT_CODE);
            String name = cell(MappingColumn.NEW_NAME);
            if (name.length() > 255) {
                problem("import.problem.too-long", 255);
            }
            UnitKind kind = coded(MappingColumn.KIND, KINDS, "reorg.problem.bad-kind");
            InstitutionType type = null;
            if (!cell(MappingColumn.TYPE).isEmpty()) {
                type = Vocabulary.type(cell(MappingColumn.TYPE)).map(Vocabulary.Type::institutionType).orElse(null);
                if (type == null) {
                    problem("import.problem.bad-type", cell(MappingColumn.TYPE));
                } else if (kind == null) {
                    kind = UnitKind.SCHOOL;
                }
            }
            Ownership ownership = null;
            if (!cell(MappingColumn.OWNERSHIP).isEmpty()) {
                ownership = Vocabulary.ownership(cell(MappingColumn.OWNERSHIP)).orElse(null);
                if (ownership == null) {
                    problem("import.problem.bad-ownership", cell(MappingColumn.OWNERSHIP));
                }
            }
            if (problems.size() > before || action == null) {
                return Optional.empty();
            }
            return Optional.of(new Step(line.row(), action, code, newCode, parentCode, name, kind, type, ownership));
        }

        private @Nullable String code(MappingColumn column) {
            String text = cell(column);
            if (text.isEmpty()) {
                return null;
            }
            if (!Vocabulary.isCode(text)) {
                problem("import.problem.bad-code", text);
            }
            return text;
        }

        private <T> @Nullable T coded(MappingColumn column, Map<String, T> words, String key) {
            String text = cell(column);
            if (text.isEmpty()) {
                return null;
            }
            T value = words.get(Text.key(text));
            if (value == null) {
                problem(key, text);
            }
            return value;
        }

        private String cell(MappingColumn column) {
            Integer index = columns.get(column);
            return index == null ? "" : line.cell(index);
        }

        private void problem(String key, Object... args) {
            problems.add(new Problem(line.row(), key, java.util.Arrays.stream(args).map(String::valueOf).toList()));
        }
    }
}
