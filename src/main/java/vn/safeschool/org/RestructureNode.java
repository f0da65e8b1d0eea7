package vn.safeschool.org;

import java.util.Objects;

import org.jspecify.annotations.Nullable;
import vn.safeschool.org.RestructuringPlan.Ref;

/** A unit before and after. New units have negative ids until they are written. */
final class RestructureNode {
    long id;
    final UnitKind kind;
    final @Nullable Long oldParent;
    final String oldCode;
    final String oldName;
    final String oldPath;
    final int oldDepth;
    final boolean oldActive;
    @Nullable Long parent;
    String code;
    String name;
    boolean active;
    String path = "";
    int depth;
    boolean created;
    /** the step that placed the unit anew (its line), so that a problem with the new place names it */
    int placedBy;
    @Nullable InstitutionType type;
    @Nullable Ownership ownership;

    RestructureNode(long id, @Nullable Long parent, String path, int depth, String code, String name, UnitKind kind,
            boolean active) {
        this.id = id;
        this.kind = kind;
        this.oldParent = parent;
        this.oldCode = code;
        this.oldName = name;
        this.oldPath = path;
        this.oldDepth = depth;
        this.oldActive = active;
        this.parent = parent;
        this.code = code;
        this.name = name;
        this.active = active;
        this.path = path;
        this.depth = depth;
    }

    boolean changed() {
        return created || !Objects.equals(parent, oldParent) || !code.equals(oldCode) || !name.equals(oldName)
                || !path.equals(oldPath) || active != oldActive;
    }

    Ref ref() {
        return new Ref(id < 0 ? null : id, code, name, kind);
    }
}
